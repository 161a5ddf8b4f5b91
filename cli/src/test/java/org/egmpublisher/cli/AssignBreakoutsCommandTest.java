package org.egmpublisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code egm assign-breakouts} writes reproducible, balanced groups and keeps other sessions. */
class AssignBreakoutsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedWritesTheSameFileAndKeepsOtherSessions() throws IOException {
        Path project = ProjectCopy.of(BuildCommandTest.EXAMPLE, tmp.resolve("p"));
        Path file = project.resolve("meeting/breakouts.csv");
        List<String> before = Files.readAllLines(file);
        var run = BuildCommandTest.Run.of("assign-breakouts", project.toString(), "--session", "s2", "--groups", "3", "--seed", "11");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Largest difference between groups"), run.out());
        String first = Files.readString(file);
        BuildCommandTest.Run.of("assign-breakouts", project.toString(), "--session", "s2", "--groups", "3", "--seed", "11");
        assertEquals(first, Files.readString(file), "same seed, same file");
        List<String> after = Files.readAllLines(file);
        assertEquals(before.stream().filter(l -> l.startsWith("s1,") || l.startsWith("s3,")).toList(),
                after.stream().filter(l -> l.startsWith("s1,") || l.startsWith("s3,")).toList(), "other sessions kept");
        BuildCommandTest.Run.of("assign-breakouts", project.toString(), "--session", "s2", "--groups", "3", "--seed", "12");
        assertNotEquals(first, Files.readString(file), "another seed, another draw");
        assertEquals(0, BuildCommandTest.Run.of("check", project.toString()).code(), "the result still checks");
    }

    @Test
    void unknownSessionIsAUsageError() throws IOException {
        Path project = ProjectCopy.of(BuildCommandTest.EXAMPLE, tmp.resolve("p"));
        var run = BuildCommandTest.Run.of("assign-breakouts", project.toString(), "--session", "s7", "--groups", "3", "--seed", "1");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no session 's7'; known: [s1, s2, s3]"), run.err());
    }
}
