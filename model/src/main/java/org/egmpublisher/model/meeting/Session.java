package org.egmpublisher.model.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * An Expert Dialogue. {@code framing} is Markdown: the text that frames the discussion, with any
 * plenary section the editors added.
 */
public record Session(String id, int number, int day, LocalDate date, String title, String shortTitle,
                      String guidingQuestion, List<String> presentations, String framing, String file) {
    public Session {
        presentations = List.copyOf(presentations);
    }
}
