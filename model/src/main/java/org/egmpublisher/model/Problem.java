package org.egmpublisher.model;

import java.util.Objects;

/**
 * One thing wrong with an input, at a position a person can go to.
 *
 * <p>{@code file} is relative to the project folder and uses {@code /}; {@code line} and
 * {@code column} are 1-based, and 0 where the position is the whole file (a missing file).
 * CSV positions are physical lines of the file, not record numbers: a quoted value may span lines.
 */
public record Problem(Severity severity, String file, int line, int column, String message) {

    /** Whether a problem stops the build ({@link #ERROR}) or is only reported. */
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be ≥ 0, got " + line + ":" + column);
        }
    }

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(Severity.ERROR, file, line, column, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(Severity.WARNING, file, line, column, message);
    }

    /** {@code file:line:column: message}, the form editors and IDEs jump to. */
    @Override
    public String toString() {
        String where = line == 0 ? file : file + ":" + line + ":" + Math.max(column, 1);
        return where + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
