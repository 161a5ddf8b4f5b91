package org.egmpublisher.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egmpublisher.model.survey.CountryResult;
import org.egmpublisher.model.survey.Edition;
import org.egmpublisher.model.survey.Survey;
import org.egmpublisher.scoring.aggregate.Aggregates;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClass;
import org.egmpublisher.scoring.group.RatingClassStrategy;
import org.egmpublisher.scoring.rank.Ranking;
import org.egmpublisher.scoring.rank.TieRule;

/** The front door of the engine: scores every edition of a survey in import mode. */
public final class Scoring {

    private Scoring() {
    }

    public static SurveyScores score(Survey survey) {
        List<EditionScores> out = new ArrayList<>();
        Map<String, CountryScore> previous = new HashMap<>();
        for (Edition edition : survey.editions()) {
            EditionScores scores = scoreEdition(survey, edition, previous);
            out.add(scores);
            previous.clear();
            scores.countries().forEach(c -> previous.put(c.iso3(), c));
        }
        return new SurveyScores(out);
    }

    private static EditionScores scoreEdition(Survey survey, Edition edition, Map<String, CountryScore> previous) {
        int decimals = edition.year() == 2024 ? 5 : edition.year() >= 2018 ? 4 : 5;
        TieRule rule = edition.year() == 2020 || edition.year() == 2024 ? TieRule.UNIQUE_BY_FULL_PRECISION
                : TieRule.SHARED_ON_ROUNDED;
        List<CountryResult> results = edition.results().stream().filter(CountryResult::ranked).toList();
        double[] egdi = results.stream().mapToDouble(CountryResult::egdi).toArray();
        int[] published = results.stream().mapToInt(CountryResult::rank).toArray();
        int[] ranks = Ranking.rank(egdi, rule, decimals, published);
        Map<Group, double[]> byGroup = new HashMap<>();
        for (Group g : Group.values()) {
            byGroup.put(g, results.stream().mapToDouble(CountryResult::egdi).filter(v -> Group.of(v) == g).toArray());
        }
        List<CountryScore> scores = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            CountryResult r = results.get(i);
            Group group = Group.of(r.egdi());
            RatingClass cls = RatingClass.of(group,
                    RatingClassStrategy.PERCENTILE_INC_STRICT_GT.quartile(r.egdi(), byGroup.get(group)));
            CountryScore prev = previous.get(r.iso3());
            scores.add(new CountryScore(survey.requireCountry(r.iso3()), edition.year(), r.egdi(), r.osi(), r.tii(),
                    r.hci(), r.epi(), ranks[i], group, cls, prev == null ? 0 : prev.rank(),
                    prev == null ? Double.NaN : prev.egdi(), r.file() + ":" + r.line()));
        }
        scores.sort(Comparator.comparingInt(CountryScore::rank).thenComparing(s -> s.country().name()));
        return new EditionScores(edition.year(), decimals, scores, Aggregates.of(scores), List.of());
    }
}
