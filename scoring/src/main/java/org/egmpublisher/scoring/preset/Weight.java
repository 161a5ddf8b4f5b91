package org.egmpublisher.scoring.preset;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A weight as the methodology writes it ({@code 1/3}, {@code 0.45}) and as the engine uses it.
 * The text is kept so that the annex prints {@code 2/9} rather than {@code 0.2222}.
 *
 * @param value the weight, finite and ≥ 0; siblings' weights are divided by their sum when combined
 * @param text how it is written, e.g. {@code 1/3}
 */
public record Weight(double value, String text) {

    public Weight {
        Objects.requireNonNull(text, "text");
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("a weight must be a finite number ≥ 0, got " + value + " ('" + text + "')");
        }
    }

    /** A weight written as its decimal value. */
    public static Weight of(double value) {
        return new Weight(value, Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value));
    }

    /** Reads {@code 0.45}, {@code 8} or a fraction such as {@code 2/9}. */
    public static Weight parse(String text) {
        String t = text.strip();
        try {
            int slash = t.indexOf('/');
            if (slash < 0) {
                return new Weight(Double.parseDouble(t), t);
            }
            double numerator = Double.parseDouble(t.substring(0, slash).strip());
            double denominator = Double.parseDouble(t.substring(slash + 1).strip());
            if (!(denominator > 0)) {
                throw new IllegalArgumentException("a weight's denominator must be positive, got '" + text + "'");
            }
            return new Weight(numerator / denominator, t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a weight must be a number (0.45) or a fraction (1/3), got '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
