package org.egmpublisher.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems found while reading a project, so that all of them are reported at once
 * rather than the first only. Keeps at most {@link #LIMIT} so that a hopeless file (a binary saved
 * as CSV) cannot flood the terminal; past it, one last problem says how many were dropped.
 *
 * <p>Not thread-safe: one collector per loading pass.
 */
public final class Problems {

    public static final int LIMIT = 500;

    private final List<Problem> list = new ArrayList<>();
    private int dropped;

    public void add(Problem problem) {
        if (list.size() < LIMIT) {
            list.add(problem);
        } else {
            dropped++;
        }
    }

    public void error(String file, int line, int column, String message) {
        add(Problem.error(file, line, column, message));
    }

    public void warning(String file, int line, int column, String message) {
        add(Problem.warning(file, line, column, message));
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    public int errorCount() {
        return (int) list.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count() + dropped;
    }

    /** The problems sorted by file, line and column, with a note if some were dropped. */
    public List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        if (dropped > 0) {
            sorted.add(Problem.error("(project)", 0, 0, dropped + " more problems not shown (limit " + LIMIT + ")"));
        }
        return List.copyOf(sorted);
    }
}
