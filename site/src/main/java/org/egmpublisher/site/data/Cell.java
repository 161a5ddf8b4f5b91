package org.egmpublisher.site.data;

import java.util.Locale;
import java.util.Objects;

/**
 * One value of a download table. Numbers keep the text they are published with (a fixed number of
 * decimals), so that CSV, JSON and XLSX all carry exactly what {@code egm score} prints.
 */
public sealed interface Cell {

    /** Text; in a spreadsheet format it is written {@link #spreadsheetSafe() neutralised}. */
    record Text(String value) implements Cell {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        /**
         * The text as a spreadsheet cell: a value that starts like a formula ({@code = + - @}, tab
         * or carriage return) gets a leading apostrophe, so that no spreadsheet runs it
         * (OWASP "CSV injection"). Numbers are separate cells and never altered.
         */
        public String spreadsheetSafe() {
            if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
                return "'" + value;
            }
            return value;
        }
    }

    /** A whole number. */
    record Whole(long value) implements Cell {
    }

    /** A decimal number published at {@code decimals} places; {@link #text()} is how it is written. */
    record Decimal(double value, int decimals) implements Cell {
        public Decimal {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a published number must be finite, got " + value
                        + "; use Cell.missing() for a value the edition lacks");
            }
            if (decimals < 0 || decimals > 10) {
                throw new IllegalArgumentException("decimals must lie in 0–10, got " + decimals);
            }
        }

        /** The value at its published precision, as {@code egm score} prints it: {@code 0.98474}. */
        public String text() {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
    }

    /** A yes/no value. */
    record Flag(boolean value) implements Cell {
    }

    /** No value: an empty CSV field, JSON {@code null}, no spreadsheet cell. */
    record Missing() implements Cell {
    }

    static Cell text(String value) {
        return value.isEmpty() ? new Missing() : new Text(value);
    }

    static Cell whole(long value) {
        return new Whole(value);
    }

    /** A decimal, or missing when the value is not a number (an index an edition did not publish). */
    static Cell decimal(double value, int decimals) {
        return Double.isFinite(value) ? new Decimal(value, decimals) : new Missing();
    }

    static Cell flag(boolean value) {
        return new Flag(value);
    }

    static Cell missing() {
        return new Missing();
    }
}
