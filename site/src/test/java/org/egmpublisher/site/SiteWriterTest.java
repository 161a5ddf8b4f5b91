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
import org.egmpublisher.render.document.Figure;
import org.egmpublisher.render.document.FigureCatalogue;
import org.egmpublisher.render.document.ReportBuilder;
import org.egmpublisher.render.html.Templates;
import org.egmpublisher.render.markdown.Markdown;
import org.egmpublisher.scoring.Scoring;
import org.egmpublisher.scoring.SurveyScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path tmp;

    @Test
    void theSurveysPagesOnASecondThreadGiveTheSameSite() throws IOException {
        Path root = Path.of("..", "examples", "egm-2021");
        Project project = ProjectLoader.load(root).project().orElseThrow();
        SurveyScores scores = Scoring.score(project.survey(), project.publication());
        Map<String, Figure> figures = FigureCatalogue.build(project, scores);
        Templates templates = new Templates(root.resolve("templates"));
        Markdown markdown = new Markdown();
        DocumentContent report = new ReportBuilder(templates, markdown).build(project, figures);
        DocumentContent annex = new AnnexBuilder(templates).build(project, scores, figures,
                AnnexStamp.of(project, "t"));

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

    private static Map<String, String> files(Path dir) throws IOException {
        return Folders.read(dir, path -> true, Files::readString);
    }
}
