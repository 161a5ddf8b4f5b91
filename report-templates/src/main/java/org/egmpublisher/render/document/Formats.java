package org.egmpublisher.render.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
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

    /**
     * {@code plain} ("-12.345") at {@code decimals} places, half-up, as {@link BigDecimal#toPlainString}.
     * Written into one array, laid out as sign, carry, whole digits, point, fraction, without the
     * substrings and builders of a plainer version: a site write formats some 40,000 values.
     */
    private static String halfUp(String plain, int decimals) {
        int n = plain.length();
        boolean negative = plain.charAt(0) == '-';
        int dot = plain.indexOf('.');
        int whole = dot - (negative ? 1 : 0);
        int fraction = n - dot - 1;
        char[] out = new char[2 + whole + 1 + decimals];
        int point = 2 + whole;
        out[0] = '-';
        out[1] = '0';
        plain.getChars(negative ? 1 : 0, dot, out, 2);
        out[point] = '.';
        int kept = Math.min(decimals, fraction);
        plain.getChars(dot + 1, dot + 1 + kept, out, point + 1);
        Arrays.fill(out, point + 1 + kept, out.length, '0');
        if (fraction > decimals && plain.charAt(dot + 1 + decimals) >= '5') {
            int i = out.length - 1;
            while (out[i] == '9' || out[i] == '.') {
                if (out[i] == '9') {
                    out[i] = '0';
                }
                i--;
            }
            out[i]++; // stops at the carry's '0' at the latest
        }
        int from = out[1] == '0' ? 2 : 1;
        if (negative && !zero(out)) {
            out[--from] = '-';
        }
        return new String(out, from, (decimals > 0 ? out.length : point) - from);
    }

    /** Whether the digits are all zeros: BigDecimal has no negative zero, -0.0004 at three places is 0.000. */
    private static boolean zero(char[] digits) {
        for (int i = 1; i < digits.length; i++) {
            if (digits[i] != '0' && digits[i] != '.') {
                return false;
            }
        }
        return true;
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
