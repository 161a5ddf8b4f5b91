package org.egmpublisher.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.Scoring;
import org.egmpublisher.scoring.SurveyScores;
import org.egmpublisher.scoring.aggregate.Aggregate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code egm score}: one edition's scores as a table, CSV or JSON, per country or per group. */
@Command(name = "score", description = "Print an edition's scores: one row per country, or per group with --by.")
final class ScoreCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, csv, json }

    /** Groupings for --by. */
    enum By { region, sub_region, income_group }

    @Mixin
    ProjectOptions options;

    @Option(names = "--edition", required = true, paramLabel = "YEAR", description = "The Survey edition, e.g. 2024.")
    int edition;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--by", paramLabel = "GROUPING", description = "region, sub_region or income_group: one row per group, with World.")
    Optional<By> by;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var loaded = options.load(err);
        if (loaded.isEmpty()) {
            return Egm.INPUT_PROBLEMS;
        }
        var project = loaded.get();
        SurveyScores scores = Scoring.score(project.survey(), project.publication());
        Optional<EditionScores> e = scores.find(edition);
        if (e.isEmpty()) {
            err.println("egm score: no edition " + edition + "; known: "
                    + scores.editions().stream().map(EditionScores::year).toList());
            return Egm.USAGE;
        }
        Table table = by.map(b -> groups(e.get(), b)).orElseGet(() -> countries(e.get()));
        switch (format) {
            case csv -> table.csv(out);
            case json -> table.json(out);
            case table -> table.text(out);
        }
        out.flush();
        return Egm.OK;
    }

    static Table countries(EditionScores e) {
        int dp = e.decimals();
        int epiDp = e.preset().epiDecimals();
        boolean intervals = e.uncertainty().isPresent();
        List<String> header = new ArrayList<>(List.of("iso3", "country", "edition", "egdi", "osi", "tii", "hci", "epi",
                "rank", "group", "rating_class", "region"));
        if (intervals) {
            header.addAll(List.of("rank_p05", "rank_median", "rank_p95"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (CountryScore c : e.countries()) {
            List<String> row = new ArrayList<>(List.of(c.iso3(), c.country().name(), String.valueOf(e.year()),
                    num(c.egdi(), dp), num(c.osi(), dp), num(c.tii(), dp), num(c.hci(), dp), num(c.epi(), epiDp),
                    String.valueOf(c.rank()), c.group().label(), c.ratingClass().name(), c.country().region()));
            if (intervals) {
                var r = e.interval(c.iso3()).orElseThrow();
                row.addAll(List.of(String.valueOf(r.p05()), String.valueOf(r.median()), String.valueOf(r.p95())));
            }
            rows.add(row);
        }
        return new Table(header, rows, List.of(3, 4, 5, 6, 7, 8, 12, 13, 14));
    }

    static Table groups(EditionScores e, By by) {
        int dp = e.decimals();
        Aggregate.Kind kind = switch (by) {
            case region -> Aggregate.Kind.REGION;
            case sub_region -> Aggregate.Kind.SUB_REGION;
            case income_group -> Aggregate.Kind.INCOME_GROUP;
        };
        List<Aggregate> list = new ArrayList<>(e.aggregates(kind));
        list.addAll(e.aggregates(Aggregate.Kind.WORLD));
        List<List<String>> rows = list.stream().map(a -> List.of(a.name(), String.valueOf(a.countries()),
                num(a.egdi(), dp), num(a.osi(), dp), num(a.tii(), dp), num(a.hci(), dp), num(a.epi(), e.preset().epiDecimals())))
                .toList();
        return new Table(List.of("group", "countries", "egdi", "osi", "tii", "hci", "epi"), rows, List.of(1, 2, 3, 4, 5, 6));
    }

    static String num(double v, int dp) {
        return String.format(Locale.ROOT, "%." + dp + "f", v);
    }
}
