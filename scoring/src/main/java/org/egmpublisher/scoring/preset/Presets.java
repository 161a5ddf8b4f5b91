package org.egmpublisher.scoring.preset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClassStrategy;
import org.egmpublisher.scoring.rank.RankBasis;
import org.egmpublisher.scoring.rank.RankRule;
import org.egmpublisher.scoring.rank.TieRule;

/**
 * The bundled methodology presets, read once from the classpath
 * ({@code org/egmpublisher/scoring/preset/}): {@code families.yaml} names the families, each
 * family file ({@code un-egov.yaml}) lists its editions, and each edition has its own file
 * ({@code un-egov-2024.yaml}). This is the scoring module's only input, and it reads nothing but
 * its own resources.
 *
 * <p>A broken bundled preset is a programming error: it fails on first use with the file and key.
 */
public final class Presets {

    /** The family the Survey's own editions belong to. */
    public static final String UN_EGOV = "un-egov";

    private static final String FOLDER = "/org/egmpublisher/scoring/preset/";

    private Presets() {
    }

    /** The {@code un-egov} preset of an edition. */
    public static EditionPreset forEdition(int year) {
        return family(UN_EGOV).require(year);
    }

    /** The {@code un-egov} preset of an edition, if there is one. */
    public static Optional<EditionPreset> find(int year) {
        return family(UN_EGOV).find(year);
    }

    /** A family by name; the message of an unknown name lists the known ones. */
    public static PresetFamily family(String name) {
        PresetFamily family = Holder.FAMILIES.get(name);
        if (family == null) {
            throw new NoSuchElementException("unknown methodology preset family '" + name + "'; known: "
                    + Holder.FAMILIES.keySet());
        }
        return family;
    }

    /** The names of the bundled families. */
    public static List<String> families() {
        return List.copyOf(Holder.FAMILIES.keySet());
    }

    /**
     * A published-values preset for an edition no bundled preset describes: 5 decimals (the
     * finest any edition publishes), shared ranks on them, the default groups and rating-class rule.
     */
    public static EditionPreset publishedValuesOnly(String family, int year) {
        return new EditionPreset(family + "-" + year, family, year, "Edition " + year + " (no preset)",
                PresetKind.PUBLISHED_VALUES, 5, 5, 0, new RankRule(TieRule.SHARED_ON_ROUNDED, RankBasis.PUBLISHED_VALUE),
                new RatingClassRule(RatingClassStrategy.PERCENTILE_INC_STRICT_GT, RatingClassRule.Origin.DERIVED),
                List.of(new Threshold(Group.VERY_HIGH, 0.75, 1), new Threshold(Group.HIGH, 0.5, 0.75),
                        new Threshold(Group.MIDDLE, 0.25, 0.5), new Threshold(Group.LOW, 0, 0.25)),
                List.of(), List.of(new Note("no-preset", "Method", "No preset describes this edition; its published"
                + " values are imported, ranked with shared ranks at 5 decimals and grouped with the usual thresholds.")));
    }

    /** Reads a preset from text in the bundled format; {@code resource} names it in messages. */
    public static EditionPreset parse(String resource, String text) {
        return PresetReader.read(resource, text);
    }

    /** Loaded on first use, then immutable: the presets are constants of the program. */
    private static final class Holder {
        static final Map<String, PresetFamily> FAMILIES = load();

        private static Map<String, PresetFamily> load() {
            String index = "families.yaml";
            YamlMap families = new YamlMap(index, "", PresetReader.parseYaml(index, resource(index))).only("families");
            Map<String, PresetFamily> out = new LinkedHashMap<>();
            for (String name : families.texts("families")) {
                String file = name + ".yaml";
                YamlMap f = new YamlMap(file, "", PresetReader.parseYaml(file, resource(file)))
                        .only("family", "title", "editions");
                List<EditionPreset> editions = new ArrayList<>();
                for (int year : f.integers("editions")) {
                    String edition = name + "-" + year + ".yaml";
                    EditionPreset preset = PresetReader.read(edition, resource(edition));
                    if (preset.year() != year) {
                        throw new IllegalStateException(edition + ": says edition " + preset.year() + ", expected " + year);
                    }
                    editions.add(preset);
                }
                out.put(name, f.build(() -> new PresetFamily(f.text("family"), f.text("title"), editions)));
            }
            return java.util.Collections.unmodifiableMap(out);
        }

        private static String resource(String name) {
            try (InputStream in = Presets.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled preset file missing from the classpath: " + FOLDER + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled preset " + FOLDER + name, e);
            }
        }
    }
}
