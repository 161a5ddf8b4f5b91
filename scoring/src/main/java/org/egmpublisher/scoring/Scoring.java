package org.egmpublisher.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.publication.Publication;
import org.egmpublisher.model.publication.ScenarioSpec;
import org.egmpublisher.model.publication.UncertaintySpec;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.model.survey.CountryResult;
import org.egmpublisher.model.survey.Edition;
import org.egmpublisher.model.survey.Survey;
import org.egmpublisher.scoring.preset.Composite;
import org.egmpublisher.scoring.preset.EditionPreset;
import org.egmpublisher.scoring.preset.PresetFamily;
import org.egmpublisher.scoring.preset.Presets;
import org.egmpublisher.scoring.scenario.ScenarioResult;
import org.egmpublisher.scoring.scenario.Scenarios;
import org.egmpublisher.scoring.tree.IndexTree;
import org.egmpublisher.scoring.tree.IndexValues;
import org.egmpublisher.scoring.uncertainty.MonteCarlo;
import org.egmpublisher.scoring.uncertainty.RankUncertainty;
import org.egmpublisher.scoring.uncertainty.UncertaintyInput;
import org.egmpublisher.scoring.uncertainty.UncertaintyOutcome;

/**
 * The front door of the engine. {@link #score(Survey)} imports every published edition with its
 * {@code un-egov} preset, checks it, ranks, groups and aggregates it; {@link #score(Survey,
 * Publication)} also runs the uncertainty analysis of the latest edition and the scenarios of
 * {@code publication.yaml}; {@link #compute} scores an edition from raw indicator values.
 */
public final class Scoring {

    private Scoring() {
    }

    /** Every edition of the survey, imported with the {@code un-egov} presets. */
    public static SurveyScores score(Survey survey) {
        return score(survey, Presets.family(Presets.UN_EGOV));
    }

    /** Every edition of the survey, imported with the presets of {@code family}. */
    public static SurveyScores score(Survey survey, PresetFamily family) {
        List<EditionScores> out = new ArrayList<>();
        Map<String, CountryScore> previous = new HashMap<>();
        for (Edition edition : survey.editions()) {
            List<String> extra = new ArrayList<>();
            EditionPreset preset = family.find(edition.year()).orElseGet(() -> {
                extra.add("edition " + edition.year() + " has no " + family.name() + " preset (known: " + family.years()
                        + "); scored as published values at 5 decimals with shared ranks");
                return Presets.publishedValuesOnly(family.name(), edition.year());
            });
            EditionScores scores = importEdition(survey, edition, preset, previous, extra);
            out.add(scores);
            previous.clear();
            scores.countries().forEach(c -> previous.put(c.iso3(), c));
        }
        return new SurveyScores(out);
    }

    /**
     * Every edition with the publication's preset family, each scenario beside its edition, and the
     * uncertainty analysis of the latest edition: {@link #scoreWithScenarios}, then
     * {@link #withUncertainty}.
     */
    public static SurveyScores score(Survey survey, Publication publication) {
        return withUncertainty(scoreWithScenarios(survey, publication), publication);
    }

    /**
     * Every edition with the publication's preset family and each scenario beside its edition; the
     * uncertainty analysis not yet run. A build times the two apart: the analysis costs what the
     * number of draws in {@code publication.yaml} makes it cost.
     */
    public static SurveyScores scoreWithScenarios(Survey survey, Publication publication) {
        SurveyScores scores = score(survey, Presets.family(publication.methodology()));
        if (scores.editions().isEmpty()) {
            return scores;
        }
        List<EditionScores> editions = new ArrayList<>(scores.editions());
        for (ScenarioSpec s : publication.scenarios()) {
            int index = -1;
            for (int i = 0; i < editions.size(); i++) {
                if (editions.get(i).year() == s.edition()) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException("scenario '" + s.id() + "' (publication.yaml:" + s.line()
                        + ") is for edition " + s.edition() + ", which was not scored; scored editions: "
                        + editions.stream().map(EditionScores::year).toList());
            }
            editions.set(index, editions.get(index).withScenario(scenario(editions.get(index), s)));
        }
        return new SurveyScores(editions);
    }

