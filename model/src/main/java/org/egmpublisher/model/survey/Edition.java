package org.egmpublisher.model.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One Survey edition's published results: one row per country, in ISO3 order. */
public record Edition(int year, String file, List<CountryResult> results) {

    public Edition {
        results = List.copyOf(results);
    }

    public Optional<CountryResult> find(String iso3) {
        return results.stream().filter(r -> r.iso3().equals(iso3)).findFirst();
    }

    public Map<String, CountryResult> byIso3() {
        return results.stream().collect(Collectors.toUnmodifiableMap(CountryResult::iso3, Function.identity()));
    }
}
