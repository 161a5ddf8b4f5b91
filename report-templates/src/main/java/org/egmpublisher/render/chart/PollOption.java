package org.egmpublisher.render.chart;

/** One option of a poll and the votes it got. */
public record PollOption(String label, int votes) {

    public PollOption {
        Text.requireText(label, "poll option");
        if (votes < 0) {
            throw new IllegalArgumentException("votes for '" + label + "' must be ≥ 0, got " + votes);
        }
    }
}
