package org.egmpublisher.model.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/** One line of the agenda; {@code sessionId} is empty for items outside the dialogues. */
public record AgendaItem(LocalDate date, LocalTime start, LocalTime end, String sessionId, String item) {
}
