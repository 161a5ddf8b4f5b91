package org.egmpublisher.model.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.Problems;
import org.egmpublisher.model.publication.Publication;
import org.egmpublisher.model.publication.ScenarioSpec;
import org.egmpublisher.model.publication.UncertaintySpec;

/** Reads {@code publication.yaml}. */
public final class PublicationLoader {

    static final String FILE = "publication.yaml";
    private static final List<String> KEYS = List.of("title", "short_title", "language", "base_url", "editions",
            "methodology", "uncertainty", "scenarios");

    private PublicationLoader() {
    }

    public static Optional<Publication> load(Path root, Problems problems) {
        return TextFile.read(root, FILE, true, problems)
                .flatMap(text -> YamlDocument.parse(text, FILE, 1, problems))
                .flatMap(doc -> read(doc, problems));
    }

    private static Optional<Publication> read(YamlDocument doc, Problems problems) {
        for (String key : doc.keys()) {
            if (!KEYS.contains(key)) {
                doc.error(key, "unknown key '" + key + "'; known: " + String.join(", ", KEYS));
            }
        }
        Optional<String> title = doc.requiredText("title");
        List<Integer> editions = new ArrayList<>();
        for (String e : doc.texts("editions")) {
            try {
                editions.add(Integer.parseInt(e));
            } catch (NumberFormatException ex) {
                doc.error("editions", "edition '" + e + "' is not a year");
            }
        }
        YamlDocument u = doc.mapping("uncertainty");
        UncertaintySpec defaults = UncertaintySpec.defaults();
        Optional<Integer> draws = u.integer("draws", 0, 1_000_000, defaults.draws());
        Optional<Integer> seed = u.integer("seed", Integer.MIN_VALUE, Integer.MAX_VALUE, (int) defaults.seed());
        Optional<Double> spread = u.decimal("weight_spread", 0, 0.95, defaults.weightSpread());
        List<ScenarioSpec> scenarios = new ArrayList<>();
        for (YamlDocument s : doc.mappings("scenarios")) {
            scenario(s).ifPresent(scenarios::add);
        }
        if (title.isEmpty() || draws.isEmpty() || seed.isEmpty() || spread.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Publication(title.get(), doc.text("short_title", title.get()), doc.text("language", "en"),
                doc.text("base_url", ""), editions, doc.text("methodology", "un-egov"), scenarios,
                new UncertaintySpec(draws.get(), seed.get(), spread.get())));
    }

    private static Optional<ScenarioSpec> scenario(YamlDocument s) {
        Optional<String> id = s.requiredText("id");
        Optional<String> title = s.requiredText("title");
        Optional<Integer> edition = s.integer("edition", 2001, 2100, 0);
        YamlDocument w = s.mapping("weights");
        Map<IndexName, Double> weights = new EnumMap<>(IndexName.class);
        for (String key : w.keys()) {
            Optional<IndexName> index = List.of(IndexName.OSI, IndexName.TII, IndexName.HCI, IndexName.EPI).stream()
                    .filter(i -> i.name().equalsIgnoreCase(key)).findFirst();
            if (index.isEmpty()) {
                s.error("scenarios", "scenario weight '" + key + "' is not a component; known: OSI, TII, HCI, EPI");
                continue;
            }
            w.decimal(key, 0, 100, 0).ifPresent(v -> weights.put(index.get(), v));
        }
        String aggregation = s.text("aggregation", "arithmetic").toUpperCase(Locale.ROOT);
        if (!aggregation.equals("ARITHMETIC") && !aggregation.equals("GEOMETRIC")) {
            s.error("scenarios", "aggregation '" + aggregation.toLowerCase(Locale.ROOT) + "' is not arithmetic or geometric");
            return Optional.empty();
        }
        if (weights.isEmpty()) {
            weights.put(IndexName.OSI, 1.0);
            weights.put(IndexName.TII, 1.0);
            weights.put(IndexName.HCI, 1.0);
        }
        if (id.isEmpty() || title.isEmpty() || edition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ScenarioSpec(id.get(), title.get(), s.text("description", ""), edition.get(), weights,
                ScenarioSpec.Aggregation.valueOf(aggregation), s.texts("recommendations"), s.lineOf("scenarios")));
    }
}
