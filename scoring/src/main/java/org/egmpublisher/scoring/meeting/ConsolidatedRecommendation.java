package org.egmpublisher.scoring.meeting;

import java.util.List;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.meeting.Area;
import org.egmpublisher.model.meeting.Recommendation;

/**
 * A recommendation after duplicates made by several groups were merged: the first wording, the
 * summed support, and every original it came from (so each stays traceable to its session, group,
 * question and input line).
 *
 * @param id the id of the first original, e.g. {@code r02}
 */
public record ConsolidatedRecommendation(String id, String text, Area area, IndexName index, int support,
                                         List<Recommendation> sources) {

    public ConsolidatedRecommendation {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a consolidated recommendation needs at least one source");
        }
    }

    public boolean merged() {
        return sources.size() > 1;
    }
}
