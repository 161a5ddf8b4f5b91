package org.egmpublisher.render.html;

/**
 * A template failed: a syntax error or a missing value, most often in a project's own override.
 * Carries the template name and line so the user can go to it.
 */
public final class TemplateError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;

    public TemplateError(String template, int line, int column, String message) {
        super(message);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
