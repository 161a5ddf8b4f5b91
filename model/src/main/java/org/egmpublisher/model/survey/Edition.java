package org.egmpublisher.model.survey;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.egmpublisher.model.IndexedList;

/** One Survey edition's published results: one row per country, in ISO3 order. */
public record Edition(int year, String file, List<CountryResult> results) {

    /** The look-up key of results. */
    private static final Function<CountryResult, String> ISO3 = CountryResult::iso3;

    public Edition {
        results = IndexedList.of(results, ISO3);
    }

    public Optional<CountryResult> find(String iso3) {
        return ((IndexedList<CountryResult>) results).find(iso3);
    }
}
