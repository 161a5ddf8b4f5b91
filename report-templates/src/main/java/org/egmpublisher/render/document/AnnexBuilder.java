package org.egmpublisher.render.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.Project;
import org.egmpublisher.render.html.Templates;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.ScoreMode;
import org.egmpublisher.scoring.SurveyScores;
import org.egmpublisher.scoring.aggregate.Aggregate;
import org.egmpublisher.scoring.preset.EditionPreset;

/**
 * Builds the methodology annex from the scores and the presets they were computed with, so that
 * the published method and the published numbers cannot drift apart: the method of the EGDI and
 * of each index per edition (AnnexMethod), the rules shared by all indices (AnnexRules), the
 * meeting's proposals and the sensitivity of the ranks (AnnexProposals), and the statistical
 * tables of the latest edition (AnnexTables), stamped with the preset, the input fingerprint
 * and the tool version.
 *
 * <p>The view records are public because FreeMarker reads them reflectively; the classes that
 * build them are package-private.
 */
public final class AnnexBuilder {

    /** How many import findings the annex lists before saying how many more there are. */
    static final int FINDINGS_LISTED = 25;

    /**
     * A row of the country table, formatted as {@code egm score} prints it: EGDI, OSI, TII and HCI
     * at the edition's precision, the EPI at the preset's EPI precision.
     *
     * @param rankChange places gained since the previous edition, signed, or an en dash
     * @param rankInterval the 5th–95th percentile of the rank in the uncertainty analysis, or an en dash
     */
    public record CountryRow(String iso3, String slug, String name, String region, String egdi, int rank,
                             String group, String ratingClass, String osi, String tii, String hci, String epi,
                             String rankChange, String rankInterval) {
    }

    /** The stamp as the annex prints it, on its front matter and at its statistical tables. */
    public record StampView(String presetId, String presetTitle, String family, String fingerprint,
                     List<AnnexStamp.InputFile> files, String toolVersion) {
    }

    private final Templates templates;

    public AnnexBuilder(Templates templates) {
        this.templates = templates;
    }

    /**
     * All the annex reads of the meeting: its language, and the recommendations its proposals
     * quote (with the proposals around them). An annex built again with an equal part is the same.
     */
    public record MeetingPart(String language, List<AnnexProposals.ScenarioView> scenarios) {
    }

    /** The part of {@code project}'s meeting the annex reads; see {@link MeetingPart}. */
    public static MeetingPart meetingPart(Project project, SurveyScores scores, Map<String, DocumentFigure> figures) {
        return new MeetingPart(project.meeting().language(), AnnexProposals.scenarios(project.meeting(), scores,
                figures));
    }

