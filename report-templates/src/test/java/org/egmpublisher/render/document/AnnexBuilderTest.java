package org.egmpublisher.render.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.load.ProjectLoader;
import org.egmpublisher.model.meeting.Recommendation;
import org.egmpublisher.model.publication.Publication;
import org.egmpublisher.model.publication.ScenarioSpec;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.render.html.Templates;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.Scoring;
import org.egmpublisher.scoring.SurveyScores;
import org.egmpublisher.scoring.aggregate.Aggregate;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClass;
import org.egmpublisher.scoring.preset.Composite;
import org.egmpublisher.scoring.preset.EditionPreset;
import org.egmpublisher.scoring.preset.Indicator;
import org.egmpublisher.scoring.preset.Node;
import org.egmpublisher.scoring.preset.Presets;
import org.egmpublisher.scoring.preset.Threshold;
import org.egmpublisher.scoring.scenario.ScenarioResult;
import org.egmpublisher.scoring.scenario.ScenarioRow;
import org.egmpublisher.scoring.uncertainty.RankUncertainty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The annex content built from the bundled example (examples/egm-2021): its method chapters are
 * the presets the scores were computed with, and its tables are the scores as {@code egm score}
 * prints them. Values are compared with {@code String.format("%.Nf")}, the formatting of the CLI's
 * score command.
 */
class AnnexBuilderTest {

    /** The bundled project, scored as {@code egm build} scores it, and its annex; built once per JVM. */
    static final class Fixture {
        static final Path ROOT = Path.of("../examples/egm-2021");
        static final Templates TEMPLATES = new Templates(null);
        static final Project PROJECT = load();
        static final SurveyScores SCORES = Scoring.score(PROJECT.survey(), PROJECT.publication());
        static final Map<String, DocumentFigure> FIGURES = FigureCatalogue.build(PROJECT, SCORES);
        static final AnnexStamp STAMP = AnnexStamp.of(PROJECT, "9.9.9-test");
        static final DocumentContent ANNEX = new AnnexBuilder(TEMPLATES).build(PROJECT, SCORES, FIGURES, STAMP);

        private static Project load() {
            ProjectLoader.Result r = ProjectLoader.load(ROOT);
            return r.project().orElseThrow(() -> new IllegalStateException("the example project has problems: "
                    + r.problems().all()));
        }

        static Document html(DocumentContent doc) {
            return Jsoup.parse("<div>" + doc.body() + "</div>", "", Parser.xmlParser());
        }

        static String score(double v, int dp) {
            return String.format(Locale.ROOT, "%." + dp + "f", v);
        }
    }

    private final Document annex = Fixture.html(Fixture.ANNEX);
    private final EditionScores latest = Fixture.SCORES.latest();

    @Test
    void hasAChapterWithFormulasForTheEgdiAndEachIndex() {
        for (String id : List.of("egdi", "index-osi", "index-tii", "index-hci", "index-epi", "index-losi", "index-ogdi")) {
            Element h1 = annex.selectFirst("h1#" + id);
            assertNotNull(h1, "chapter " + id);
        }
        assertTrue(annex.selectFirst("h1#index-tii").text().contains("Telecommunication Infrastructure Index (TII)"));
        for (String id : List.of("groups", "ranks", "missing", "uncertainty", "proposals", "notes", "tables", "about")) {
            assertNotNull(annex.selectFirst("h1#" + id), "chapter " + id);
        }
        assertTrue(annex.select(".annex-formula").size() > 20, "formula blocks");
        String text = annex.text();
        assertTrue(text.contains("μ"), "z-score mean");
        assertTrue(text.contains("σ"), "z-score deviation");
        assertTrue(text.contains("∑"), "sum");
        assertTrue(annex.select(".annex-formula var").size() > 100, "variables typeset as <var>");
    }

