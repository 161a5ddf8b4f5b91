package org.egmpublisher.model.load;

import java.util.Arrays;

/** Turns character offsets of a text into 1-based line and column numbers. */
final class LineIndex {

    private final int[] lineStarts;

    LineIndex(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    int line(long offset) {
        int i = Arrays.binarySearch(lineStarts, (int) offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    int column(long offset) {
        return (int) (offset - lineStarts[line(offset) - 1]) + 1;
    }

    int lineStart(int line) {
        return lineStarts[line - 1];
    }
}
