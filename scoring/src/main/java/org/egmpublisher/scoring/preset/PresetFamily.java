package org.egmpublisher.scoring.preset;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A family of presets, one per edition, named as {@code methodology} in {@code publication.yaml}
 * (e.g. {@code un-egov}). Editions in ascending year.
 */
public record PresetFamily(String name, String title, List<EditionPreset> editions) {

    public PresetFamily {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        editions = List.copyOf(editions);
        for (int i = 1; i < editions.size(); i++) {
            if (editions.get(i).year() <= editions.get(i - 1).year()) {
                throw new IllegalArgumentException("family " + name + ": editions must be in ascending year, got "
                        + years());
            }
        }
        for (EditionPreset e : editions) {
            if (!e.family().equals(name)) {
                throw new IllegalArgumentException("preset " + e.id() + " belongs to family '" + e.family()
                        + "', not '" + name + "'");
            }
        }
    }

    public Optional<EditionPreset> find(int year) {
        return editions.stream().filter(e -> e.year() == year).findFirst();
    }

    public EditionPreset require(int year) {
        return find(year).orElseThrow(() -> new NoSuchElementException("no " + name + " preset for edition " + year
                + "; known editions: " + years()));
    }

    public List<Integer> years() {
        return editions.stream().map(EditionPreset::year).toList();
    }
}
