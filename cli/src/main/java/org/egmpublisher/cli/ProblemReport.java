package org.egmpublisher.cli;

import java.io.PrintWriter;
import java.util.List;
import org.egmpublisher.model.Problem;

/** Prints problems one per line, {@code file:line:column: message}, then a count. */
final class ProblemReport {

    private ProblemReport() {
    }

    static void print(List<Problem> problems, PrintWriter err) {
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        for (Problem p : problems) {
            err.println(p);
        }
        if (errors > 0) {
            err.println(errors + (errors == 1 ? " problem" : " problems") + " found; nothing was written.");
        }
    }
}
