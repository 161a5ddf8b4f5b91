package org.egmpublisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code egm check} on the bundled example and on broken copies of it. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    @Test
    void bundledExampleHasNoProblems() {
        var run = BuildCommandTest.Run.of("check", BuildCommandTest.EXAMPLE.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("193 countries, 12 editions, 3 sessions"), run.out());
    }

    @Test
    void everyCommandTakesHelpAsOptionAndAsCommand() {
        for (String command : new String[] {"build", "check", "score", "serve", "assign-breakouts", "new"}) {
            var option = BuildCommandTest.Run.of(command, "--help");
            assertEquals(0, option.code(), command + ": " + option.err());
            assertTrue(option.out().startsWith("Usage: egm " + command), option.out());
            var help = BuildCommandTest.Run.of("help", command);
            assertEquals(option.out(), help.out(), command);
        }
    }

    @Test
    void badMeetingFilesAreReportedWithFileLineAndColumn() throws IOException {
        Path project = copyExample();
        append(project.resolve("meeting/recommendations.csv"), "r99,s9,,,Technology,OSI,A recommendation for no session,3\n");
        append(project.resolve("meeting/responses.csv"), "e99,s1-q2,5,An answer from nobody,,\n");
        append(project.resolve("meeting/experts.csv"), "e01,Expert 01 again,University,academia,FRA,female,yes\n");
        var run = BuildCommandTest.Run.of("check", project.toString());
        assertEquals(1, run.code());
        int recLine = lines(project.resolve("meeting/recommendations.csv"));
        int respLine = lines(project.resolve("meeting/responses.csv"));
        int expLine = lines(project.resolve("meeting/experts.csv"));
        assertTrue(run.err().contains("meeting/recommendations.csv:" + recLine + ":5: session_id 's9' names no known session"), run.err());
        assertTrue(run.err().contains("meeting/responses.csv:" + respLine + ":1: expert_id 'e99' names no known expert"), run.err());
        assertTrue(run.err().contains("meeting/experts.csv:" + expLine + ":1: duplicate expert_id 'e01' (first at line 2)"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void buildOfABrokenProjectLeavesThePreviousOutputWhole() throws IOException {
        Path project = copyExample();
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(org.egmpublisher.site.OutputFolder.MARKER), "");
        Files.writeString(out.resolve("previous.txt"), "previous build");
        Files.writeString(project.resolve("survey/countries.csv"), "iso3;name;m49\nDNK;Denmark;208\n");
        var run = BuildCommandTest.Run.of("build", project.toString(), "--out", out.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("survey/countries.csv:1:1: file is semicolon-delimited"), run.err());
        assertEquals("previous build", Files.readString(out.resolve("previous.txt")));
    }

    private Path copyExample() throws IOException {
        return ProjectCopy.of(BuildCommandTest.EXAMPLE, tmp.resolve("project"));
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, line, java.nio.file.StandardOpenOption.APPEND);
    }

    private static int lines(Path file) throws IOException {
        return (int) Files.readString(file).lines().count();
    }
}
