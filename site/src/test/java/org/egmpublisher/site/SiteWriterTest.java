package org.egmpublisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.load.ProjectLoader;
import org.egmpublisher.render.document.AnnexBuilder;
import org.egmpublisher.render.document.AnnexStamp;
import org.egmpublisher.render.document.DocumentContent;
import org.egmpublisher.render.document.DocumentFigure;
import org.egmpublisher.render.document.FigureCatalogue;
import org.egmpublisher.render.document.ReportBuilder;
import org.egmpublisher.render.html.Latin1;
import org.egmpublisher.render.html.Templates;
import org.egmpublisher.render.markdown.Markdown;
import org.egmpublisher.scoring.Scoring;
import org.egmpublisher.scoring.SurveyScores;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    private static Project project;
    private static SurveyScores scores;
    private static Map<String, DocumentFigure> figures;
    private static Templates templates;
    private static Markdown markdown;
    private static DocumentContent report;
    private static DocumentContent annex;

    @TempDir
    Path tmp;

    @BeforeAll
    static void example() {
        Path root = Path.of("..", "examples", "egm-2021");
        project = ProjectLoader.load(root).project().orElseThrow();
        scores = Scoring.score(project.survey(), project.publication());
        figures = FigureCatalogue.build(project, scores);
        templates = new Templates(root.resolve("templates"));
        markdown = new Markdown();
        report = new ReportBuilder(templates, markdown).build(project, figures);
        annex = new AnnexBuilder(templates).build(project, scores, figures, AnnexStamp.of(project, "t"));
    }

    @Test
    void theSurveysPagesOnASecondThreadGiveTheSameSite() throws IOException {
        new SiteWriter(templates, markdown, tmp.resolve("one"), project, "t")
                .writeAll(project, scores, report, annex, figures, new HashMap<>());
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            new SiteWriter(templates, markdown, tmp.resolve("two"), project, "t")
                    .writeAll(project, scores, report, annex, figures, new ConcurrentHashMap<>(), second);
        } finally {
            second.shutdown();
        }
        Map<String, String> one = files(tmp.resolve("one"));
        assertTrue(one.size() > 260, "pages: " + one.size());
        assertEquals(one, files(tmp.resolve("two")), "the sitemap and the search index keep their order too");
    }

    /** Pages are kept compact in memory ({@link Latin1}); a reader still gets every character. */
    @Test
    void pagesAreWrittenInLatin1WithReferencesForOtherCharacters() throws IOException {
        new SiteWriter(templates, markdown, tmp, project, "t").writeAll(project, scores, report, annex, figures,
                new HashMap<>());
        Map<String, String> pages = Folders.read(tmp, path -> path.endsWith(".html"), Files::readString);
        pages.remove("data/index.html"); // its JSON-LD, in a script, cannot hold references
        pages.forEach((path, html) -> assertTrue(html.chars().allMatch(c -> c <= 0xFF),
                path + " has a character beyond Latin-1"));

        Document afghanistan = Jsoup.parse(pages.get("countries/afg.html"));
        assertEquals("Afghanistan \u2014 EGM 2021", afghanistan.title());
        assertEquals("Afghanistan: EGDI, OSI, TII and HCI, 2003\u20132024",
                afghanistan.selectFirst("#svg-index-history-afg-title").text());
        assertTrue(pages.get("countries/afg.html").contains("2003&#8211;2024"));
    }

    private static Map<String, String> files(Path dir) throws IOException {
        return Folders.read(dir, path -> true, Files::readString);
    }
}
