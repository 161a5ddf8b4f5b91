package org.egmpublisher.model;

import java.nio.file.Path;
import java.util.Objects;
import org.egmpublisher.model.meeting.Meeting;
import org.egmpublisher.model.publication.ContentPage;
import org.egmpublisher.model.publication.Publication;
import org.egmpublisher.model.survey.Survey;

/**
 * A publication project, as read from its folder: settings, the meeting, the survey and the extra
 * pages. {@code root} is where it was read from (overrides of templates and assets live there).
 */
public record Project(Path root, Publication publication, Meeting meeting, Survey survey,
                      java.util.List<ContentPage> pages) {
    public Project {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(survey, "survey");
        pages = java.util.List.copyOf(pages);
    }
}