    @Test
    void templatesWriteNoWeightThresholdCapOrDecimalOfTheirOwn() throws Exception {
        for (String name : List.of("annex-body.ftlx", "annex-parts.ftlx", "annex-math.ftlx")) {
            String template;
            try (var in = AnnexBuilder.class.getResourceAsStream("/org/egmpublisher/render/templates/" + name)) {
                template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            var numbers = java.util.regex.Pattern.compile("\\d+\\.\\d+|\\d+/\\d+|\\b120\\b")
                    .matcher(template).results().map(java.util.regex.MatchResult::group).toList();
            assertEquals(List.of(), numbers, name + " must take every number of the method from the view model");
        }
    }

    @Test
    void indicatorTablesPrintEveryEditionsPresetWeightsAndCaps() {
        int tables = 0;
        for (EditionScores e : Fixture.SCORES.editions()) {
            EditionPreset p = e.preset();
            for (IndexName name : List.of(IndexName.OSI, IndexName.TII, IndexName.HCI, IndexName.EPI, IndexName.LOSI,
                    IndexName.OGDI)) {
                if (!p.hasMethod() || p.index(name).isEmpty()) {
                    assertNull(annex.getElementById("table-" + name.name().toLowerCase(Locale.ROOT) + "-" + e.year()));
                    continue;
                }
                Composite index = p.requireIndex(name);
                Element table = annex.getElementById("table-" + name.name().toLowerCase(Locale.ROOT) + "-" + e.year());
                assertNotNull(table, name + " " + e.year());
                var rows = table.select("tbody tr");
                assertEquals(index.children().size(), rows.size(), name + " " + e.year());
                for (int k = 0; k < rows.size(); k++) {
                    Node child = index.children().get(k);
                    var cells = rows.get(k).children();
                    assertEquals(String.valueOf(k + 1), cells.get(0).text());
                    assertEquals(child.name(), cells.get(1).text());
                    assertEquals(child.weight().text(), cells.get(3).text(), child.id() + " " + e.year());
                    if (child instanceof Indicator i) {
                        i.cap().ifPresent(c -> assertTrue(cells.get(5).text().contains("capped at " + AnnexMethod.plain(c)),
                                cells.get(5).text()));
                        assertTrue(cells.get(5).text().contains(i.normalisation().label()), cells.get(5).text());
                    }
                }
                tables++;
            }
        }
        assertEquals(4 + 4 + 4 + 4 + 4 + 1, tables, "OSI, TII, HCI, EPI, LOSI in 2018–2024; OGDI in 2024");
        Element hci = annex.getElementById("table-hci-2024");
        assertTrue(hci.text().contains("2/9"), "HCI weights as the preset writes them");
        assertTrue(annex.getElementById("index-tii-comparison").text().contains("1/4, cap 120"));
    }

    @Test
    void comparisonShowsWhatChangedBetweenEditions() {
        Element changes = annex.selectFirst("h1#index-tii ~ ul.annex-changes");
        assertNotNull(changes);
        String text = changes.text();
        assertTrue(text.contains("2018 → 2020:"), text);
        assertTrue(text.contains("dropped: Fixed-telephone subscriptions"), text);
        assertTrue(text.contains("weight of Individuals using the Internet: 1/5 → 1/4"), text);
        assertTrue(text.contains("treatment of Mobile-cellular telephone subscriptions: none → capped at 120"), text);
        assertTrue(text.contains("added: Mobile data-and-voice basket price (weight 1/5)"), text);
        Element table = annex.getElementById("index-tii-comparison");
        assertEquals(List.of("Component or indicator", "2018", "2020", "2022", "2024"),
                table.select("thead th").eachText());
    }

    @Test
    void egdiFormulaCarriesThePresetsComponentWeights() {
        Element formula = annex.selectFirst("h1#egdi ~ div.annex-formula");
        assertEquals("EGDI(c) = 1/3 · OSI(c) + 1/3 · TII(c) + 1/3 · HCI(c)", formula.text());
        assertEquals("The weights being equal, this is the simple mean: EGDI = (OSI + TII + HCI) / 3.",
                formula.nextElementSibling().text());
    }

    @Test
    void groupThresholdsAndRatingClassesComeFromThePresets() {
        Element table = annex.getElementById("table-thresholds-0");
        assertEquals("EGDI groups, editions 2003–2024",
                table.selectFirst("caption").text().replaceFirst("^Table \\d+\\. ", ""), "numbered or not");
        List<Threshold> thresholds = latest.preset().thresholds();
        var rows = table.select("tbody tr");
        assertEquals(thresholds.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Threshold t = thresholds.get(i);
            assertEquals(t.group().label(), rows.get(i).child(0).text());
            assertEquals(AnnexMethod.plain(t.lowerBound()) + " ≤ EGDI " + (t.upperInclusive() ? "≤ " : "< ")
                    + AnnexMethod.plain(t.upperBound()), rows.get(i).child(1).text());
        }
        assertEquals("0.75 ≤ EGDI ≤ 1", rows.get(0).child(1).text());
        String classes = annex.getElementById("table-classes").text();
        assertTrue(classes.contains("VH, V3, V2, V1"), classes);
        assertTrue(annex.getElementById("table-rating-rules").text().contains("percentile-inc-strict-gt"));
    }

    @Test
    void countryTableHasEveryMemberStateWithTheValuesEgmScorePrints() {
        Element table = annex.getElementById("countries-" + latest.year());
        var rows = table.select("tbody tr");
        assertEquals(193, rows.size());
        assertEquals(193, latest.countries().size());
        int dp = latest.decimals();
        int epiDp = latest.preset().epiDecimals();
        RankUncertainty u = latest.uncertainty().orElseThrow();
        for (int i = 0; i < rows.size(); i++) {
            CountryScore c = latest.countries().get(i);
            var interval = u.require(c.iso3());
            List<String> expected = List.of(String.valueOf(c.rank()), c.country().name(), c.country().region(),
                    Fixture.score(c.egdi(), dp), c.group().label(), c.ratingClass().name(), Fixture.score(c.osi(), dp),
                    Fixture.score(c.tii(), dp), Fixture.score(c.hci(), dp), Fixture.score(c.epi(), epiDp),
                    c.hasPrevious() ? Formats.signed(c.rankChange()) : "–",
                    interval.p05() == interval.p95() ? String.valueOf(interval.p05())
                            : interval.p05() + "–" + interval.p95());
            assertEquals(expected, rows.get(i).children().eachText(), c.iso3());
        }
        assertEquals(5, dp, "2024 publishes 5 decimals");
        assertEquals(4, epiDp, "and the EPI at 4");
    }

    @Test
    void aggregateTablesAreTheMeansEgmScorePrints() {
        int dp = latest.decimals();
        int epiDp = latest.preset().epiDecimals();
        Map<String, Aggregate.Kind> tables = Map.of("subregions-", Aggregate.Kind.SUB_REGION, "income-",
                Aggregate.Kind.INCOME_GROUP, "special-", Aggregate.Kind.SPECIAL);
        tables.forEach((prefix, kind) -> {
            var rows = annex.getElementById(prefix + latest.year()).select("tbody tr");
            List<Aggregate> expected = latest.aggregates(kind);
            assertEquals(expected.size(), rows.size(), prefix);
            for (int i = 0; i < rows.size(); i++) {
                Aggregate a = expected.get(i);
                assertEquals(List.of(a.name(), String.valueOf(a.countries()), Fixture.score(a.egdi(), dp),
                        Fixture.score(a.osi(), dp), Fixture.score(a.tii(), dp), Fixture.score(a.hci(), dp),
                        Fixture.score(a.epi(), epiDp)), rows.get(i).children().eachText());
            }
        });
        var regions = annex.getElementById("regions-" + latest.year()).select("tbody tr");
        assertEquals(1 + latest.aggregates(Aggregate.Kind.REGION).size(), regions.size(), "World, then the regions");
        Aggregate world = latest.aggregates(Aggregate.Kind.WORLD).get(0);
        assertEquals(List.of("World", "193", Fixture.score(world.egdi(), dp), Fixture.score(world.osi(), dp),
                Fixture.score(world.tii(), dp), Fixture.score(world.hci(), dp), Fixture.score(world.epi(), epiDp)),
                regions.get(0).children().eachText());
        List<String> special = annex.getElementById("special-" + latest.year()).select("tbody th").eachText();
        assertEquals(List.of("LDC", "LLDC", "SIDS"), special);
    }

    @Test
    void countsCountriesInEachGroupRatingClassAndRegion() {
        var groups = annex.getElementById("groups-" + latest.year()).select("tbody tr");
        Map<Group, Integer> counts = latest.groupCounts();
        for (int i = 0; i < Group.values().length; i++) {
            assertEquals(String.valueOf(counts.get(Group.values()[i])), groups.get(i).child(2).text());
        }
        assertEquals(List.of("76", "62", "44", "11"), groups.stream().map(r -> r.child(2).text()).toList(),
                "METHODOLOGY.md §16.1, 2024");
        String classes = annex.getElementById("classes-" + latest.year()).text();
        for (RatingClass c : RatingClass.values()) {
            assertTrue(classes.contains(c.name() + ": " + latest.ratingClassCounts().get(c)), c.name());
        }
        var regions = annex.getElementById("region-groups-" + latest.year()).select("tbody tr");
        assertEquals(5, regions.size());
        assertEquals(193, regions.stream().mapToInt(r -> Integer.parseInt(r.child(5).text())).sum());
    }

    @Test
    void listsTheTopCountriesOfEachRegion() {
        for (Aggregate region : latest.aggregates(Aggregate.Kind.REGION)) {
            List<String> expected = latest.countries().stream().filter(c -> c.country().region().equals(region.name()))
                    .limit(AnnexTables.TOP_PER_REGION).map(c -> c.rank() + " " + c.country().name() + " "
                            + Fixture.score(c.egdi(), latest.decimals())).toList();
            Element table = annex.getElementById("top-" + latest.year() + "-" + AnnexTables.slug(region.name()));
            assertNotNull(table, region.name());
            assertEquals(expected, table.select("tbody tr").stream()
                    .map(r -> String.join(" ", r.children().eachText().subList(0, 3))).toList(), region.name());
        }
        assertEquals(5, AnnexTables.TOP_PER_REGION);
    }

    @Test
    void eachProposalShowsItsDefinitionMoversAndChart() {
        List<ScenarioResult> scenarios = Fixture.SCORES.scenarios();
        assertEquals(2, scenarios.size());
        for (ScenarioResult s : scenarios) {
            Element h2 = annex.getElementById("proposal-" + s.id());
            assertNotNull(h2, s.id());
            assertTrue(h2.text().endsWith(s.spec().title()));
            var movers = annex.getElementById("proposal-" + s.id() + "-movers").select("tbody tr");
            List<ScenarioRow> expected = s.largestMovers(AnnexProposals.MOVERS_LISTED);
            assertEquals(expected.size(), movers.size());
            for (int i = 0; i < movers.size(); i++) {
                ScenarioRow r = expected.get(i);
                assertEquals(List.of(r.country().name(), String.valueOf(r.officialRank()), String.valueOf(r.scenarioRank()),
                        Formats.signed(r.shift())), movers.get(i).children().eachText().subList(0, 4));
            }
            assertNotNull(annex.selectFirst("div[data-figure=scenario-" + s.id() + "]"));
            assertTrue(annex.text().contains(s.changedRanks() + " of the 193 countries change rank"));
        }
        String geometric = annex.getElementById("proposal-geometric-egdi-weights").nextElementSibling()
                .nextElementSibling().text();
        assertEquals("S(c) = OSI(c)0.3333 · TII(c)0.3333 · HCI(c)0.3333", geometric);
        assertTrue(annex.text().contains("The proposal names no recommendation of the meeting."));
    }

    @Test
    void aProposalQuotesTheRecommendationsItAnswers() {
        Recommendation rec = Fixture.PROJECT.meeting().recommendations().get(0);
        Publication p = Fixture.PROJECT.publication();
        ScenarioSpec s = p.scenarios().get(0);
        ScenarioSpec answering = new ScenarioSpec(s.id(), s.title(), s.description(), s.edition(), s.weights(),
                s.aggregation(), List.of(rec.id(), "r-unknown"), s.line());
        Publication changed = new Publication(p.title(), p.shortTitle(), p.language(), p.baseUrl(), p.editions(),
                p.methodology(), List.of(answering), p.uncertainty());
        Project project = new Project(Fixture.PROJECT.root(), changed, Fixture.PROJECT.meeting(),
                Fixture.PROJECT.survey(), Fixture.PROJECT.pages());
        SurveyScores scores = Scoring.score(project.survey(), changed);
        Document doc = Fixture.html(new AnnexBuilder(Fixture.TEMPLATES).build(project, scores, Fixture.FIGURES,
                Fixture.STAMP));
        Element quote = doc.getElementById("proposal-" + s.id() + "-" + rec.id());
        assertNotNull(quote);
        assertTrue(quote.text().startsWith(rec.text()), quote.text());
        assertTrue(quote.text().contains("(" + rec.id() + "; Expert Dialogue 1, Group 1"), quote.text());
        assertTrue(doc.text().contains("r-unknown: no recommendation of the meeting has this id."));
    }

    @Test
    void sensitivityTableListsEveryChoiceOfTheUncertaintyAnalysis() {
        RankUncertainty u = latest.uncertainty().orElseThrow();
        var rows = annex.getElementById("table-sensitivity").select("tbody tr");
        assertEquals(u.sensitivity().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var s = u.sensitivity().get(i);
            assertEquals(s.choice().label(), rows.get(i).child(0).text());
            assertEquals(Formats.decimal(s.meanAbsoluteRankShift(), 2), rows.get(i).child(2).text());
            assertEquals(String.valueOf(s.maxRankShift()), rows.get(i).child(3).text());
        }
        assertTrue(annex.text().contains("The choice that moves ranks most is: " + u.mostInfluential().label()));
        assertTrue(annex.text().contains("draws " + u.spec().draws() + " variants"));
        assertNotNull(annex.selectFirst("div[data-figure=rank-intervals]"));
    }

    @Test
    void stampIsOnTheFrontMatterAndAtTheStatisticalTables() {
        String fingerprint = Fixture.STAMP.fingerprint();
        List<String> front = Fixture.ANNEX.frontMatter();
        assertTrue(front.get(0).contains("un-egov-2024"), front.get(0));
        assertTrue(front.get(1).contains(fingerprint), front.get(1));
        assertTrue(front.get(2).contains("EGM Publisher 9.9.9-test"), front.get(2));
        var stamps = annex.select("table.annex-stamp");
        assertEquals(2, stamps.size(), "in chapter 1 and at the statistical tables");
        for (Element stamp : stamps) {
            assertTrue(stamp.text().contains("un-egov-2024"));
            assertTrue(stamp.text().contains(fingerprint));
            assertTrue(stamp.text().contains("9.9.9-test"));
        }
        assertEquals("tables", stamps.get(1).previousElementSibling().id());
        assertEquals(14, annex.getElementById("table-inputs").select("tbody tr").size(), "settings, countries and 12 editions");
    }

    @Test
    void headingsAreNumberedChaptersAndSectionsWithIds() {
        List<Heading> headings = Fixture.ANNEX.headings();
        List<Heading> chapters = headings.stream().filter(h -> h.level() == 1).toList();
        for (int i = 0; i < chapters.size(); i++) {
            assertTrue(chapters.get(i).text().startsWith((i + 1) + ". "), chapters.get(i).text());
        }
        assertTrue(headings.stream().filter(h -> h.level() == 2).count() > 30);
        assertEquals(headings.size(), headings.stream().map(Heading::id).distinct().count(), "unique ids");
        assertEquals(annex.select("[id]").size(), annex.select("[id]").eachAttr("id").stream().distinct().count(),
                "every id in the annex is unique");
    }

    @Test
    void thresholdsOfAnotherPresetChangeTheTextAndTheGroups() {
        EditionPreset p = latest.preset();
        List<Threshold> stricter = List.of(new Threshold(Group.VERY_HIGH, 0.8, 1), new Threshold(Group.HIGH, 0.55, 0.8),
                new Threshold(Group.MIDDLE, 0.3, 0.55), new Threshold(Group.LOW, 0, 0.3));
        EditionPreset changed = new EditionPreset(p.id(), p.family(), p.year(), p.title(), p.kind(), p.decimals(),
                p.epiDecimals(), p.egdiTolerance(), p.rankRule(), p.ratingClasses(), stricter, p.indices(), p.notes());
        EditionScores scores = Scoring.importEdition(Fixture.PROJECT.survey(),
                Fixture.PROJECT.survey().requireEdition(p.year()), changed);
        Document doc = Fixture.html(new AnnexBuilder(Fixture.TEMPLATES).build(Fixture.PROJECT,
                new SurveyScores(List.of(scores)), Map.of(), Fixture.STAMP));
        assertEquals("0.8 ≤ EGDI ≤ 1", doc.getElementById("table-thresholds-0").select("tbody tr td").get(0).text());
        var groups = doc.getElementById("groups-" + p.year()).select("tbody tr");
        assertEquals("0.55 ≤ EGDI < 0.8", groups.get(1).child(1).text());
        assertEquals(String.valueOf(scores.groupCounts().get(Group.VERY_HIGH)), groups.get(0).child(2).text());
        assertNotEquals(latest.groupCounts().get(Group.VERY_HIGH), scores.groupCounts().get(Group.VERY_HIGH));
    }

    @Test
    void changingAWeightInThePresetChangesTheNumbersAndTheAnnex() {
        EditionPreset official = Presets.forEdition(2024);
        EditionPreset changed = official
                .withComponentWeights(Map.of(IndexName.OSI, 0.5, IndexName.TII, 0.25, IndexName.HCI, 0.25))
                .withIndicatorWeights("HCI", Map.of("adult_literacy", 0.5));
        Map<String, Map<String, Double>> indicators = syntheticIndicators(official, Fixture.PROJECT.survey().countries());
        EditionScores before = Scoring.compute(official, Fixture.PROJECT.survey().countries(), indicators);
        EditionScores after = Scoring.compute(changed, Fixture.PROJECT.survey().countries(), indicators);
        CountryScore first = before.countries().get(0);
        assertNotEquals(Fixture.score(first.egdi(), 5), Fixture.score(after.require(first.iso3()).egdi(), 5),
                "the numbers change");

        Document a = Fixture.html(new AnnexBuilder(Fixture.TEMPLATES).build(Fixture.PROJECT,
                new SurveyScores(List.of(before)), Map.of(), Fixture.STAMP));
        Document b = Fixture.html(new AnnexBuilder(Fixture.TEMPLATES).build(Fixture.PROJECT,
                new SurveyScores(List.of(after)), Map.of(), Fixture.STAMP));
        assertEquals("EGDI(c) = 1/3 · OSI(c) + 1/3 · TII(c) + 1/3 · HCI(c)",
                a.selectFirst("h1#egdi ~ div.annex-formula").text());
        assertEquals("EGDI(c) = 0.5 · OSI(c) + 0.25 · TII(c) + 0.25 · HCI(c)",
                b.selectFirst("h1#egdi ~ div.annex-formula").text());
        assertEquals("1/3", a.getElementById("table-hci-2024").select("tbody tr").get(0).child(3).text());
        assertEquals("0.5", b.getElementById("table-hci-2024").select("tbody tr").get(0).child(3).text());
        assertTrue(b.getElementById("table-hci-2024").text().contains("2/9"), "the other weights stay as written");
        String hciFormula = b.selectFirst("#index-hci-2024 + div.annex-keep div.annex-formula").text();
        assertTrue(hciFormula.startsWith("HCIraw(c) = (0.5 · y1(c) + 2/9 · y2(c) + 2/9 · y3(c) + 2/9 · y4(c))"
                + " / (0.5 + 2/9 + 2/9 + 2/9)"), hciFormula);
        assertEquals("0.4286", b.getElementById("table-hci-2024").select("tbody tr").get(0).child(4).text(),
                "the share of 0.5 among 0.5, 2/9, 2/9, 2/9");

        for (EditionScores s : List.of(before, after)) {
            Document doc = s == before ? a : b;
            var rows = doc.getElementById("countries-2024").select("tbody tr");
            assertEquals(s.countries().size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                CountryScore c = s.countries().get(i);
                assertEquals(c.country().name(), rows.get(i).child(1).text());
                assertEquals(Fixture.score(c.egdi(), 5), rows.get(i).child(3).text(), c.iso3());
            }
        }
        assertTrue(b.select("h1#egdi ~ p").eachText().stream().noneMatch(p -> p.contains("simple mean")),
                "unequal weights are no simple mean");
        assertTrue(b.getElementById("egdi-comparison").text().contains("0.5"));
        assertFalse(a.getElementById("egdi-comparison").text().contains("0.5"));
    }

    /** Made-up indicator values for every country, the same on every run: arithmetic, not UN data. */
    static Map<String, Map<String, Double>> syntheticIndicators(EditionPreset preset, List<Country> countries) {
        List<String> ids = new ArrayList<>();
        for (IndexName n : List.of(IndexName.EGDI, IndexName.EPI)) {
            preset.requireIndex(n).indicators().forEach(i -> ids.add(i.id()));
        }
        Random random = new Random(2021);
        Map<String, Map<String, Double>> out = new TreeMap<>();
        for (Country c : countries) {
            Map<String, Double> values = new HashMap<>();
            for (String id : ids) {
                values.put(id, 1 + Math.floor(random.nextDouble() * 9900) / 100);
            }
            out.put(c.iso3(), values);
        }
        return out;
    }
}
