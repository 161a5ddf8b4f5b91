package org.egmpublisher.model.meeting;

import java.util.List;

/** A poll taken during a session, with its options in the order they were offered. */
public record Poll(String id, String sessionId, String question, List<Option> options) {

    public Poll {
        options = List.copyOf(options);
    }

    /** One option and the votes it got. */
    public record Option(String label, int votes) {
    }

    public int totalVotes() {
        return options.stream().mapToInt(Option::votes).sum();
    }
}
