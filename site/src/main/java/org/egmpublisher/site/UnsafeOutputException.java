package org.egmpublisher.site;

/** The output folder may not be replaced: it holds inputs or was not made by egm. */
public final class UnsafeOutputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnsafeOutputException(String message) {
        super(message);
    }
}
