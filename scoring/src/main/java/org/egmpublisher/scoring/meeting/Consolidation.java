package org.egmpublisher.scoring.meeting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.egmpublisher.model.meeting.Recommendation;

/**
 * Merges recommendations that several groups made in the same words. Two recommendations are the
 * same when their texts match after folding case, accents, punctuation and spacing and they name
 * the same area and index: a deliberately strict rule, so distinct proposals are never merged.
 */
public final class Consolidation {

    private Consolidation() {
    }

    /** Consolidated recommendations, most supported first, then by id. */
    public static List<ConsolidatedRecommendation> of(List<Recommendation> recommendations) {
        Map<String, List<Recommendation>> groups = new LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            groups.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        }
        List<ConsolidatedRecommendation> out = new ArrayList<>();
        for (List<Recommendation> same : groups.values()) {
            Recommendation first = same.get(0);
            int support = same.stream().mapToInt(Recommendation::support).sum();
            out.add(new ConsolidatedRecommendation(first.id(), first.text(), first.area(), first.index(), support, same));
        }
        out.sort(Comparator.comparingInt(ConsolidatedRecommendation::support).reversed()
                .thenComparing(ConsolidatedRecommendation::id));
        return List.copyOf(out);
    }

    static String key(Recommendation r) {
        return r.area() + "|" + r.index() + "|" + fold(r.text());
    }

    /** Lower case, accents removed, anything but letters and digits collapsed to one space. */
    static String fold(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
