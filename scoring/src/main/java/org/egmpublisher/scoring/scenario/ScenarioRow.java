package org.egmpublisher.scoring.scenario;

import java.util.Objects;
import org.egmpublisher.model.survey.Country;

/**
 * One country under a scenario.
 *
 * @param shift places gained under the scenario: official rank − scenario rank (positive = moves up)
 */
public record ScenarioRow(Country country, int officialRank, double officialEgdi, double scenarioValue,
                          int scenarioRank, int shift) {

    public ScenarioRow {
        Objects.requireNonNull(country, "country");
        if (officialRank < 1 || scenarioRank < 1 || shift != officialRank - scenarioRank) {
            throw new IllegalArgumentException("scenario row of " + country.iso3() + ": ranks must be ≥ 1 and shift"
                    + " = official − scenario, got " + officialRank + ", " + scenarioRank + ", " + shift);
        }
    }

    public String iso3() {
        return country.iso3();
    }
}
