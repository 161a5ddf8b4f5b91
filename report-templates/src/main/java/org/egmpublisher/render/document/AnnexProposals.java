package org.egmpublisher.render.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.meeting.Meeting;
import org.egmpublisher.model.meeting.Recommendation;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.SurveyScores;
import org.egmpublisher.scoring.preset.Composite;
import org.egmpublisher.scoring.scenario.ScenarioResult;
import org.egmpublisher.scoring.scenario.ScenarioRow;
import org.egmpublisher.scoring.uncertainty.RankUncertainty;
import org.egmpublisher.scoring.uncertainty.Sensitivity;
import org.egmpublisher.scoring.uncertainty.UncertaintyOutcome;

/**
 * The meeting's methodology proposals (the scenarios of {@code publication.yaml}) with the
 * recommendations they answer and their effect on ranks, and the sensitivity of the ranks to the
 * methodology's uncertain choices.
 */
final class AnnexProposals {

    /** How many of a scenario's largest movers its table lists (a presentation choice). */
    static final int MOVERS_LISTED = 10;

    /** A component's weight under the scenario and under the official method of its edition. */
    public record ScenarioWeight(String component, String proposed, String share, String official) {
    }

    /** A recommendation a scenario answers, quoted; {@code found} is false for an id the meeting lacks. */
    public record RecQuote(String id, boolean found, String text, String source) {
    }

    /** A country whose rank the scenario moves. */
    public record Mover(String name, int officialRank, int scenarioRank, String shift, String officialEgdi,
                        String value) {
    }

    /** One scenario as the annex prints it. */
    public record ScenarioView(String id, String title, String description, int edition, String aggregation,
                        List<ScenarioWeight> weights, List<RecQuote> recommendations, int countries, int changedRanks,
                        String meanShift, List<Mover> movers, boolean figure) {
    }

    /** How much one choice of the uncertainty analysis moves the ranks. */
    public record SensitivityRow(String choice, String alternatives, String meanShift, int maxShift,
                                 String classChanges, int evaluations) {
    }

    /**
     * The uncertainty analysis of the latest edition, or why there is none ({@code run} false).
     *
     * @param weightSpread how far each component weight may move, as a percentage of it
     */
    public record UncertaintyView(boolean run, String reason, int year, int draws, long seed, String weightSpread,
                           List<SensitivityRow> sensitivity, String mostInfluential, String containing) {
    }

    private AnnexProposals() {
    }

    static List<ScenarioView> scenarios(Meeting meeting, SurveyScores scores, Map<String, DocumentFigure> figures) {
        List<ScenarioView> out = new ArrayList<>();
        for (ScenarioResult s : scores.scenarios()) {
            EditionScores edition = scores.require(s.edition());
            List<RecQuote> recs = s.spec().recommendations().stream().map(id -> quote(meeting, id)).toList();
            List<Mover> movers = s.largestMovers(MOVERS_LISTED).stream().map(r -> mover(r, edition.decimals()))
                    .toList();
            out.add(new ScenarioView(s.id(), s.spec().title(), s.spec().description(), s.edition(),
                    s.aggregation().code(), weights(s, edition), recs, s.rows().size(), s.changedRanks(),
                    Formats.decimal(s.meanAbsoluteShift(), 1), movers, figures.containsKey("scenario-" + s.id())));
        }
        return out;
    }

    private static List<ScenarioWeight> weights(ScenarioResult s, EditionScores edition) {
        Optional<Composite> egdi = edition.preset().egdi();
        List<ScenarioWeight> out = new ArrayList<>();
        for (IndexName c : List.of(IndexName.OSI, IndexName.TII, IndexName.HCI, IndexName.EPI)) {
            Double proposed = s.spec().weights().get(c);
            String official = egdi.flatMap(e -> e.children().stream().filter(n -> n.id().equals(c.name())).findFirst())
                    .map(n -> n.weight().text()).orElse("\u2014");
            if (proposed == null && official.equals("\u2014")) {
                continue;
            }
            out.add(new ScenarioWeight(c.name(), proposed == null ? "\u2014" : AnnexMethod.plain(proposed),
                    Formats.decimal(s.weights().getOrDefault(c, 0.0), AnnexMethod.SHARE_DECIMALS), official));
        }
        return out;
    }

    private static RecQuote quote(Meeting meeting, String id) {
        Optional<Recommendation> r = meeting.recommendations().stream().filter(x -> x.id().equals(id)).findFirst();
        return r.map(x -> {
            ReportBuilder.RecView v = ReportBuilder.rec(meeting, x);
            return new RecQuote(id, true, x.text(), v.session() + ", " + v.group() + (v.question().isEmpty() ? ""
                    : ", " + v.question()) + "; " + v.area() + "; " + v.index() + "; supported by " + v.support());
        }).orElseGet(() -> new RecQuote(id, false, "", ""));
    }

    private static Mover mover(ScenarioRow r, int dp) {
        return new Mover(r.country().name(), r.officialRank(), r.scenarioRank(), Formats.signed(r.shift()),
                Formats.decimal(r.officialEgdi(), dp), Formats.decimal(r.scenarioValue(), dp));
    }

    static UncertaintyView uncertainty(EditionScores latest) {
        return switch (latest.uncertaintyOutcome()) {
            case UncertaintyOutcome.NotRun n -> new UncertaintyView(false, n.reason(), latest.year(), 0, 0, "",
                    List.of(), "", "");
            case RankUncertainty u -> new UncertaintyView(true, "", u.year(), u.spec().draws(), u.spec().seed(),
                    percent(u.spec().weightSpread()),
                    u.sensitivity().stream().map(AnnexProposals::sensitivity).toList(), u.mostInfluential().label(),
                    Formats.decimal(100 * u.shareContainingOfficialRank(), 1) + "%");
        };
    }

    private static SensitivityRow sensitivity(Sensitivity s) {
        return new SensitivityRow(s.choice().label(), s.choice().alternatives(),
                Formats.decimal(s.meanAbsoluteRankShift(), 2), s.maxRankShift(),
                Formats.decimal(100 * s.classChangeShare(), 1) + "%", s.evaluations());
    }

    /** A share as a percentage written as exactly as given: 0.25 → {@code 25%}, 0.125 → {@code 12.5%}. */
    private static String percent(double share) {
        return new BigDecimal(String.valueOf(share)).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
