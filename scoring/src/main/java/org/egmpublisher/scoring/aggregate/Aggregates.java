package org.egmpublisher.scoring.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.egmpublisher.scoring.CountryScore;

/** Computes the aggregates of one edition. */
public final class Aggregates {

    private Aggregates() {
    }

    /** World, then regions, sub-regions, income groups and LDC/LLDC/SIDS, each in name order. */
    public static List<Aggregate> of(List<CountryScore> scores) {
        List<Aggregate> out = new ArrayList<>();
        out.add(mean(Aggregate.Kind.WORLD, "World", scores));
        out.addAll(by(Aggregate.Kind.REGION, scores, s -> s.country().region()));
        out.addAll(by(Aggregate.Kind.SUB_REGION, scores, s -> s.country().subRegion()));
        out.addAll(by(Aggregate.Kind.INCOME_GROUP, scores, s -> s.country().incomeGroup()));
        for (String special : List.of("LDC", "LLDC", "SIDS")) {
            List<CountryScore> members = scores.stream().filter(s -> switch (special) {
                case "LDC" -> s.country().ldc();
                case "LLDC" -> s.country().lldc();
                default -> s.country().sids();
            }).toList();
            if (!members.isEmpty()) {
                out.add(mean(Aggregate.Kind.SPECIAL, special, members));
            }
        }
        return List.copyOf(out);
    }

    private static List<Aggregate> by(Aggregate.Kind kind, List<CountryScore> scores, Function<CountryScore, String> key) {
        Map<String, List<CountryScore>> groups = new TreeMap<>();
        for (CountryScore s : scores) {
            String k = key.apply(s);
            if (!k.isEmpty()) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
            }
        }
        List<Aggregate> out = new ArrayList<>();
        groups.forEach((name, members) -> out.add(mean(kind, name, members)));
        return out;
    }

    public static Aggregate mean(Aggregate.Kind kind, String name, List<CountryScore> members) {
        double egdi = 0, osi = 0, tii = 0, hci = 0, epi = 0;
        for (CountryScore s : members) {
            egdi += s.egdi();
            osi += s.osi();
            tii += s.tii();
            hci += s.hci();
            epi += s.epi();
        }
        int n = members.size();
        return new Aggregate(kind, name, n, egdi / n, osi / n, tii / n, hci / n, epi / n);
    }
}
