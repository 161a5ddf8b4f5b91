package org.egmpublisher.render.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and date formats used in every document, fixed (not the machine's locale). */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    /** {@code value} at {@code decimals} places, half-up, or an en dash when not a number. */
    public static String decimal(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A signed whole number with a true minus sign, e.g. {@code +3}, {@code −2}, {@code 0}. */
    public static String signed(int value) {
        return value > 0 ? "+" + value : value < 0 ? "\u2212" + (-value) : "0";
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "29–31 March 2021" style range. */
    public static String dateRange(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return date(start);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "\u2013" + date(end);
        }
        return date(start) + " \u2013 " + date(end);
    }

    public static String percent(int part, int whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
    }
}
