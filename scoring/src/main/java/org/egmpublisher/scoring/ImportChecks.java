package org.egmpublisher.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.survey.CountryResult;
import org.egmpublisher.model.survey.Survey;
import org.egmpublisher.scoring.normalise.Normalisation;
import org.egmpublisher.scoring.preset.Composite;
import org.egmpublisher.scoring.preset.EditionPreset;

/**
 * The checks an imported edition gets from its preset (METHODOLOGY.md §16.1): the EGDI is the
 * weighted mean of its published components within the edition's tolerance; indices published as
 * points out of N are whole numbers of points within rounding; min-max indices have a country at
 * 0 and one at 1. Each failure is a finding that names the country, its {@code file:line} and the
 * gap, so the reader can go to the row.
 */
final class ImportChecks {

    private ImportChecks() {
    }

    static List<String> check(EditionPreset preset, Survey survey, List<CountryResult> results) {
        List<String> findings = new ArrayList<>();
        if (!preset.hasMethod()) {
            return findings;
        }
        Composite egdi = preset.requireIndex(IndexName.EGDI);
        double[] weights = egdi.normalisedWeights();
        for (CountryResult r : results) {
            double mean = componentMean(egdi, weights, r);
            double gap = Math.abs(r.egdi() - mean);
            if (gap > preset.egdiTolerance()) {
                findings.add(String.format(Locale.ROOT, "EGDI %d: %s (%s:%d) publishes %s but the mean of OSI, TII and"
                        + " HCI is %.6f; gap %.1e exceeds the tolerance %.0e", preset.year(), name(survey, r), r.file(),
                        r.line(), plain(r.egdi()), mean, gap, preset.egdiTolerance()));
            }
        }
        for (IndexName index : List.of(IndexName.OSI, IndexName.TII, IndexName.HCI, IndexName.EPI)) {
            Composite c = preset.requireIndex(index);
            int decimals = index == IndexName.EPI ? preset.epiDecimals() : preset.decimals();
            if (c.countsPoints()) {
                points(preset, survey, results, index, c.pointsDenominator(), decimals, findings);
            }
            if (c.normalisation() instanceof Normalisation.MinMax) {
                endpoints(preset, results, index, findings);
            }
        }
        return findings;
    }

    /** The EGDI the preset's formula gives from the published components. */
    static double componentMean(Composite egdi, double[] weights, CountryResult r) {
        return egdi.aggregation().combine(new double[] {r.osi(), r.tii(), r.hci()}, weights);
    }

    private static void points(EditionPreset preset, Survey survey, List<CountryResult> results, IndexName index,
                               int denominator, int decimals, List<String> findings) {
        double tolerance = denominator * 0.5 * Math.pow(10, -decimals) * (1 + 1e-9);
        for (CountryResult r : results) {
            double points = r.value(index) * denominator;
            double gap = Math.abs(points - Math.rint(points));
            if (gap > tolerance) {
                findings.add(String.format(Locale.ROOT, "%s %d: %s (%s:%d) publishes %s, which is %.4f points of %d,"
                        + " not a whole number within rounding (gap %.4f, allowed %.4f)", index, preset.year(),
                        name(survey, r), r.file(), r.line(), plain(r.value(index)), points, denominator, gap, tolerance));
            }
        }
    }

    private static void endpoints(EditionPreset preset, List<CountryResult> results, IndexName index,
                                  List<String> findings) {
        double min = results.stream().mapToDouble(r -> r.value(index)).min().orElse(0);
        double max = results.stream().mapToDouble(r -> r.value(index)).max().orElse(1);
        if (min != 0 || max != 1) {
            findings.add(String.format(Locale.ROOT, "%s %d: published values run from %s to %s, but a min-max index has"
                    + " a country at 0 and one at 1", index, preset.year(), plain(min), plain(max)));
        }
    }

    private static String name(Survey survey, CountryResult r) {
        return survey.findCountry(r.iso3()).map(c -> c.name()).orElse(r.iso3());
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
