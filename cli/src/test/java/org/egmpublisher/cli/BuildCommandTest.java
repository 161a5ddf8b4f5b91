package org.egmpublisher.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the bundled example once, as a user would with {@code egm build}, and reads everything
 * back: the PDFs with PDFBox, the site with jsoup.
 */
class BuildCommandTest {

    static final Path EXAMPLE = Path.of("..", "examples", "egm-2021");

    @TempDir
    static Path tmp;

    static Path out;
    static String output;

    @BeforeAll
    static void build() {
        out = tmp.resolve("out");
        Run run = Run.of("build", EXAMPLE.toString(), "--out", out.toString());
        output = run.out();
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void printsATimeForEveryStage() {
        for (String stage : List.of("load and check", "score", "uncertainty", "charts", "report PDF", "annex PDF",
                "site", "downloads")) {
            assertTrue(output.matches("(?s).*" + stage + "\\s+\\d+ ms.*"), stage + " missing in:\n" + output);
        }
    }

    @Test
    void reportHasEveryQuestionOfTheMeetingAndBookmarks() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("egm-report.pdf").toFile())) {
            String text = normalise(new PDFTextStripper().getText(pdf));
            for (CSVRecord q : csv("meeting/questions.csv")) {
                assertTrue(text.contains(normalise(q.get("text"))), "question " + q.get("question_id") + " not in the report");
            }
            for (CSVRecord r : csv("meeting/recommendations.csv")) {
                assertTrue(text.contains(normalise(r.get("text"))), "recommendation " + r.get("rec_id") + " not in the report");
            }
            assertTrue(text.contains("Sample content"), "the report must say its content is sample content");
            assertTrue(pdf.getNumberOfPages() > 10, "pages: " + pdf.getNumberOfPages());
            assertTrue(pdf.getDocumentInformation().getTitle().startsWith("Report of the Expert Group Meeting"));
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertTrue(bookmarks.contains("1. Introduction"), bookmarks.toString());
            assertTrue(bookmarks.stream().anyMatch(b -> b.startsWith("2. Expert Dialogue 1")), bookmarks.toString());
            assertTrue(bookmarks.stream().anyMatch(b -> b.startsWith("Annex III")), bookmarks.toString());
            PDOutlineItem dialogue1 = pdf.getDocumentCatalog().getDocumentOutline().children().iterator().next().getNextSibling();
            PDOutlineItem questions = null;
            for (PDOutlineItem section : dialogue1.children()) {
                if (section.getTitle().contains("Questions put to the experts")) {
                    questions = section;
                }
            }
            assertNotNull(questions, "sections of a chapter are bookmarked");
            assertTrue(questions.hasChildren(), "and so are the headings under a section");
        }
    }

    @Test
    void contentsPageNumbersPointToTheHeadings() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("egm-report.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // The contents entry "1. Introduction ........ N", found on one of the first pages.
            var entry = java.util.regex.Pattern.compile("1\\. Introduction[\\s.]*?(\\d+)\\s");
            Integer page = null;
            for (int p = 1; p <= 4 && page == null; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                var m = entry.matcher(stripper.getText(pdf));
                if (m.find()) {
                    page = Integer.parseInt(m.group(1));
                }
            }
            assertNotNull(page, "no contents entry with a page number in the first four pages");
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            assertTrue(stripper.getText(pdf).contains("1. Introduction"), "contents says page " + page);
        }
    }

    @Test
    void annexListsAll193MemberStatesWithTheirPublishedValues() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("methodology-annex.pdf").toFile())) {
            String text = normalise(new PDFTextStripper().getText(pdf));
            for (CSVRecord c : csv("survey/countries.csv")) {
                assertTrue(text.contains(normalise(c.get("name"))), c.get("name") + " not in the annex");
            }
            assertTrue(text.contains("Denmark Europe 0.98474"), "Denmark's 2024 EGDI");
            assertTrue(text.contains("EGDI = (OSI + TII + HCI) / 3"));
        }
    }

    @Test
    void siteHasAPageForEveryCountryAndTheFullRanking() throws IOException {
        Path site = out.resolve("site");
        try (Stream<Path> pages = Files.list(site.resolve("countries"))) {
            assertEquals(194, pages.filter(p -> p.toString().endsWith(".html")).count(), "193 countries + index");
        }
        Document rankings = Jsoup.parse(site.resolve("rankings/index.html").toFile(), "UTF-8");
        assertEquals(193, rankings.select("#rankings tbody tr").size());
        assertEquals("Denmark", rankings.select("#rankings tbody tr").first().selectFirst("th").text());
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals("en", home.selectFirst("html").attr("lang"));
        assertTrue(home.select("a[href=countries/index.html]").size() > 0);
        Document dnk = Jsoup.parse(site.resolve("countries/dnk.html").toFile(), "UTF-8");
        assertEquals(12, dnk.select("#history-table tbody tr").size(), "Denmark in all 12 editions");
    }

    @Test
    void secondBuildIsByteIdentical() throws IOException {
        Path again = tmp.resolve("again");
        Run run = Run.of("build", EXAMPLE.toString(), "--out", again.toString());
        assertEquals(0, run.code(), run.err());
        List<Path> first;
        List<Path> second;
        try (Stream<Path> a = Files.walk(out); Stream<Path> b = Files.walk(again)) {
            first = a.filter(Files::isRegularFile).map(out::relativize).sorted().toList();
            second = b.filter(Files::isRegularFile).map(again::relativize).sorted().toList();
        }
        assertEquals(first, second, "the same files");
        assertTrue(first.size() > 250, "files: " + first.size());
        for (Path f : first) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f.toString());
        }
    }

    @Test
    void refusesAnOutputFolderItDidNotMake() throws IOException {
        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Run run = Run.of("build", EXAMPLE.toString(), "--out", foreign.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("was not made by egm"), run.err());
        assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void anOutputFolderBelowAFileIsTheUsersToMendNotAnInternalError() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "mine");
        Run run = Run.of("build", EXAMPLE.toString(), "--out", file.resolve("out").toString());
        assertEquals(Egm.INPUT_PROBLEMS, run.code(), run.err());
        assertTrue(run.err().contains(file + ": a file is in the way; a folder is needed there."), run.err());
        assertFalse(run.err().contains("internal error") || run.err().contains("Exception"), run.err());
        assertEquals("mine", Files.readString(file));
    }

    static List<CSVRecord> csv(String file) throws IOException {
        try (var reader = Files.newBufferedReader(EXAMPLE.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    static String normalise(String s) {
        // A line may break after a hyphen ("pre-" / "meeting"): join those before comparing.
        return s.replaceAll("-\\s*\\R\\s*", "-").replaceAll("\\s+", " ").replace('\u2019', '\'').strip();
    }

    /** One run of the command with captured output. */
    record Run(int code, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Egm.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = Run.of("build", "--bogus");
        assertEquals(2, run.code());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