    public DocumentContent build(Project project, SurveyScores scores, Map<String, DocumentFigure> figures,
                                 AnnexStamp stamp) {
        EditionScores latest = scores.latest();
        List<EditionScores> editions = scores.editions();
        EditionPreset preset = latest.preset();
        StampView stampView = new StampView(preset.id(), preset.title(), preset.family(), stamp.fingerprint(),
                stamp.files(), stamp.toolVersion());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("stamp", stampView);
        model.put("year", latest.year());
        model.put("imported", latest.mode() == ScoreMode.IMPORTED);
        model.put("decimals", latest.decimals());
        model.put("epiDecimals", preset.epiDecimals());
        model.put("previousYear", editions.size() > 1 ? editions.get(editions.size() - 2).year() : 0);
        model.put("editionSpan", AnnexRules.span(editions.stream().map(EditionScores::year).toList(), editions));
        model.put("methodSpan", AnnexRules.span(AnnexMethod.methodEditions(editions).stream().map(EditionScores::year)
                .toList(), editions));
        // The method, from the presets.
        model.put("presets", AnnexRules.presets(editions));
        model.put("egdi", AnnexMethod.chapter(IndexName.EGDI, editions).stream().toList());
        List<AnnexMethod.IndexChapter> indices = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        for (IndexName name : IndexName.values()) {
            if (name != IndexName.EGDI) {
                AnnexMethod.chapter(name, editions).ifPresentOrElse(indices::add, () -> undescribed.add(name.name()));
            }
        }
        model.put("indices", indices);
        model.put("undescribed", undescribed);
        model.put("normalisations", AnnexMethod.normalisationsUsed(editions));
        model.put("aggregations", List.copyOf(AnnexMethod.aggregationsUsed(editions)));
        model.put("caps", AnnexMethod.caps(editions));
        model.put("thresholds", AnnexRules.thresholds(editions));
        model.put("ratingRules", AnnexRules.ratingRules(editions));
        model.put("classNames", AnnexRules.classes(latest));
        model.put("rankRules", AnnexRules.rankRules(editions));
        model.put("missing", AnnexRules.missing(editions));
        model.put("notes", AnnexRules.notes(editions));
        List<String> findings = latest.findings();
        model.put("findings", findings.subList(0, Math.min(FINDINGS_LISTED, findings.size())));
        model.put("findingsMore", Math.max(0, findings.size() - FINDINGS_LISTED));
        // The meeting's proposals and the uncertainty analysis.
        model.put("scenarios", AnnexProposals.scenarios(project.meeting(), scores, figures));
        model.put("uncertainty", AnnexProposals.uncertainty(latest));
        // The statistical tables of the latest edition.
        model.put("countries", rows(latest));
        model.put("intervals", latest.uncertainty().isPresent());
        model.put("world", AnnexTables.aggregates(latest, Aggregate.Kind.WORLD));
        model.put("regions", AnnexTables.aggregates(latest, Aggregate.Kind.REGION));
        model.put("subRegions", AnnexTables.aggregates(latest, Aggregate.Kind.SUB_REGION));
        model.put("incomeGroups", AnnexTables.aggregates(latest, Aggregate.Kind.INCOME_GROUP));
        model.put("special", AnnexTables.aggregates(latest, Aggregate.Kind.SPECIAL));
        model.put("groupCounts", AnnexTables.groups(latest));
        model.put("classCounts", AnnexTables.classes(latest));
        model.put("groupLabels", AnnexTables.groupLabels());
        model.put("regionGroups", AnnexTables.regionGroups(latest));
        model.put("top", AnnexTables.top(latest));
        model.put("topN", AnnexTables.TOP_PER_REGION);
        model.put("figures", figures);
        String body = templates.render("annex-body.ftlx", model);
        String how = latest.mode() == ScoreMode.IMPORTED ? "as published" : "as computed with preset " + preset.id();
        return DocumentContent.of("methodology-annex", "Methodology annex and statistical tables",
                "E-Government Survey " + latest.year() + ", " + how + ", with the method behind each index",
                project.meeting().language(), "Methodology annex \u2014 E-Government Survey " + latest.year(),
                frontMatter(stampView), body, figures);
    }

    /** The stamp as the front matter's paragraphs. */
    private static List<String> frontMatter(StampView s) {
        return List.of("Methodology preset: " + s.presetId() + " (" + s.presetTitle() + "), of the preset family "
                        + s.family() + ".",
                "Input data fingerprint: SHA-256 " + s.fingerprint() + ", over " + s.files().size()
                        + " input files (listed in chapter 1).",
                "Built by EGM Publisher " + s.toolVersion() + ".");
    }

    /** The country table of an edition, in rank order; also the site's rankings. */
    public static List<CountryRow> rows(EditionScores e) {
        return e.countries().stream().map(c -> row(e, c)).toList();
    }

    static CountryRow row(EditionScores e, CountryScore c) {
        int dp = e.decimals();
        int epiDp = e.preset().epiDecimals();
        String interval = e.interval(c.iso3()).map(r -> r.p05() == r.p95() ? String.valueOf(r.p05())
                : r.p05() + "\u2013" + r.p95()).orElse("\u2013");
        return new CountryRow(c.iso3(), c.country().slug(), c.country().name(), c.country().region(),
                Formats.decimal(c.egdi(), dp), c.rank(), c.group().label(), c.ratingClass().name(),
                Formats.decimal(c.osi(), dp), Formats.decimal(c.tii(), dp), Formats.decimal(c.hci(), dp),
                Formats.decimal(c.epi(), epiDp), c.hasPrevious() ? Formats.signed(c.rankChange()) : "\u2013", interval);
    }
}
