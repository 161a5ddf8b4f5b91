package org.egmpublisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's build on a copy of the bundled example: after a change it writes only the files
 * that depend on it, with the same text a whole build writes, and the PDFs follow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveBuildTest {

    Path tmp;
    Path project;
    Path out;
    LiveBuild live;
    final List<String> lines = new CopyOnWriteArrayList<>();

    @BeforeAll
    void firstBuild(@TempDir Path tmp) throws Exception {
        this.tmp = tmp;
        project = tmp.resolve("project");
        Folders.copy(Path.of("..", "examples", "egm-2021"), project);
        out = tmp.resolve("out");
        live = new LiveBuild(new Build.Options(project, out, Optional.empty(), "test"), lines::add);
        assertTrue(live.full().ok());
    }

    @AfterAll
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void aContentPageEditRewritesThatPageAlone() throws Exception {
        Map<String, FileTime> before = times(out.resolve("site"));
        Path about = project.resolve("content/about.md");
        Files.writeString(about, Files.readString(about) + "\nA sentence added in the preview.\n");

        Build.Result result = live.changed(Set.of(Path.of("content/about.md")));

        assertTrue(result.ok(), () -> result.problems().toString());
        assertTrue(Files.readString(out.resolve("site/about.html")).contains("A sentence added in the preview."));
        Map<String, FileTime> after = times(out.resolve("site"));
        List<String> rewritten = after.keySet().stream().filter(f -> !after.get(f).equals(before.get(f))).toList();
        assertEquals(List.of("about.html"), rewritten);
        assertEquals(wholeBuild("content"), pages(out.resolve("site")), "the same pages as a whole build");
    }

    @Test
    void aMeetingEditRewritesTheMeetingPagesAndThenTheReport() throws Exception {
        live.settle(); // an earlier test's background files would blur this one's
        int linesBefore = lines.size();
        byte[] reportBefore = Files.readAllBytes(out.resolve("egm-report.pdf"));
        Map<String, FileTime> before = times(out.resolve("site"));
        Path meeting = project.resolve("meeting/meeting.md");
        String text = Files.readString(meeting);
        Files.writeString(meeting, text.replaceFirst("\n\n", "\n\nThe preview added this opening sentence.\n\n"));

        Build.Result result = live.changed(Set.of(Path.of("meeting/meeting.md")));

        assertTrue(result.ok(), () -> result.problems().toString());
        Map<String, FileTime> after = times(out.resolve("site"));
        List<String> rewritten = after.keySet().stream().filter(f -> !after.get(f).equals(before.get(f))).toList();
        assertFalse(rewritten.stream().anyMatch(f -> f.startsWith("countries/")), () -> "no country page: " + rewritten);
        assertEquals(wholeBuild("meeting"), pages(out.resolve("site")), "the same pages as a whole build");
        live.settle();
        assertTrue(newLines(linesBefore).anyMatch(l -> l.startsWith("PDFs updated")), () -> "lines: " + lines);
        assertFalse(java.util.Arrays.equals(reportBefore, Files.readAllBytes(out.resolve("egm-report.pdf"))),
                "the report PDF was rendered again");
        assertEquals(-1L, Files.mismatch(out.resolve("egm-report.pdf"), out.resolve("site/egm-report.pdf")));
    }

    @Test
    void aRecommendationEditReachesItsPageAtOnceAndTheDownloadAfter() throws Exception {
        Path recommendations = project.resolve("meeting/recommendations.csv");
        String text = Files.readString(recommendations);
        String edited = text.replaceFirst("(\\nr01,[^\"]*\")", "$1Edited in the preview: ");
        assertNotEquals(text, edited, "the fixture's first recommendation is r01");
        Files.writeString(recommendations, edited);

        Build.Result result = live.changed(Set.of(Path.of("meeting/recommendations.csv")));

        assertTrue(result.ok(), () -> result.problems().toString());
        assertTrue(Files.readString(out.resolve("site/recommendations.html")).contains("Edited in the preview: "));
        Path download = out.resolve("site/data/recommendations.csv");
        live.settle();
        assertTrue(Files.readString(download).contains("Edited in the preview: "), "the download follows");
    }

    @Test
    void aChangeThatSupersedesTheBackgroundPdfsStillEndsWithTheWholeBuildsFiles() throws Exception {
        live.settle();
        Path meeting = project.resolve("meeting/meeting.md");
        Files.writeString(meeting, Files.readString(meeting).replaceFirst("\n\n", "\n\nA second preview sentence.\n\n"));
        assertTrue(live.changed(Set.of(Path.of("meeting/meeting.md"))).ok());
        // At once, while the report's PDF is still being rendered for the edit above.
        Path about = project.resolve("content/about.md");
        Files.writeString(about, Files.readString(about) + "\nAnother sentence.\n");
        assertTrue(live.changed(Set.of(Path.of("content/about.md"))).ok());
        live.settle();

        Path whole = tmp.resolve("whole-superseded");
        assertTrue(Build.run(new Build.Options(project, whole, Optional.empty(), "test"), stage -> { }).ok());
        for (String file : List.of("egm-report.pdf", "methodology-annex.pdf", "site/egm-report.pdf",
                "site/data/recommendations.csv", "site/data/datapackage.json")) {
            assertEquals(-1L, Files.mismatch(whole.resolve(file), out.resolve(file)), file);
        }
    }

    @Test
    void aPageTemplateOverrideReshapesThePagesAndABrokenOneLeavesThemAsTheyWere() throws Exception {
        live.settle();
        String builtIn;
        try (var in = getClass().getResourceAsStream("/org/egmpublisher/render/templates/site/content.ftlx")) {
            builtIn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path override = project.resolve("templates/site/content.ftlx");
        Files.createDirectories(override.getParent());
        byte[] reportBefore = Files.readAllBytes(out.resolve("egm-report.pdf"));
        try {
            Files.writeString(override, builtIn.replaceFirst("</@", "<p>Shaped by the project.</p></@"));
            Build.Result shaped = live.changed(Set.of(Path.of("templates/site/content.ftlx")));
            assertTrue(shaped.ok(), () -> shaped.problems().toString());
            assertTrue(Files.readString(out.resolve("site/about.html")).contains("Shaped by the project."));

            Map<String, String> before = pages(out.resolve("site"));
            Files.writeString(override, builtIn + "<#if>");
            Build.Result broken = live.changed(Set.of(Path.of("templates/site/content.ftlx")));
            assertFalse(broken.ok());
            assertTrue(broken.problems().get(0).toString().startsWith("templates/site/content.ftlx:"),
                    () -> broken.problems().toString());
            assertEquals(before, pages(out.resolve("site")), "no page of the failed rebuild was written");
        } finally {
            Files.delete(override);
            Files.delete(override.getParent());
            Files.delete(override.getParent().getParent());
            assertTrue(live.changed(Set.of(Path.of("templates/site/content.ftlx"))).ok());
        }
        live.settle();
        assertTrue(java.util.Arrays.equals(reportBefore, Files.readAllBytes(out.resolve("egm-report.pdf"))),
                "the documents are not touched by a page template");
    }

    @Test
    void aBrokenEditLeavesTheSiteAsItWas() throws Exception {
        Map<String, String> before = pages(out.resolve("site"));
        Path about = project.resolve("content/about.md");
        String good = Files.readString(about);
        Files.writeString(about, "---\ntitle: [unclosed\n---\nText.\n");
        try {
            Build.Result result = live.changed(Set.of(Path.of("content/about.md")));
            assertFalse(result.ok());
            assertTrue(result.problems().get(0).toString().startsWith("content/about.md:"), () -> result.problems()
                    .toString());
            assertEquals(before, pages(out.resolve("site")));
        } finally {
            Files.writeString(about, good);
            assertTrue(live.changed(Set.of(Path.of("content/about.md"))).ok());
        }
    }

    private Stream<String> newLines(int from) {
        return lines.subList(from, lines.size()).stream();
    }

    /** The pages (and search index, sitemap) a whole build makes now, by path; {@code name} keeps the folders apart. */
    private Map<String, String> wholeBuild(String name) throws Exception {
        Path whole = tmp.resolve("whole-" + name);
        Build.Result result = Build.run(new Build.Options(project, whole, Optional.empty(), "test"), stage -> { });
        assertTrue(result.ok(), () -> result.problems().toString());
        return pages(whole.resolve("site"));
    }

    /** The pages, and what lists them: the search index and the sitemap. */
    private static Map<String, String> pages(Path site) throws IOException {
        return Folders.read(site, path -> path.matches(".*\\.(html|js|xml)"), Files::readString);
    }

    private static Map<String, FileTime> times(Path site) throws IOException {
        return Folders.read(site, path -> true, Files::getLastModifiedTime);
    }
}
