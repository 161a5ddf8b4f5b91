package org.egmpublisher.render.chart;

import java.util.List;
import java.util.Locale;

/** Number and list wording shared by the summaries and tables, independent of the machine locale. */
final class Text {

    private Text() {
    }

    /** An index value as the summaries and tables print it: four decimals. */
    static String index(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    static String decimals(double v, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", v);
    }

    /** A rank that may be fractional (a median of ranks): an integer when it is one. */
    static String rank(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : decimals(v, 1);
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }

    /** A signed whole number with a true minus sign, e.g. {@code +3}, {@code −2}, {@code 0}. */
    static String signed(int v) {
        return v > 0 ? "+" + v : v < 0 ? "\u2212" + (-v) : "0";
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> items) {
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.get(0);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        };
    }

    /** Whole counts with the right noun: "1 country", "3 countries". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static void requireNonEmpty(List<?> items, String what, String chart) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("chart '" + chart + "' needs at least one " + what + ", got none");
        }
    }

    static void requireText(String value, String what) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
