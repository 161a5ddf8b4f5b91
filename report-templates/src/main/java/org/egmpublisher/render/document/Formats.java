package org.egmpublisher.render.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and date formats used in every document, fixed (not the machine's locale). */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    /**
     * {@code value} at {@code decimals} places, half-up, or an en dash when not a number. The
     * decimal rounded is the shortest that reads back as {@code value} ({@link Double#toString}),
     * as {@link BigDecimal#valueOf(double)} gives it: 0.145 is 0.15 at two places, though the
     * nearest double lies just below 0.145.
     */
    public static String decimal(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        String shortest = Double.toString(value);
        if (decimals < 0 || shortest.indexOf('E') >= 0 || Double.isInfinite(value)) {
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        }
        // The common case, "ddd.ddd": rounded on its digits, as BigDecimal does, without building one
        // (a site write formats some 40,000 values).
        return halfUp(shortest, decimals);
    }

    /** {@code plain} ("-12.345") at {@code decimals} places, half-up, as {@link BigDecimal#toPlainString}. */
    private static String halfUp(String plain, int decimals) {
        boolean negative = plain.charAt(0) == '-';
        int dot = plain.indexOf('.');
        String whole = plain.substring(negative ? 1 : 0, dot);
        String fraction = plain.substring(dot + 1);
        StringBuilder digits = new StringBuilder(whole.length() + decimals + 1).append(whole);
        if (fraction.length() <= decimals) {
            digits.append(fraction).append("0".repeat(decimals - fraction.length()));
        } else {
            digits.append(fraction, 0, decimals);
            if (fraction.charAt(decimals) >= '5') {
                int i = digits.length() - 1;
                while (i >= 0 && digits.charAt(i) == '9') {
                    digits.setCharAt(i--, '0');
                }
                if (i < 0) {
                    digits.insert(0, '1');
                } else {
                    digits.setCharAt(i, (char) (digits.charAt(i) + 1));
                }
            }
        }
        int point = digits.length() - decimals;
        if (decimals > 0) {
            digits.insert(point, '.');
        }
        // BigDecimal has no negative zero: -0.0004 at three places is 0.000.
        boolean zero = digits.chars().allMatch(c -> c == '0' || c == '.');
        return negative && !zero ? "-" + digits : digits.toString();
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
