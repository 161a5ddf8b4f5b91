package org.egmpublisher.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.egmpublisher.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be read is reported once, not again through every reference to what it
 * defines: before this, one Latin-1 byte in meeting/questions.csv gave 521 problems.
 */
class ProjectLoaderBrokenInputTest {

    static final Path EXAMPLE = Path.of("..", "examples", "egm-2021");

    @TempDir
    Path tmp;

    @Test
    void anUnreadableQuestionsFileIsTheOnlyProblem() throws IOException {
        Path project = copyExample();
        Files.write(project.resolve("meeting/questions.csv"), "s1-q99,s1,pre-meeting,99,free_text,,Bogot\u00e1\n"
                .getBytes(StandardCharsets.ISO_8859_1), StandardOpenOption.APPEND);
        int line = (int) Files.readString(EXAMPLE.resolve("meeting/questions.csv")).lines().count() + 1;
        assertEquals(List.of("meeting/questions.csv:" + line + ":42: invalid UTF-8 (byte 0xE1); save the file as UTF-8 "
                + "(it may be Latin-1 or Windows-1252)"), errors(project));
    }

    @Test
    void aSessionWithBrokenFrontMatterIsTheOnlyProblem() throws IOException {
        Path project = copyExample();
        Path s2 = project.resolve("meeting/sessions/s2.md");
        Files.writeString(s2, Files.readString(s2).replaceFirst("(?m)^title: ", "title: Dialogue 2: "));
        List<String> errors = errors(project);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("meeting/sessions/s2.md:"), errors.toString());
    }

    @Test
    void anEmptyCountriesFileIsTheOnlyProblem() throws IOException {
        Path project = copyExample();
        Files.writeString(project.resolve("survey/countries.csv"), "");
        assertEquals(List.of("survey/countries.csv:1:1: file is empty; expected a header row with columns "
                + "iso3,name,m49,region,sub_region,income_group,ldc,lldc,sids"), errors(project));
    }

    @Test
    void anOversizedResultsFileIsNotAlsoAMissingEdition() throws IOException {
        Path project = copyExample();
        try (RandomAccessFile file = new RandomAccessFile(project.resolve("survey/results/EGOV_DATA_2024.csv").toFile(), "rw")) {
            file.setLength(40L * 1024 * 1024);
        }
        assertEquals(List.of("survey/results/EGOV_DATA_2024.csv: file is 40.0 MB; the limit for one input file is 32 MB"),
                errors(project));
    }

    @Test
    void anUnknownReferenceIsStillReportedWhenItsSourceWasRead() throws IOException {
        Path project = copyExample();
        Files.writeString(project.resolve("meeting/responses.csv"), "e01,s1-zz,,An answer to nothing,,\n",
                StandardOpenOption.APPEND);
        int line = (int) Files.readString(EXAMPLE.resolve("meeting/responses.csv")).lines().count() + 1;
        assertEquals(List.of("meeting/responses.csv:" + line + ":5: question_id 's1-zz' names no known question"),
                errors(project));
    }

    private static List<String> errors(Path project) {
        return ProjectLoader.load(project).problems().all().stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).map(Problem::toString).toList();
    }

    private Path copyExample() throws IOException {
        Path target = tmp.resolve("project");
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path p : files.toList()) {
                Path dest = target.resolve(EXAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
