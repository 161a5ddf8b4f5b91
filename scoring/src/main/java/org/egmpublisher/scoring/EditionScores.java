package org.egmpublisher.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egmpublisher.scoring.aggregate.Aggregate;
import org.egmpublisher.scoring.group.Group;

/**
 * Everything the engine computed for one edition: countries in rank order, aggregates, and the
 * findings of the consistency checks (e.g. an EGDI that is not the mean of its components).
 */
public record EditionScores(int year, int decimals, List<CountryScore> countries, List<Aggregate> aggregates,
                            List<String> findings) {

    public EditionScores {
        countries = List.copyOf(countries);
        aggregates = List.copyOf(aggregates);
        findings = List.copyOf(findings);
    }

    public Optional<CountryScore> find(String iso3) {
        return countries.stream().filter(c -> c.iso3().equals(iso3)).findFirst();
    }

    /** How many countries fall in each group, every group present. */
    public Map<Group, Integer> groupCounts() {
        Map<Group, Integer> counts = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            counts.put(g, 0);
        }
        countries.forEach(c -> counts.merge(c.group(), 1, Integer::sum));
        return counts;
    }

    public List<Aggregate> aggregates(Aggregate.Kind kind) {
        return aggregates.stream().filter(a -> a.kind() == kind).toList();
    }
}
