package org.egmpublisher.scoring.uncertainty;

import java.util.List;
import java.util.Objects;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClassStrategy;

/**
 * What the Monte Carlo needs from an edition, as primitive arrays so that draws do no boxing.
 * Arrays are copied in and must not be changed by the caller afterwards.
 *
 * @param values the published component values, {@code values[component][country]}
 * @param weights the official weight of each component (need not sum to 1)
 * @param officialRanks the published rank of each country (shared ranks allowed)
 * @param egdi each country's official EGDI, for the rating classes
 * @param groups each country's official group
 * @param officialRule the edition's rating-class rule
 */
public record UncertaintyInput(int year, List<String> iso3, List<IndexName> components, double[][] values,
                               double[] weights, int[] officialRanks, double[] egdi, List<Group> groups,
                               RatingClassStrategy officialRule) {

    public UncertaintyInput {
        iso3 = List.copyOf(iso3);
        components = List.copyOf(components);
        groups = List.copyOf(groups);
        Objects.requireNonNull(officialRule, "officialRule");
        int n = iso3.size();
        int m = components.size();
        if (n < 2 || m < 1) {
            throw new IllegalArgumentException("the uncertainty analysis needs at least 2 countries and 1 component, got "
                    + n + " and " + m);
        }
        if (values.length != m || weights.length != m || officialRanks.length != n || egdi.length != n
                || groups.size() != n) {
            throw new IllegalArgumentException("uncertainty input of " + year + ": need " + m + " component rows and "
                    + m + " weights, and " + n + " ranks, EGDI values and groups; got " + values.length + ", "
                    + weights.length + ", " + officialRanks.length + ", " + egdi.length + ", " + groups.size());
        }
        double[][] copy = new double[m][];
        double total = 0;
        for (int k = 0; k < m; k++) {
            if (values[k].length != n) {
                throw new IllegalArgumentException("component " + components.get(k) + " has " + values[k].length
                        + " values for " + n + " countries");
            }
            for (double v : values[k]) {
                if (!Double.isFinite(v) || v < 0) {
                    throw new IllegalArgumentException("component " + components.get(k) + " values must be finite and ≥ 0,"
                            + " got " + v);
                }
            }
            if (!(weights[k] >= 0 && Double.isFinite(weights[k]))) {
                throw new IllegalArgumentException("weight of " + components.get(k) + " must be finite and ≥ 0, got "
                        + weights[k]);
            }
            total += weights[k];
            copy[k] = values[k].clone();
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("at least one component weight must be positive");
        }
        values = copy;
        weights = weights.clone();
        officialRanks = officialRanks.clone();
        egdi = egdi.clone();
    }

    public int countries() {
        return iso3.size();
    }
}
