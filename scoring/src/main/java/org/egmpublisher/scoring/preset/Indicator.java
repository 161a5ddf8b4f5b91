package org.egmpublisher.scoring.preset;

import java.util.Objects;
import java.util.Optional;
import org.egmpublisher.scoring.normalise.Direction;
import org.egmpublisher.scoring.normalise.Normalisation;
import org.egmpublisher.scoring.normalise.Treatment;

/**
 * A raw input of an index, e.g. mobile-cellular subscriptions per 100 inhabitants.
 *
 * @param source who publishes the data, e.g. {@code ITU}
 * @param unit what one unit is, e.g. {@code subscriptions per 100 inhabitants}
 * @param treatment what is done to raw values before normalising (a cap, winsorising, nothing)
 * @param direction whether higher raw values are better
 */
public record Indicator(String id, String name, String source, String unit, Weight weight, Treatment treatment,
                        Normalisation normalisation, Direction direction, String evidence, String note)
        implements Node {

    public Indicator {
        Node.checkId(id, "indicator");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(note, "note");
    }

    /** The fixed cap applied before normalising, if any (120 for TII subscriptions from 2020). */
    public Optional<Double> cap() {
        return treatment.cap();
    }

    @Override
    public Indicator withWeight(Weight weight) {
        return new Indicator(id, name, source, unit, weight, treatment, normalisation, direction, evidence, note);
    }
}
