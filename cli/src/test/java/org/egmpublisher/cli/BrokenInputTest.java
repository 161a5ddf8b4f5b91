package org.egmpublisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broken-input corpus (issue 8): one fixture per way an editor can break a project, each in
 * {@code src/test/resources/broken/<case>/} (see its README). Every broken build must exit 1, print
 * exactly the expected {@code file:line:column: message} lines and no stack trace, and leave the
 * previous output folder byte-for-byte as it was.
 */
class BrokenInputTest {

    @TempDir
    static Path tmp;

    /** The output of one good build of the example, which every broken build targets. */
    static Path out;
    static Map<String, String> previous;

    @BeforeAll
    static void buildOnce() throws IOException {
        out = tmp.resolve("out");
        BuildCommandTest.Run run = BuildCommandTest.Run.of("build", BuildCommandTest.EXAMPLE.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        previous = snapshot(out);
    }

    @Test
    void wrongNumberOfFieldsIsReportedAtTheExtraField() throws IOException {
        int line = lines("meeting/experts.csv") + 1;
        assertBuildFails("wrong-field-count", "meeting/experts.csv:" + line + ":50: row has 8 fields; the header has 7 "
                + "(expert_id,display_name,affiliation,stakeholder_group,country_iso3,gender,consent_public)");
    }

    @Test
    void unbalancedQuoteIsReportedWhereTheQuoteOpened() throws IOException {
        int line = lines("meeting/recommendations.csv") + 1;
        assertBuildFails("unbalanced-quote", "meeting/recommendations.csv:" + line
                + ":25: unbalanced quote: the quoted value that starts here is never closed");
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAloneWithoutFollowOnErrors() throws IOException {
        int line = lines("meeting/questions.csv") + 1;
        assertBuildFails("invalid-utf8", "meeting/questions.csv:" + line
                + ":42: invalid UTF-8 (byte 0xE1); save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path project = project("byte-order-mark");
        assertEquals((byte) 0xEF, Files.readAllBytes(project.resolve("meeting/experts.csv"))[0]);
        BuildCommandTest.Run run = BuildCommandTest.Run.of("check", project.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("193 countries"), run.out());
    }

    @Test
    void semicolonDelimitedFileIsRecognisedAndNamed() throws IOException {
        assertBuildFails("semicolon-delimited",
                "meeting/polls.csv:1:1: file is semicolon-delimited (';'); save it as comma-separated CSV, UTF-8");
    }

    @Test
    void nonNumericValueNamesTheColumnAndWhatIsExpected() throws IOException {
        int line = lines("meeting/polls.csv") + 1;
        assertBuildFails("non-numeric", "meeting/polls.csv:" + line + ":50: votes 'many' is not a whole number; expected 0 to 1000000");
    }

    @Test
    void outOfRangeValuesAreEachReported() throws IOException {
        int line = lines("meeting/recommendations.csv") + 1;
        assertBuildFails("out-of-range",
                "meeting/recommendations.csv:" + line + ":52: support -3 is out of range; expected a whole number from 0 to 10000",
                "survey/results/EGOV_DATA_2026.csv:2:16: E-Government Index 1.20000 is out of range; expected a number from 0 to 1",
                "survey/results/EGOV_DATA_2026.csv:3:32: Online Service Index 87.5 is out of range; expected a number from 0 to 1"
                        + " (it looks like a percentage: write 0.875)");
    }

    @Test
    void duplicateIdsNameTheFirstOccurrence() throws IOException {
        assertBuildFails("duplicate-ids",
                "meeting/experts.csv:" + (lines("meeting/experts.csv") + 1) + ":1: duplicate expert_id 'e01' (first at line 2)",
                "meeting/questions.csv:" + (lines("meeting/questions.csv") + 1) + ":1: duplicate question_id 's1-q1' (first at line 2)",
                "meeting/recommendations.csv:" + (lines("meeting/recommendations.csv") + 1)
                        + ":1: duplicate rec_id 'r01' (first at line 2)");
    }

    @Test
    void referencesToUnknownIdsAreEachReported() throws IOException {
        int expert = lines("meeting/experts.csv") + 1;
        int rec = lines("meeting/recommendations.csv") + 1;
        int response = lines("meeting/responses.csv") + 1;
        assertBuildFails("unknown-ids",
                "meeting/experts.csv:" + expert + ":35: country_iso3 'XXX' names no known country (survey/countries.csv)",
                "meeting/recommendations.csv:" + rec + ":5: session_id 's9' names no known session; known: s1, s2, s3",
                "meeting/recommendations.csv:" + rec + ":8: group_id 's1-g7' names no known breakout group "
                        + "(meeting/breakouts.csv); known: s1-g1, s1-g2, s1-g3, s2-g1, s2-g2, s2-g3, s3-g1, s3-g2, s3-g3",
                "meeting/recommendations.csv:" + rec + ":14: question_id 's1-q99' names no known question",
                "meeting/responses.csv:" + response + ":1: expert_id 'e99' names no known expert",
                "meeting/responses.csv:" + response + ":5: question_id 's1-zz' names no known question");
    }

    @Test
    void missingRequiredFileIsReportedAlone() throws IOException {
        assertBuildFails("missing-file", "meeting/questions.csv: required file is missing");
    }

    @Test
    void emptyRequiredFileIsReportedAlone() throws IOException {
        assertBuildFails("empty-file", "meeting/questions.csv:1:1: file is empty; expected a header row with columns "
                + "question_id,session_id,questionnaire,number,kind,text");
    }

    @Test
    void brokenFrontMatterIsReportedAtItsLineInTheMarkdownFile() throws IOException {
        assertBuildFails("front-matter-yaml", "meeting/sessions/s2.md:6:25: YAML: mapping values are not allowed here;"
                + " a value that contains ': ' must be in quotes");
    }

    @Test
    void brokenPublicationYamlIsReportedAtItsLine() throws IOException {
        assertBuildFails("publication-yaml", "publication.yaml:5:1: YAML: found character '\\t(TAB)' that cannot start any "
                + "token. (Do not use \\t(TAB) for indentation) (while scanning for the next token)");
    }

    @Test
    void aliasBombIsRefusedByTheYamlLimits() throws IOException {
        long start = System.nanoTime();
        assertBuildFails("alias-bomb", "publication.yaml:6:1: YAML: more than 20 aliases (*name) of lists or mappings; "
                + "refused, as such a document can expand exponentially (\"billion laughs\")");
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "refused, not expanded");
    }

    @Test
    void templateErrorInAnOverrideNamesTheTemplateAndLine() throws IOException {
        BuildCommandTest.Run run = build(project("template-error"));
        List<String> problems = problems(run);
        assertEquals(1, problems.size(), run.err());
        // The position is exact; the message is FreeMarker's first line (see the report to the lead).
        assertTrue(problems.get(0).startsWith("templates/site/home.ftlx:4:6: "), problems.get(0));
        assertUnchanged(run);
    }

    @Test
    void anOverrideThatMakesMalformedXhtmlIsNamedWithWhereTheXhtmlBreaks() throws IOException {
        // Both PDFs go through the override; either may be the first to report it.
        BuildCommandTest.Run run = build(project("malformed-pdf-template"));
        List<String> problems = problems(run);
        assertEquals(1, problems.size(), run.err());
        assertTrue(problems.get(0).matches("templates/pdf-document\\.ftlx:1:1: makes XHTML that is not well-formed, "
                + "at line \\d+, column \\d+ of the XHTML: .*\"div\".*"), problems.get(0));
        assertUnchanged(run);
    }

    @Test
    void hugeCsvIsRefusedByItsSizeWithoutBeingRead() throws IOException {
        Path project = project(null);
        Path results = project.resolve("survey/results/EGOV_DATA_2024.csv");
        String header = Files.readString(results).lines().findFirst().orElseThrow() + "\n";
        Files.writeString(results, header);
        try (RandomAccessFile file = new RandomAccessFile(results.toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024); // sparse: 100 MB on paper, a few bytes on disk
        }
        long start = System.nanoTime();
        BuildCommandTest.Run run = build(project);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("broken input: a 100 MB CSV refused in " + millis + " ms");
        assertEquals(List.of("survey/results/EGOV_DATA_2024.csv: file is 100.0 MB; the limit for one input file is 32 MB"),
                problems(run), run.err());
        assertUnchanged(run);
    }

    // ---- helpers, also used by HostileInputTest and ServeCommandTest ----

    private void assertBuildFails(String fixture, String... expected) throws IOException {
        BuildCommandTest.Run run = build(project(fixture));
        assertEquals(List.of(expected), problems(run), run.err());
        assertTrue(run.err().contains(expected.length + (expected.length == 1 ? " problem" : " problems")
                + " found; nothing was written."), run.err());
        assertUnchanged(run);
    }

    private static BuildCommandTest.Run build(Path project) {
        return BuildCommandTest.Run.of("build", project.toString(), "--out", out.toString());
    }

    /** The problems printed, without the example's own warnings and the closing count. */
    private static List<String> problems(BuildCommandTest.Run run) {
        return run.err().lines().filter(l -> !l.contains(": warning: ") && !l.endsWith("nothing was written.")).toList();
    }

    /** Exit code 1, no stack trace, the previous output untouched and no staging folder left. */
    private static void assertUnchanged(BuildCommandTest.Run run) throws IOException {
        assertEquals(Egm.INPUT_PROBLEMS, run.code(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().matches("(?s).*\\bat (org|java|jdk)\\..*"), run.err());
        assertEquals(previous, snapshot(out), "previous output changed");
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            List<String> left = siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.")).toList();
            assertEquals(List.of(), left, "staging folders left beside the output");
        }
    }

    private Path project(String fixture) throws IOException {
        Path project = copyExample(Files.createTempDirectory(tmp, fixture == null ? "generated" : fixture).resolve("project"));
        if (fixture != null) {
            overlay(fixture, project);
        }
        return project;
    }

    /** Copies the bundled example to {@code target}. */
    static Path copyExample(Path target) throws IOException {
        return ProjectCopy.of(BuildCommandTest.EXAMPLE, target);
    }

    /** Applies {@code broken/<fixture>/} to a project, as its README describes. */
    static void overlay(String fixture, Path project) throws IOException {
        Path dir;
        try {
            dir = Path.of(BrokenInputTest.class.getResource("/broken/" + fixture).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("no fixture folder broken/" + fixture, e);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(f);
            if (rel.endsWith(".append")) {
                Path target = project.resolve(rel.substring(0, rel.length() - ".append".length()));
                byte[] old = Files.readAllBytes(target);
                if (old.length > 0 && old[old.length - 1] != '\n') {
                    Files.write(target, new byte[] {'\n'}, StandardOpenOption.APPEND);
                }
                Files.write(target, bytes, StandardOpenOption.APPEND);
            } else if (rel.endsWith(".prepend")) {
                Path target = project.resolve(rel.substring(0, rel.length() - ".prepend".length()));
                byte[] old = Files.readAllBytes(target);
                byte[] both = new byte[bytes.length + old.length];
                System.arraycopy(bytes, 0, both, 0, bytes.length);
                System.arraycopy(old, 0, both, bytes.length, old.length);
                Files.write(target, both);
            } else if (rel.endsWith(".delete")) {
                Files.delete(project.resolve(rel.substring(0, rel.length() - ".delete".length())));
            } else {
                Path target = project.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
        }
    }

    /** How many lines a file of the bundled example has. */
    static int lines(String file) throws IOException {
        return (int) Files.readString(BuildCommandTest.EXAMPLE.resolve(file), StandardCharsets.UTF_8).lines().count();
    }

    /** Every file under a folder and the SHA-256 of its bytes. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString();
                files.put(rel + (Files.isDirectory(p) ? "/" : ""), Files.isDirectory(p) ? "" : sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
