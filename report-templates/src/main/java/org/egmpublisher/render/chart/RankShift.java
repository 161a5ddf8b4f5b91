package org.egmpublisher.render.chart;

/** A country's rank under the published methodology and under a scenario. */
public record RankShift(String name, int baseline, int scenario) {

    public RankShift {
        Text.requireText(name, "country name");
        if (baseline < 1 || scenario < 1) {
            throw new IllegalArgumentException("ranks of " + name + " must be ≥ 1, got baseline " + baseline
                    + " and scenario " + scenario);
        }
    }

    /** Places gained under the scenario: positive is better. */
    public int change() {
        return baseline - scenario;
    }
}
