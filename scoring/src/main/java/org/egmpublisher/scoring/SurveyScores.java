package org.egmpublisher.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.egmpublisher.scoring.scenario.ScenarioResult;

/** The scores of every published edition, in ascending year. */
public record SurveyScores(List<EditionScores> editions) {

    public SurveyScores {
        editions = List.copyOf(editions);
    }

    public Optional<EditionScores> find(int year) {
        return editions.stream().filter(e -> e.year() == year).findFirst();
    }

    public EditionScores require(int year) {
        return find(year).orElseThrow(() -> new NoSuchElementException("no scores for edition " + year + "; known: "
                + editions.stream().map(EditionScores::year).toList()));
    }

    public EditionScores latest() {
        if (editions.isEmpty()) {
            throw new NoSuchElementException("no editions were scored");
        }
        return editions.get(editions.size() - 1);
    }

    /** One country's scores across editions, oldest first; editions without it are skipped. */
    public List<CountryScore> history(String iso3) {
        List<CountryScore> out = new ArrayList<>();
        for (EditionScores e : editions) {
            e.find(iso3).ifPresent(out::add);
        }
        return out;
    }

    /** Every scenario, in edition order, then in the order of {@code publication.yaml}. */
    public List<ScenarioResult> scenarios() {
        return editions.stream().flatMap(e -> e.scenarios().stream()).toList();
    }
}
