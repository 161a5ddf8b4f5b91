package org.egmpublisher.render.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.meeting.Meeting;
import org.egmpublisher.model.meeting.Poll;
import org.egmpublisher.model.meeting.Question;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.render.chart.Charts;
import org.egmpublisher.render.chart.RankInterval;
import org.egmpublisher.render.chart.RankShift;
import org.egmpublisher.render.map.WorldMap;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.SurveyScores;
import org.egmpublisher.scoring.meeting.MeetingAnalysis;
import org.egmpublisher.scoring.meeting.TagCount;
import org.egmpublisher.scoring.scenario.ScenarioResult;

/**
 * Every figure of the publication, built once from the scores and the meeting and shared by the
 * report, the annex and the site (one chart object feeds the SVG and the PDF). Keys:
 * {@code map-egdi}, {@code egdi-by-region}, {@code groups-by-region}, {@code components-scatter},
 * {@code rank-intervals}, {@code scenario-<id>}, {@code country-<ISO3>-history},
 * {@code country-<ISO3>-components}, {@code trends}, {@code poll-<id>}, {@code recs-area-index}.
 */
public final class FigureCatalogue {

    /** How many countries the rank-interval chart shows: the top of the ranking, readable on a page. */
    static final int INTERVALS_SHOWN = 40;
    /** How many of a scenario's largest movers its chart shows. */
    static final int MOVERS_SHOWN = 20;

    private FigureCatalogue() {
    }

    /** Every figure: the Survey's, then the meeting's. */
    public static Map<String, DocumentFigure> build(Project project, SurveyScores scores) {
        Map<String, DocumentFigure> out = survey(project, scores);
        out.putAll(meeting(project));
        return out;
    }

    /** The figures drawn from the scores: the map, the regional and scenario charts, two per country. */
    public static Map<String, DocumentFigure> survey(Project project, SurveyScores scores) {
        Map<String, DocumentFigure> out = new LinkedHashMap<>();
        EditionScores latest = scores.latest();
        put(out, "map-egdi", WorldMap.egdiGroups(latest));
        put(out, "egdi-by-region", Charts.egdiByRegion(latest));
        put(out, "groups-by-region", Charts.groupsByRegion(latest));
        put(out, "components-scatter", Charts.indexScatter(latest));
        latest.uncertainty().ifPresent(u -> put(out, "rank-intervals", Charts.rankIntervals("rank-intervals",
                "Rank intervals of the " + INTERVALS_SHOWN + " highest-ranked countries, " + latest.year(),
                latest.countries().stream().limit(INTERVALS_SHOWN).map(c -> {
                    var r = u.require(c.iso3());
                    return new RankInterval(c.country().name(), r.p05(), r.median(), r.p95(), c.rank());
                }).toList())));
        for (ScenarioResult s : scores.scenarios()) {
            put(out, "scenario-" + s.id(), Charts.rankShifts("scenario-" + s.id(), "Largest rank shifts: " + s.spec().title(),
                    s.spec().title(), s.largestMovers(MOVERS_SHOWN).stream()
                            .map(r -> new RankShift(r.country().name(), r.officialRank(), r.scenarioRank())).toList()));
        }
        for (Country c : project.survey().countries()) {
            var history = scores.history(c.iso3());
            if (!history.isEmpty()) {
                put(out, "country-" + c.iso3() + "-history", Charts.indexHistory(history));
            }
            if (latest.find(c.iso3()).isPresent()) {
                put(out, "country-" + c.iso3() + "-components", Charts.countryComponents(latest, c.iso3()));
            }
        }
        return out;
    }

    /** The id of the figure of a ranked-trends question's topics. */
    public static String trendsFigure(Question q) {
        return "trends-" + q.id();
    }

    /** The ids of the figures of the meeting's ranked-trends questions, in the meeting's order. */
    public static List<String> trendsFigures(Meeting meeting) {
        return QuestionnaireAnalysis.rankedTrends(meeting).stream().map(FigureCatalogue::trendsFigure).toList();
    }

    /** The figures drawn from the meeting: trends, polls, recommendations. */
    public static Map<String, DocumentFigure> meeting(Project project) {
        Map<String, DocumentFigure> out = new LinkedHashMap<>();
        var meeting = project.meeting();
        for (Question q : QuestionnaireAnalysis.rankedTrends(meeting)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (TagCount t : MeetingAnalysis.tags(meeting, q.id())) {
                counts.put(t.label(), t.answers());
            }
            if (!counts.isEmpty()) {
                String id = trendsFigure(q);
                put(out, id, Charts.trendCounts(id, "Trends cited by the experts in answer to question " + q.number()
                        + ", by topic", "answers", counts));
            }
        }
        for (Poll p : meeting.polls()) {
            put(out, "poll-" + p.id(), Charts.pollResults(p));
        }
        if (!meeting.recommendations().isEmpty()) {
            put(out, "recs-area-index", Charts.recommendationCounts(meeting.recommendations()));
        }
        return out;
    }

    private static void put(Map<String, DocumentFigure> out, String key, org.egmpublisher.render.chart.Figure f) {
        out.put(key, DocumentFigure.of(key, f));
    }

}
