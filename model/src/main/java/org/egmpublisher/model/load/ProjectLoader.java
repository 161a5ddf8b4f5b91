package org.egmpublisher.model.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.egmpublisher.model.Problem;
import org.egmpublisher.model.Problems;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.meeting.Meeting;
import org.egmpublisher.model.meeting.Recommendation;
import org.egmpublisher.model.publication.ContentPage;
import org.egmpublisher.model.publication.Publication;
import org.egmpublisher.model.publication.ScenarioSpec;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.model.survey.Survey;

/**
 * The front door of the model: reads a whole project folder. Always reads everything, so that one
 * run reports every problem; the project is returned only if there was no error.
 */
public final class ProjectLoader {

    private ProjectLoader() {
    }

    /** The outcome of loading: the project when there were no errors, and every problem found. */
    public record Result(Optional<Project> project, Problems problems) {
    }

    public static Result load(Path root) {
        Problems problems = new Problems();
        if (!Files.isDirectory(root)) {
            problems.error(root.toString(), 0, 0, "project folder does not exist");
            return new Result(Optional.empty(), problems);
        }
        Optional<Publication> publication = PublicationLoader.load(root, problems);
        Survey survey = SurveyLoader.load(root, problems);
        Set<String> codes = survey.countries().stream().map(Country::iso3).collect(Collectors.toSet());
        Meeting meeting = MeetingLoader.load(root, codes, problems);
        List<ContentPage> pages = pages(root, problems);
        publication.ifPresent(p -> crossCheck(p, survey, meeting, problems));
        if (problems.hasErrors() || publication.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new Project(root, publication.get(), meeting, survey, pages)), problems);
    }

    private static void crossCheck(Publication publication, Survey survey, Meeting meeting, Problems problems) {
        Set<Integer> years = survey.editions().stream().map(e -> e.year()).collect(Collectors.toSet());
        // A results file that could not be read (too large, not UTF-8, …) is reported as such; its
        // edition is unknown, so "no results file" for any edition would only mislead.
        boolean resultsUnreadable = problems.all().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR
                && p.file().startsWith(SurveyLoader.RESULTS + "/") && p.line() <= 1);
        for (int year : publication.editions()) {
            if (!years.contains(year) && !resultsUnreadable) {
                problems.error(PublicationLoader.FILE, 1, 1, "edition " + year + " has no results file in "
                        + SurveyLoader.RESULTS + "; found: " + years.stream().sorted().toList());
            }
        }
        Set<String> recs = meeting.recommendations().stream().map(Recommendation::id).collect(Collectors.toSet());
        for (ScenarioSpec s : publication.scenarios()) {
            if (!years.contains(s.edition()) && !resultsUnreadable) {
                problems.error(PublicationLoader.FILE, s.line(), 1, "scenario '" + s.id() + "' names edition "
                        + s.edition() + ", which has no results file");
            }
            for (String r : s.recommendations()) {
                if (!recs.contains(r)) {
                    problems.error(PublicationLoader.FILE, s.line(), 1, "scenario '" + s.id()
                            + "' answers recommendation '" + r + "', which meeting/recommendations.csv does not have");
                }
            }
        }
    }

    private static List<ContentPage> pages(Path root, Problems problems) {
        Path dir = root.resolve("content");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            problems.error("content", 0, 0, "cannot be listed: " + e.getMessage());
            return List.of();
        }
        List<ContentPage> pages = new ArrayList<>();
        for (String name : files) {
            String file = "content/" + name;
            String slug = name.substring(0, name.length() - 3);
            if (!slug.matches("[a-z0-9][a-z0-9-]*")) {
                problems.error(file, 0, 0, "file name must be a slug (lower-case letters, digits, '-') as it becomes the page address");
                continue;
            }
            MarkdownFile.read(root, file, problems).ifPresent(md -> {
                Optional<String> title = md.frontMatter().requiredText("title");
                Optional<Integer> weight = md.frontMatter().integer("weight", -1000, 1000, 100);
                if (title.isPresent() && weight.isPresent()) {
                    pages.add(new ContentPage(slug, title.get(), weight.get(), md.body(), file));
                }
            });
        }
        pages.sort(Comparator.comparingInt(ContentPage::weight).thenComparing(ContentPage::slug));
        return pages;
    }
}
