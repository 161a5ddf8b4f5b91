package org.egmpublisher.scoring;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * An edition's countries in rank order, immutable, with a look-up by ISO3: pages, charts and
 * downloads ask for one country at a time, and a scan per question made large projects quadratic.
 */
final class IndexedCountries extends AbstractList<CountryScore> implements RandomAccess {

    private final List<CountryScore> list;
    private final Map<String, CountryScore> byIso3;

    private IndexedCountries(List<CountryScore> list) {
        this.list = List.copyOf(list);
        this.byIso3 = new HashMap<>(list.size() * 2);
        for (CountryScore c : this.list) {
            byIso3.putIfAbsent(c.iso3(), c);
        }
    }

    static IndexedCountries of(List<CountryScore> countries) {
        return countries instanceof IndexedCountries indexed ? indexed : new IndexedCountries(countries);
    }

    Optional<CountryScore> find(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3));
    }

    @Override
    public CountryScore get(int index) {
        return list.get(index);
    }

    @Override
    public int size() {
        return list.size();
    }
}
