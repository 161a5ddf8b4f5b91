package org.egmpublisher.scoring.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The smoke tests of METHODOLOGY.md §16.1 on the published EGDI, for both candidate rules of
 * §6.2: both pass, so the default (PERCENTILE_INC_STRICT_GT) rests on §6.2's reading, and the
 * rules differ only for a handful of countries per edition.
 */
class RatingClassStrategyTest {

    /** The 15 leaders of the 2022 press release (S15): the top quarter of the Very High group. */
    private static final Set<String> VH_2022 = Set.of("DNK", "FIN", "KOR", "NZL", "SWE", "ISL", "AUS", "EST", "NLD",
            "USA", "GBR", "SGP", "ARE", "JPN", "MLT");

    /** The 14 leaders of the 2020 press list (T5), ending with Japan at 0.8989. */
    private static final Set<String> VH_2020 = Set.of("DNK", "KOR", "EST", "FIN", "AUS", "SWE", "GBR", "NZL", "USA",
            "NLD", "SGP", "ISL", "NOR", "JPN");

    @ParameterizedTest
    @EnumSource(RatingClassStrategy.class)
    void the2022VeryHighClassIsTheFifteenLeadersOfTheUnPressRelease(RatingClassStrategy rule) {
        assertEquals(new TreeSet<>(VH_2022), topClass(2022, rule));
    }

    @ParameterizedTest
    @EnumSource(RatingClassStrategy.class)
    void the2020VeryHighClassIsTheFourteenLeadersOfThePressList(RatingClassStrategy rule) {
        assertEquals(new TreeSet<>(VH_2020), topClass(2020, rule));
    }

    @ParameterizedTest
    @EnumSource(RatingClassStrategy.class)
    void togoIsM2In2024(RatingClassStrategy rule) {
        assertEquals(RatingClass.M2, classOf(2024, "TGO", rule));
    }

    @Test
    void percentileIncWithGreaterOrEqualWouldPutFifteenInThe2020TopClassSoItIsNotOffered() {
        double[] vh = groupValues(2020, Group.VERY_HIGH);
        double q3 = RatingClassStrategy.inc(sorted(vh), 0.75);
        assertEquals(0.8914, q3, 1e-12);
        assertEquals(15, Arrays.stream(vh).filter(v -> v >= q3).count());
        assertEquals(14, Arrays.stream(vh).filter(v -> v > q3).count());
    }

    @Test
    void theTwoRulesDisagreeOnlyForAFewCountriesOnBoundaries() {
        assertEquals(4, disagreements(2018));
        assertEquals(6, disagreements(2020));
        assertEquals(7, disagreements(2022));
        assertEquals(4, disagreements(2024));
    }

    @Test
    void quartilesFollowExcelsPercentileIncAndExc() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8};
        assertArrayEquals(new double[] {2.75, 4.5, 6.25}, RatingClassStrategy.PERCENTILE_INC_STRICT_GT.boundaries(v), 1e-12);
        assertArrayEquals(new double[] {2.25, 4.5, 6.75}, RatingClassStrategy.PERCENTILE_EXC_GE.boundaries(v), 1e-12);
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 3, 4, 4}, RatingClassStrategy.PERCENTILE_INC_STRICT_GT.quartiles(v));
        assertEquals(4, RatingClassStrategy.PERCENTILE_EXC_GE.quartile(6.75, v));
        assertEquals(3, RatingClassStrategy.PERCENTILE_INC_STRICT_GT.quartile(6.25, v));
    }

    @Test
    void theDefaultOfEveryPresetIsPercentileIncStrictlyGreater() {
        for (EditionScores e : Fixtures.scores().editions()) {
            assertEquals(RatingClassStrategy.PERCENTILE_INC_STRICT_GT, e.preset().ratingClassStrategy());
        }
        assertEquals(RatingClassStrategy.PERCENTILE_EXC_GE, RatingClassStrategy.fromCode("percentile-exc-ge"));
    }

    private static Set<String> topClass(int year, RatingClassStrategy rule) {
        double[] vh = groupValues(year, Group.VERY_HIGH);
        return Fixtures.scores().require(year).countries().stream()
                .filter(c -> c.group() == Group.VERY_HIGH && rule.quartile(c.egdi(), vh) == 4)
                .map(CountryScore::iso3).collect(Collectors.toCollection(TreeSet::new));
    }

    private static RatingClass classOf(int year, String iso3, RatingClassStrategy rule) {
        CountryScore c = Fixtures.scores().require(year).require(iso3);
        return RatingClass.of(c.group(), rule.quartile(c.egdi(), groupValues(year, c.group())));
    }

    private static long disagreements(int year) {
        return Fixtures.scores().require(year).countries().stream().filter(c -> {
            double[] g = groupValues(year, c.group());
            return RatingClassStrategy.PERCENTILE_INC_STRICT_GT.quartile(c.egdi(), g)
                    != RatingClassStrategy.PERCENTILE_EXC_GE.quartile(c.egdi(), g);
        }).count();
    }

    private static double[] groupValues(int year, Group group) {
        return Fixtures.scores().require(year).countries().stream().filter(c -> c.group() == group)
                .mapToDouble(CountryScore::egdi).toArray();
    }

    private static double[] sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }
}