    /**
     * {@code scores} with the outcome of the uncertainty analysis on every edition: run for the
     * latest, as {@code publication.yaml} asks; the others say why it did not run for them.
     */
    public static SurveyScores withUncertainty(SurveyScores scores, Publication publication) {
        if (scores.editions().isEmpty()) {
            return scores;
        }
        List<EditionScores> editions = new ArrayList<>(scores.editions());
        int last = editions.size() - 1;
        for (int i = 0; i < last; i++) {
            editions.set(i, editions.get(i).withUncertainty(new UncertaintyOutcome.NotRun(
                    "the uncertainty analysis runs for the latest edition only (" + editions.get(last).year() + ")")));
        }
        EditionScores latest = editions.get(last);
        UncertaintySpec spec = publication.uncertainty();
        UncertaintyOutcome outcome = spec.draws() == 0
                ? new UncertaintyOutcome.NotRun("publication.yaml asks for 0 uncertainty draws")
                : !latest.preset().hasMethod()
                ? new UncertaintyOutcome.NotRun("edition " + latest.year() + " has published values only, with no"
                + " component method to vary")
                : uncertainty(latest, spec);
        editions.set(last, latest.withUncertainty(outcome));
        return new SurveyScores(editions);
    }

    /** One edition's published results, checked and scored with {@code preset}, without a previous edition. */
    public static EditionScores importEdition(Survey survey, Edition edition, EditionPreset preset) {
        return importEdition(survey, edition, preset, Map.of(), List.of());
    }

    private static EditionScores importEdition(Survey survey, Edition edition, EditionPreset preset,
                                               Map<String, CountryScore> previous, List<String> extra) {
        if (preset.year() != edition.year()) {
            throw new IllegalArgumentException("preset " + preset.id() + " is for edition " + preset.year()
                    + ", not " + edition.year());
        }
        List<String> findings = new ArrayList<>(extra);
        List<CountryResult> ranked = new ArrayList<>();
        for (CountryResult r : edition.results()) {
            if (r.ranked()) {
                ranked.add(r);
            } else {
                findings.add(edition.year() + ": " + survey.requireCountry(r.iso3()).name() + " (" + r.file() + ":"
                        + r.line() + ") has no published rank and is left out of ranks, groups and aggregates");
            }
        }
        findings.addAll(ImportChecks.check(preset, survey, ranked));
        ToDoubleFunction<CountryResult> rankValue = rankValue(preset);
        List<EditionScorer.Row> rows = new ArrayList<>();
        for (CountryResult r : ranked) {
            rows.add(new EditionScorer.Row(survey.requireCountry(r.iso3()), r.egdi(), r.osi(), r.tii(), r.hci(), r.epi(),
                    rankValue.applyAsDouble(r), r.rank(), r.file() + ":" + r.line()));
        }
        return EditionScorer.build(preset, ScoreMode.IMPORTED, rows, previous, findings);
    }

    /** What an imported edition is ranked on, per the preset's rank basis (METHODOLOGY.md §7). */
    private static ToDoubleFunction<CountryResult> rankValue(EditionPreset preset) {
        return switch (preset.rankRule().basis()) {
            case PUBLISHED_VALUE -> CountryResult::egdi;
            case COMPONENT_MEAN -> {
                Composite egdi = preset.requireIndex(IndexName.EGDI);
                double[] weights = egdi.normalisedWeights();
                yield r -> ImportChecks.componentMean(egdi, weights, r);
            }
        };
    }

