package org.egmpublisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site stays light: a page with everything it loads (HTML, the stylesheet, scripts, images)
 * weighs at most 100 KB on average and 250 KB at most; downloads (PDF, data) do not count. One
 * small stylesheet, no web fonts.
 */
class SiteWeightTest {

    static final long AVERAGE_LIMIT = 100 * 1024;
    static final long MAX_LIMIT = 250 * 1024;

    @TempDir
    static Path temp;
    static Path site;
    static final Map<String, Long> weights = new LinkedHashMap<>();

    @BeforeAll
    static void buildAndWeigh() throws Exception {
        site = BuiltSite.build(temp);
        for (String page : BuiltSite.pages(site)) {
            Path file = site.resolve(page);
            Document d = Jsoup.parse(file.toFile(), "UTF-8");
            long bytes = Files.size(file);
            for (Element e : d.select("link[rel=stylesheet][href], script[src], img[src], source[src], object[data]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("data");
                bytes += Files.size(file.getParent().resolve(ref).normalize());
            }
            weights.put(page, bytes);
        }
    }

    @Test
    void pagesWeighAtMost100KbOnAverageAnd250KbEach() {
        double average = weights.values().stream().mapToLong(Long::longValue).average().orElseThrow();
        var heaviest = weights.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        System.out.printf("page weights: %d pages, average %.1f KB, heaviest %s %.1f KB%n", weights.size(),
                average / 1024, heaviest.getKey(), heaviest.getValue() / 1024.0);
        assertTrue(average <= AVERAGE_LIMIT, () -> String.format("average page weight %.1f KB exceeds 100 KB",
                average / 1024));
        var over = weights.entrySet().stream().filter(e -> e.getValue() > MAX_LIMIT).map(e -> e.getKey() + " "
                + e.getValue() / 1024 + " KB").toList();
        assertTrue(over.isEmpty(), () -> "pages over 250 KB: " + over);
    }

    @Test
    void everyPageLoadsOneSmallStylesheetWithoutWebFonts() throws IOException {
        for (String page : weights.keySet()) {
            Document d = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            assertEquals(1, d.select("link[rel=stylesheet]").size(), page);
        }
        String css = Files.readString(site.resolve("assets/style.css"), StandardCharsets.UTF_8);
        assertTrue(css.length() < 16 * 1024, "style.css should stay small, is " + css.length() + " bytes");
        assertFalse(css.contains("@font-face") || css.contains("@import"), "no web fonts, no imports");
        assertFalse(css.matches("(?s).*url\\((?!\"?data:).*"), "the stylesheet loads nothing");
        assertTrue(Files.size(site.resolve("assets/site.js")) < 16 * 1024, "site.js should stay small");
    }
}
