package org.egmpublisher.model.meeting;

import java.util.List;

/**
 * One answer of one expert. {@code item} is the rank (1–4) of a ranked trend, the horizon in years
 * (5, 10, 20) of a horizon question, else 0.
 */
public record Response(String expertId, String questionId, int item, String answer, String why,
                       List<String> tags, String file, int line) {
    public Response {
        tags = List.copyOf(tags);
    }
}
