package org.egmpublisher.scoring.preset;

import java.util.Objects;

/**
 * A note the annex prints beside the method: an open question of METHODOLOGY.md §18 (id
 * {@code Q2}) or a remark on how the engine treats the edition.
 *
 * @param id {@code Q1}…{@code Q9} for the open questions, otherwise a short key
 * @param topic what the note is about, e.g. {@code OSI subindex weights}
 */
public record Note(String id, String topic, String text) {
    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
        if (id.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("a note needs an id and a text, got id '" + id + "'");
        }
    }
}
