package org.egmpublisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.egmpublisher.cli.BuildCommandTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code egm new}: a project that checks and builds as it is, from the real Survey data, with a
 * meeting unlike the bundled one (one dialogue, two experts), whose report must say so.
 */
class NewCommandTest {

    @TempDir
    static Path tmp;

    static Path project;
    static Run made;

    @BeforeAll
    static void make() {
        project = tmp.resolve("egm-next");
        made = Run.of("new", project.toString(), "--from", BuildCommandTest.EXAMPLE.toString());
    }

    @Test
    void makesTheProjectWithTheSurveyDataAndSaysWhatToDoNext() throws Exception {
        assertEquals(0, made.code(), made.err());
        assertTrue(made.out().contains("results 2003\u20132024 for 193 countries"), made.out());
        assertTrue(made.out().contains("Next: egm check"), made.out());
        for (String file : List.of("publication.yaml", "README.md", "meeting/meeting.md", "meeting/sessions/s1.md",
                "meeting/recommendations.csv", "content/about.md", "survey/countries.csv", "survey/PROVENANCE.md")) {
            assertTrue(Files.isRegularFile(project.resolve(file)), file);
        }
        assertEquals(Files.readString(BuildCommandTest.EXAMPLE.resolve("survey/results/EGOV_DATA_2024.csv")),
                Files.readString(project.resolve("survey/results/EGOV_DATA_2024.csv")), "the published results, unchanged");
        assertTrue(Files.readString(project.resolve("publication.yaml"))
                .contains("editions: [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]"));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(project), left.toList(), "no staging folder left beside it");
        }
    }

    @Test
    void theNewProjectChecksAndBuildsAndItsReportDescribesItsOwnMeeting() throws Exception {
        Run check = Run.of("check", project.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("1 session, 2 experts, 1 recommendation."), check.out());
        Path out = tmp.resolve("egm-next-out");
        Run build = Run.of("build", project.toString(), "--out", out.toString());
        assertEquals(0, build.code(), build.err());
        String report;
        try (var pdf = Loader.loadPDF(out.resolve("egm-report.pdf").toFile())) {
            report = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(report.contains("It brought together 2 experts in one Expert Dialogue. They worked in 1 breakout "
                + "group of about 2 participants."), report);
        assertTrue(report.contains("questionnaires of Expert Dialogue 1 in writing"), report);
        assertTrue(report.contains("The meeting made 1 recommendation."), report);
        assertTrue(report.contains("Dialogue 1: topics raised"), "the free-text answers' topics: " + report);
        for (String stale : List.of("three Expert Dialogues", "Dialogues 1 and 3", "2021", "trends experts named")) {
            assertFalse(report.contains(stale), stale);
        }
    }

    @Test
    void insideTheNewProjectItIsTheProjectTheCommandsTakeByDefault() throws Exception {
        // `egm check` with no project named, run in the project's folder as a user would after `cd`.
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Egm.class.getName(), "check")
                .directory(project.toFile()).redirectErrorStream(true).start();
        String printed = new String(check.getInputStream().readAllBytes());
        assertEquals(0, check.waitFor(), printed);
        assertTrue(printed.contains(".: no problems. 193 countries, 12 editions, 1 session"), printed);
    }

    @Test
    void refusesAFolderThatHoldsAnythingAndChangesNothing() throws Exception {
        Path taken = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(taken.resolve("notes.txt"), "mine");
        Run run = Run.of("new", taken.toString(), "--from", BuildCommandTest.EXAMPLE.toString());
        assertEquals(Egm.USAGE, run.code());
        assertTrue(run.err().contains("exists and is not an empty folder"), run.err());
        try (Stream<Path> files = Files.list(taken)) {
            assertEquals(List.of(taken.resolve("notes.txt")), files.toList());
        }
        assertEquals("mine", Files.readString(taken.resolve("notes.txt")));
    }

    @Test
    void aFolderBelowAFileIsTheUsersToMendNotAnInternalError() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "mine");
        Run run = Run.of("new", file.resolve("project").toString(), "--from", BuildCommandTest.EXAMPLE.toString());
        assertEquals(Egm.INPUT_PROBLEMS, run.code(), run.err());
        assertTrue(run.err().contains("a folder is needed there"), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }

    @Test
    void takesItsSurveyDataOnlyFromAProjectWithoutProblems() throws Exception {
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Run run = Run.of("new", tmp.resolve("from-broken").toString(), "--from", broken.toString());
        assertEquals(Egm.INPUT_PROBLEMS, run.code(), run.err());
        assertTrue(run.err().contains("survey data is taken from"), run.err());
        assertFalse(Files.exists(tmp.resolve("from-broken")));
    }
}