    /**
     * An edition computed from raw indicator values (ISO3 → indicator id → value) with the
     * preset's index tree. Countries the missing-value strategies exclude are left out, and
     * every imputation or exclusion is a finding. Exact ties are broken by ISO3 code.
     */
    public static EditionScores compute(EditionPreset preset, List<Country> countries,
                                        Map<String, Map<String, Double>> indicators) {
        Map<String, Country> byIso3 = new HashMap<>();
        countries.forEach(c -> byIso3.put(c.iso3(), c));
        for (String iso3 : indicators.keySet()) {
            if (!byIso3.containsKey(iso3)) {
                throw new IllegalArgumentException("indicator values for unknown country '" + iso3 + "'; the "
                        + countries.size() + " countries given are e.g. " + new TreeSet<>(byIso3.keySet()).stream().limit(5)
                        .toList());
            }
        }
        IndexValues values = IndexTree.compute(preset, indicators);
        List<String> findings = new ArrayList<>(values.treatments());
        List<EditionScorer.Row> rows = new ArrayList<>();
        List<String> entities = values.entities();
        for (int i = 0; i < entities.size(); i++) {
            String iso3 = entities.get(i);
            var egdi = values.find("EGDI", iso3);
            var epi = values.find("EPI", iso3);
            if (egdi.isEmpty() || epi.isEmpty()) {
                findings.add(preset.year() + ": " + byIso3.get(iso3).name() + " has no computed "
                        + (egdi.isEmpty() ? "EGDI" : "EPI") + " and is left out of ranks, groups and aggregates");
                continue;
            }
            rows.add(new EditionScorer.Row(byIso3.get(iso3), egdi.getAsDouble(), values.value("OSI", iso3),
                    values.value("TII", iso3), values.value("HCI", iso3), epi.getAsDouble(), egdi.getAsDouble(), i,
                    "computed (" + preset.id() + ")"));
        }
        return EditionScorer.build(preset, ScoreMode.COMPUTED, rows, Map.of(), findings);
    }

    /** The Monte Carlo analysis of an edition's ranks. */
    public static RankUncertainty uncertainty(EditionScores scores, UncertaintySpec spec) {
        return MonteCarlo.run(uncertaintyInput(scores), spec);
    }

    /** The primitive input of the Monte Carlo for an edition, in the edition's rank order. */
    public static UncertaintyInput uncertaintyInput(EditionScores scores) {
        Map<IndexName, Double> w = scores.preset().componentWeights();
        List<IndexName> components = EditionPreset.EGDI_COMPONENTS;
        List<CountryScore> countries = scores.countries();
        int n = countries.size();
        double[][] values = new double[components.size()][n];
        int[] ranks = new int[n];
        double[] egdi = new double[n];
        for (int i = 0; i < n; i++) {
            CountryScore c = countries.get(i);
            values[0][i] = c.osi();
            values[1][i] = c.tii();
            values[2][i] = c.hci();
            ranks[i] = c.rank();
            egdi[i] = c.egdi();
        }
        double[] weights = components.stream().mapToDouble(w::get).toArray();
        return new UncertaintyInput(scores.year(), countries.stream().map(CountryScore::iso3).toList(), components,
                values, weights, ranks, egdi, countries.stream().map(CountryScore::group).toList(),
                scores.preset().ratingClassStrategy());
    }

    /** A scenario computed from the edition's published components, ranked with the edition's rule. */
    public static ScenarioResult scenario(EditionScores scores, ScenarioSpec spec) {
        if (spec.edition() != scores.year()) {
            throw new IllegalArgumentException("scenario '" + spec.id() + "' is for edition " + spec.edition()
                    + ", not " + scores.year());
        }
        List<Scenarios.Official> official = scores.countries().stream()
                .sorted(Comparator.comparingInt(CountryScore::rank).thenComparing(CountryScore::iso3))
                .map(c -> new Scenarios.Official(c.country(), c.rank(), c.egdi(), c.osi(), c.tii(), c.hci(), c.epi()))
                .toList();
        return Scenarios.run(spec, official, scores.preset().tieRule(), scores.decimals());
    }
}
