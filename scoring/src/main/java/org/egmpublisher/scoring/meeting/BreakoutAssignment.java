package org.egmpublisher.scoring.meeting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.egmpublisher.model.meeting.BreakoutMember;
import org.egmpublisher.model.meeting.Expert;

/**
 * Assigns experts to breakout groups the way the meeting did — at random — but reproducibly from a
 * seed and balanced across region, gender and stakeholder group.
 *
 * <p>Experts are taken in a seeded random order; each goes to the group, among those not yet full,
 * where the fewest members share its region, gender and stakeholder group (ties to the smaller,
 * then the lower-numbered group); then members are swapped between groups while a swap makes the
 * groups more alike (the sum of squared category counts falls). Each group gets a facilitator and a rapporteur drawn from its
 * members, preferring experts who have not facilitated another session.
 */
public final class BreakoutAssignment {

    /** The groups made and how balanced they are. */
    public record Result(List<BreakoutMember> members, List<Balance> balance) {
        public Result {
            members = List.copyOf(members);
            balance = List.copyOf(balance);
        }

        /** The largest difference between two groups in the count of any one region, gender or stakeholder group. */
        public int maxImbalance() {
            int worst = 0;
            for (String dimension : List.of("region", "gender", "stakeholder")) {
                Set<String> values = new java.util.TreeSet<>();
                balance.forEach(b -> values.addAll(b.of(dimension).keySet()));
                for (String v : values) {
                    int min = balance.stream().mapToInt(b -> b.of(dimension).getOrDefault(v, 0)).min().orElse(0);
                    int max = balance.stream().mapToInt(b -> b.of(dimension).getOrDefault(v, 0)).max().orElse(0);
                    worst = Math.max(worst, max - min);
                }
            }
            return worst;
        }
    }

    /** One group's composition. */
    public record Balance(String groupId, int size, Map<String, Integer> regions, Map<String, Integer> genders,
                          Map<String, Integer> stakeholders) {
        Map<String, Integer> of(String dimension) {
            return switch (dimension) {
                case "region" -> regions;
                case "gender" -> genders;
                default -> stakeholders;
            };
        }
    }

    private BreakoutAssignment() {
    }

    /**
     * @param region the region of an expert (from its country)
     * @param facilitatedBefore experts who facilitated another session, chosen last
     */
    public static Result assign(String sessionId, List<Expert> experts, int groups, long seed,
                                Function<Expert, String> region, Set<String> facilitatedBefore) {
        if (groups < 1 || groups > experts.size()) {
            throw new IllegalArgumentException("groups must lie in 1–" + experts.size() + " (the number of experts), got "
                    + groups);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Expert> order = new ArrayList<>(experts);
        order.sort(Comparator.comparing(Expert::id));
        shuffle(order, random);
        int capacity = (experts.size() + groups - 1) / groups;
        List<List<Expert>> made = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            made.add(new ArrayList<>());
        }
        for (Expert e : order) {
            int best = -1;
            int bestCost = Integer.MAX_VALUE;
            for (int g = 0; g < groups; g++) {
                List<Expert> group = made.get(g);
                if (group.size() >= capacity) {
                    continue;
                }
                int cost = 0;
                for (Expert m : group) {
                    cost += region.apply(m).equals(region.apply(e)) ? 3 : 0;
                    cost += m.gender() == e.gender() ? 2 : 0;
                    cost += m.stakeholderGroup() == e.stakeholderGroup() ? 2 : 0;
                }
                cost = cost * 100 + group.size();
                if (cost < bestCost) {
                    bestCost = cost;
                    best = g;
                }
            }
            made.get(best).add(e);
        }
        improveBySwaps(made, region);
        List<BreakoutMember> members = new ArrayList<>();
        List<Balance> balance = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            String groupId = sessionId + "-g" + (g + 1);
            List<Expert> group = made.get(g);
            List<Expert> candidates = new ArrayList<>(group);
            candidates.sort(Comparator.comparing((Expert e) -> facilitatedBefore.contains(e.id())).thenComparing(Expert::id));
            long fresh = candidates.stream().filter(e -> !facilitatedBefore.contains(e.id())).count();
            Expert facilitator = candidates.get(random.nextInt((int) Math.max(fresh, 1)));
            candidates.remove(facilitator);
            Expert rapporteur = candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
            group.sort(Comparator.comparing(Expert::id));
            for (Expert e : group) {
                BreakoutMember.Role role = e == facilitator ? BreakoutMember.Role.FACILITATOR
                        : e == rapporteur ? BreakoutMember.Role.RAPPORTEUR : BreakoutMember.Role.MEMBER;
                members.add(new BreakoutMember(sessionId, groupId, e.id(), role));
            }
            balance.add(new Balance(groupId, group.size(), tally(group, region), tally(group, e -> e.gender().code()),
                    tally(group, e -> e.stakeholderGroup().code())));
        }
        return new Result(members, balance);
    }

    /** Swaps pairs of experts between groups while that lowers the imbalance; sizes never change. */
    private static void improveBySwaps(List<List<Expert>> groups, Function<Expert, String> region) {
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    List<Expert> ga = groups.get(a);
                    List<Expert> gb = groups.get(b);
                    for (int i = 0; i < ga.size(); i++) {
                        for (int j = 0; j < gb.size(); j++) {
                            int before = cost(ga, region) + cost(gb, region);
                            Expert x = ga.get(i);
                            Expert y = gb.get(j);
                            ga.set(i, y);
                            gb.set(j, x);
                            if (cost(ga, region) + cost(gb, region) < before) {
                                improved = true;
                            } else {
                                ga.set(i, x);
                                gb.set(j, y);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Weighted sum of squared category counts: lower when a group mixes its categories. */
    private static int cost(List<Expert> group, Function<Expert, String> region) {
        int cost = 0;
        for (int w = 0; w < 3; w++) {
            Map<String, Integer> counts = new java.util.HashMap<>();
            for (Expert e : group) {
                String key = w == 0 ? region.apply(e) : w == 1 ? e.gender().code() : e.stakeholderGroup().code();
                counts.merge(key, 1, Integer::sum);
            }
            int weight = w == 0 ? 3 : 2;
            for (int c : counts.values()) {
                cost += weight * c * c;
            }
        }
        return cost;
    }

    private static Map<String, Integer> tally(List<Expert> group, Function<Expert, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        group.forEach(e -> counts.merge(key.apply(e), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /** Fisher–Yates with the given generator, so the order depends only on the seed. */
    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
