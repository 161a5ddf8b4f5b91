package org.egmpublisher.model.meeting;

import java.util.List;

/** A breakout group's summary; {@code summary} is Markdown. */
public record Outcome(String sessionId, String groupId, String facilitatorId, List<String> questionIds,
                      String summary, String file) {
    public Outcome {
        questionIds = List.copyOf(questionIds);
    }
}
