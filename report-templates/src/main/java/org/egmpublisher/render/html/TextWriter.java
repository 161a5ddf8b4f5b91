package org.egmpublisher.render.html;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}. FreeMarker writes a page in a thousand small
 * pieces; {@link java.io.StringWriter} takes a lock for each (it is a StringBuffer), this does not.
 * For one thread only.
 */
final class TextWriter extends Writer {

    private final StringBuilder text;

    TextWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
