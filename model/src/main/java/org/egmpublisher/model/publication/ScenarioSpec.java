package org.egmpublisher.model.publication;

import java.util.List;
import java.util.Map;
import org.egmpublisher.model.IndexName;

/**
 * A methodology variant proposed at the meeting, computed beside the official one.
 *
 * @param edition the edition it is applied to
 * @param weights EGDI component weights (OSI, TII, HCI, optionally EPI), normalised by the engine
 * @param aggregation {@code arithmetic} or {@code geometric}
 * @param recommendations ids of the recommendations it answers
 */
public record ScenarioSpec(String id, String title, String description, int edition,
                           Map<IndexName, Double> weights, Aggregation aggregation,
                           List<String> recommendations, int line) {

    public ScenarioSpec {
        weights = Map.copyOf(weights);
        recommendations = List.copyOf(recommendations);
    }

    /** How the components are combined. */
    public enum Aggregation { ARITHMETIC, GEOMETRIC }
}
