package org.egmpublisher.scoring.preset;

import java.util.ArrayList;
import java.util.List;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClassStrategy;
import org.egmpublisher.scoring.mean.Aggregation;
import org.egmpublisher.scoring.missing.MissingValues;
import org.egmpublisher.scoring.normalise.Direction;
import org.egmpublisher.scoring.normalise.Normalisation;
import org.egmpublisher.scoring.normalise.Treatment;
import org.egmpublisher.scoring.rank.RankBasis;
import org.egmpublisher.scoring.rank.RankRule;
import org.egmpublisher.scoring.rank.TieRule;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Turns the text of a preset file into an {@link EditionPreset}; the file format is described in README.md there. */
final class PresetReader {

    private PresetReader() {
    }

    static Object parseYaml(String resource, String text) {
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(50)
                .setLabel(resource).build();
        try {
            return new Load(settings).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(resource + ": invalid YAML: " + e.getMessage(), e);
        }
    }

    static EditionPreset read(String resource, String text) {
        YamlMap doc = new YamlMap(resource, "", parseYaml(resource, text)).only("id", "family", "edition", "title", "kind",
                "decimals", "epi_decimals", "egdi_tolerance", "rank", "rating_classes", "groups", "indices", "notes");
        PresetKind kind = doc.parse("kind", PresetKind::fromCode);
        int decimals = doc.integer("decimals", 1, 10);
        YamlMap rank = doc.map("rank").only("tie_rule", "basis");
        YamlMap classes = doc.map("rating_classes").only("strategy", "origin");
        List<Composite> indices = new ArrayList<>();
        if (doc.has("indices")) {
            for (YamlMap index : doc.maps("indices")) {
                indices.add(composite(index));
            }
        }
        List<Note> notes = new ArrayList<>();
        if (doc.has("notes")) {
            for (YamlMap n : doc.maps("notes")) {
                n.only("id", "topic", "text");
                notes.add(new Note(n.text("id"), n.text("topic", ""), n.text("text")));
            }
        }
        return doc.build(() -> new EditionPreset(doc.text("id"), doc.text("family"), doc.integer("edition", 2001, 2100),
                    doc.text("title"), kind, decimals, doc.integer("epi_decimals", 1, 10, decimals),
                    doc.decimal("egdi_tolerance", 0),
                    new RankRule(rank.parse("tie_rule", TieRule::fromCode), rank.parse("basis", RankBasis::fromCode)),
                    new RatingClassRule(classes.parse("strategy", RatingClassStrategy::fromCode),
                            classes.parse("origin", RatingClassRule.Origin::fromCode)),
                thresholds(doc.map("groups")), indices, notes));
    }

    private static List<Threshold> thresholds(YamlMap groups) {
        groups.only("very-high", "high", "middle", "low");
        List<Threshold> out = new ArrayList<>();
        double upper = 1;
        for (Group g : Group.values()) {
            double lower = groups.decimal(g.code());
            double above = upper;
            out.add(groups.build(() -> new Threshold(g, lower, above)));
            upper = lower;
        }
        return out;
    }

    private static Composite composite(YamlMap m) {
        m.only("id", "name", "weight", "aggregation", "normalisation", "missing", "points_denominator", "evidence", "note",
                "indicators", "subindices");
        if (m.has("indicators") == m.has("subindices")) {
            throw m.error("an index lists either 'indicators' or 'subindices', exactly one of them");
        }
        List<Node> children = new ArrayList<>();
        if (m.has("indicators")) {
            m.maps("indicators").forEach(i -> children.add(indicator(i)));
        } else {
            m.maps("subindices").forEach(s -> children.add(composite(s)));
        }
        return m.build(() -> new Composite(m.text("id"), m.text("name"), m.weight("weight"),
                m.parse("aggregation", Aggregation::fromCode), normalisation(m),
                m.has("missing") ? m.parse("missing", MissingValues::fromCode) : MissingValues.FAIL, children,
                m.integer("points_denominator", 1, 100_000, 0), m.text("evidence", ""), m.text("note", "")));
    }

    private static Indicator indicator(YamlMap m) {
        m.only("id", "name", "source", "unit", "weight", "cap", "winsorise", "normalisation", "direction", "evidence",
                "note");
        if (m.has("cap") && m.has("winsorise")) {
            throw m.error("an indicator is either capped or winsorised, not both");
        }
        Treatment treatment = m.build(() -> {
            if (m.has("cap")) {
                return new Treatment.Cap(m.decimal("cap"));
            }
            if (m.has("winsorise")) {
                YamlMap w = m.map("winsorise").only("lower", "upper");
                return new Treatment.Winsorise(w.decimal("lower"), w.decimal("upper"));
            }
            return new Treatment.None();
        });
        return m.build(() -> new Indicator(m.text("id"), m.text("name"), m.text("source"), m.text("unit"),
                m.weight("weight"), treatment, normalisation(m),
                m.has("direction") ? m.parse("direction", Direction::fromCode) : Direction.HIGHER_IS_BETTER,
                m.text("evidence", ""), m.text("note", "")));
    }

    /** {@code normalisation: z-score}, or {@code normalisation: {share-of-maximum: 86}}. */
    private static Normalisation normalisation(YamlMap m) {
        Object raw = m.raw("normalisation");
        if (raw instanceof java.util.Map) {
            YamlMap n = m.map("normalisation").only("share-of-maximum");
            return n.build(() -> new Normalisation.ShareOfMaximum(n.decimal("share-of-maximum")));
        }
        return m.parse("normalisation", Normalisation::fromCode);
    }
}
