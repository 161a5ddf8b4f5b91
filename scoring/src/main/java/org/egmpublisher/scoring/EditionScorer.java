package org.egmpublisher.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.scoring.aggregate.Aggregates;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClass;
import org.egmpublisher.scoring.preset.EditionPreset;
import org.egmpublisher.scoring.rank.Ranking;
import org.egmpublisher.scoring.uncertainty.UncertaintyOutcome;

/**
 * The steps shared by imported and computed editions once each country has its index values:
 * ranks under the preset's tie rule, groups on the value at published precision, rating classes
 * within each group, change since the previous edition, aggregates.
 */
final class EditionScorer {

    /**
     * One country's values. {@code rankValue} is what it is ranked on (the published EGDI, or the
     * component mean where the preset says so); {@code tiebreak} orders exact ties, lower first.
     */
    record Row(Country country, double egdi, double osi, double tii, double hci, double epi, double rankValue,
               int tiebreak, String source) {
    }

    private EditionScorer() {
    }

    static EditionScores build(EditionPreset preset, ScoreMode mode, List<Row> rows, Map<String, CountryScore> previous,
                               List<String> findings) {
        int n = rows.size();
        double[] rankValues = new double[n];
        int[] tiebreaks = new int[n];
        for (int i = 0; i < n; i++) {
            rankValues[i] = rows.get(i).rankValue();
            tiebreaks[i] = rows.get(i).tiebreak();
        }
        int[] ranks = Ranking.rank(rankValues, preset.tieRule(), preset.decimals(), tiebreaks);
        Group[] groups = new Group[n];
        double[] rounded = new double[n];
        for (int i = 0; i < n; i++) {
            rounded[i] = Ranking.round(rows.get(i).egdi(), preset.decimals());
            groups[i] = preset.groupOf(rounded[i]);
        }
        int[] quartiles = new int[n];
        for (Group g : Group.values()) {
            int[] members = java.util.stream.IntStream.range(0, n).filter(i -> groups[i] == g).toArray();
            double[] values = new double[members.length];
            for (int j = 0; j < members.length; j++) {
                values[j] = rounded[members[j]];
            }
            int[] q = preset.ratingClassStrategy().quartiles(values);
            for (int j = 0; j < members.length; j++) {
                quartiles[members[j]] = q[j];
            }
        }
        List<CountryScore> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            CountryScore prev = previous.get(r.country().iso3());
            scores.add(new CountryScore(r.country(), preset.year(), r.egdi(), r.osi(), r.tii(), r.hci(), r.epi(),
                    ranks[i], groups[i], RatingClass.of(groups[i], quartiles[i]), prev == null ? 0 : prev.rank(),
                    prev == null ? Double.NaN : prev.egdi(), r.source()));
        }
        scores.sort(Comparator.comparingInt(CountryScore::rank).thenComparing(s -> s.country().name()));
        return new EditionScores(preset.year(), preset.decimals(), scores, Aggregates.of(scores), findings, preset, mode,
                new UncertaintyOutcome.NotRun("no uncertainty analysis was requested"), List.of());
    }
}
