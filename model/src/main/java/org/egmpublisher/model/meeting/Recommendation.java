package org.egmpublisher.model.meeting;

import org.egmpublisher.model.IndexName;

/**
 * A recommendation as one group (or the plenary, {@code groupId} empty) made it, traceable to the
 * session, group and question it answers and to its line in the input.
 */
public record Recommendation(String id, String sessionId, String groupId, String questionId, Area area,
                             IndexName index, String text, int support, String file, int line) {
}
