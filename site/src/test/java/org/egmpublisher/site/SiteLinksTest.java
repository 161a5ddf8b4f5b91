package org.egmpublisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML file of the built site, read with jsoup: no broken internal link or fragment, nothing
 * requested from outside, every page reachable in few clicks, and the structure the browser check
 * cannot see at once (one h1, heading order, unique ids, captioned tables, metadata).
 */
class SiteLinksTest {

    @TempDir
    static Path temp;
    static Path site;
    static Map<String, Document> pages = new LinkedHashMap<>();

    @BeforeAll
    static void buildAndRead() throws Exception {
        site = BuiltSite.build(temp);
        for (String page : BuiltSite.pages(site)) {
            pages.put(page, Jsoup.parse(site.resolve(page).toFile(), "UTF-8"));
        }
    }

    @Test
    void everyInternalLinkAndFragmentResolves() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (var page : pages.entrySet()) {
            for (Element e : page.getValue().select("[href], [src], form[action]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                if (isExternal(ref)) {
                    continue;
                }
                checked++;
                resolve(page.getKey(), ref).ifPresent(problem -> broken.add(page.getKey() + ": " + e.tagName() + " "
                        + ref + " — " + problem));
            }
        }
        System.out.println("link check: " + checked + " internal links and sources in " + pages.size() + " pages, "
                + broken.size() + " broken");
        assertTrue(broken.isEmpty(), () -> broken.size() + " broken links:\n" + String.join("\n",
                broken.subList(0, Math.min(40, broken.size()))));
    }

    @Test
    void noPageRequestsAnythingFromOutsideTheSite() {
        List<String> external = new ArrayList<>();
        for (var page : pages.entrySet()) {
            Document d = page.getValue();
            for (Element e : d.select("[src], link[href], form[action], object[data], use[href]")) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.hasAttr("href") ? e.attr("href")
                        : e.hasAttr("action") ? e.attr("action") : e.attr("data");
                if (isExternal(ref) || ref.startsWith("//")) {
                    external.add(page.getKey() + ": " + e.tagName() + " " + ref);
                }
            }
            // The Content Security Policy allows neither inline script nor inline style.
            d.select("script:not([src])").stream().filter(s -> !s.attr("type").equals("application/ld+json"))
                    .forEach(s -> external.add(page.getKey() + ": inline script"));
            d.select("style").forEach(s -> external.add(page.getKey() + ": <style> element"));
            d.select("[style]").stream().limit(1).forEach(s -> external.add(page.getKey() + ": style attribute on <"
                    + s.tagName() + ">"));
            d.select("[onclick], [onload], [onchange]").forEach(s -> external.add(page.getKey() + ": event attribute"));
        }
        assertTrue(external.isEmpty(), () -> String.join("\n", external));
    }

    @Test
    void everyPageHasOneH1AndHeadingsNeverSkipALevel() {
        List<String> problems = new ArrayList<>();
        for (var page : pages.entrySet()) {
            List<Element> headings = page.getValue().select("h1, h2, h3, h4, h5, h6");
            long h1 = headings.stream().filter(h -> h.tagName().equals("h1")).count();
            if (h1 != 1) {
                problems.add(page.getKey() + ": " + h1 + " h1 elements");
            }
            int previous = 0;
            for (Element h : headings) {
                int level = h.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    problems.add(page.getKey() + ": h" + level + " \"" + h.text() + "\" follows h" + previous);
                }
                previous = level;
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void idsAreUniqueOnEveryPage() {
        List<String> problems = new ArrayList<>();
        for (var page : pages.entrySet()) {
            Set<String> seen = new HashSet<>();
            for (Element e : page.getValue().select("[id]")) {
                if (!seen.add(e.id())) {
                    problems.add(page.getKey() + ": id \"" + e.id() + "\" used twice");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyTableHasACaptionAndHeaderCells() {
        List<String> problems = new ArrayList<>();
        for (var page : pages.entrySet()) {
            for (Element table : page.getValue().select("table")) {
                Element caption = table.selectFirst("> caption");
                if (caption == null || caption.text().isBlank()) {
                    problems.add(page.getKey() + ": a table without caption: " + table.text().substring(0,
                            Math.min(60, table.text().length())));
                }
                if (table.select("th[scope=col], th[scope=row]").isEmpty()) {
                    problems.add(page.getKey() + ": table \"" + (caption == null ? "" : caption.text())
                            + "\" has no scoped header cells");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyChartHasItsTextAlternativeAndItsDataTable() {
        List<String> problems = new ArrayList<>();
        int charts = 0;
        for (var page : pages.entrySet()) {
            for (Element figure : page.getValue().select("figure")) {
                charts++;
                Element svg = figure.selectFirst("svg");
                String where = page.getKey() + " #" + figure.id();
                if (svg == null || !svg.attr("role").equals("img") || svg.selectFirst("title") == null) {
                    problems.add(where + ": the SVG needs role=img and a title");
                }
                if (figure.selectFirst("figcaption") == null || figure.selectFirst("figcaption").text().isBlank()) {
                    problems.add(where + ": no caption");
                }
                Element data = figure.nextElementSibling();
                if (data == null || !data.tagName().equals("details") || data.selectFirst("table") == null) {
                    problems.add(where + ": no data table after the figure");
                }
            }
        }
        System.out.println("charts checked: " + charts);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyPageHasItsLanguageTitleDescriptionAndOpenGraph() {
        List<String> problems = new ArrayList<>();
        for (var page : pages.entrySet()) {
            Document d = page.getValue();
            for (String need : List.of("html[lang]", "head > title", "meta[name=description][content]",
                    "meta[property=og:title]", "meta[property=og:description]", "meta[property=og:type]",
                    "meta[http-equiv=Content-Security-Policy]", "a.skip[href=#main]", "header", "nav[aria-label=Main]",
                    "main#main", "footer")) {
                if (d.selectFirst(need) == null) {
                    problems.add(page.getKey() + ": missing " + need);
                }
            }
            if (d.title().isBlank()) {
                problems.add(page.getKey() + ": empty title");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertEquals(pages.size(), pages.values().stream().map(Document::title).distinct().count(),
                "every page should have its own title");
    }

    @Test
    void theHomePageLeadsToEveryCountryTheRankingsAndTheMeetingWithinTwoClicks() {
        Map<String, Integer> clicks = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        clicks.put("index.html", 0);
        while (!queue.isEmpty()) {
            String page = queue.poll();
            if (clicks.get(page) >= 2 || !pages.containsKey(page)) {
                continue;
            }
            for (Element a : pages.get(page).select("a[href]")) {
                String ref = a.attr("href");
                if (isExternal(ref) || ref.startsWith("#")) {
                    continue;
                }
                String target = normalise(page, strip(ref));
                if (target != null && !clicks.containsKey(target)) {
                    clicks.put(target, clicks.get(page) + 1);
                    queue.add(target);
                }
            }
        }
        List<String> far = new ArrayList<>();
        for (String page : pages.keySet()) {
            boolean wanted = page.startsWith("countries/") || page.equals("rankings/index.html")
                    || page.equals("meeting/index.html");
            if (wanted && !clicks.containsKey(page)) {
                far.add(page);
            }
        }
        assertTrue(far.isEmpty(), () -> far.size() + " pages are more than two clicks from the home page: " + far);
    }

    @Test
    void everyPageCanBeReachedFromTheHomePage() {
        Set<String> seen = new HashSet<>(List.of("index.html"));
        Deque<String> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            String page = queue.poll();
            for (Element a : pages.get(page).select("a[href]")) {
                if (isExternal(a.attr("href"))) {
                    continue;
                }
                String target = normalise(page, strip(a.attr("href")));
                if (target != null && pages.containsKey(target) && seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        Set<String> orphans = new TreeSet<>(pages.keySet());
        orphans.removeAll(seen);
        assertTrue(orphans.isEmpty(), () -> "no link leads to " + orphans);
    }

    @Test
    void theSitemapListsEveryPageOnce() throws IOException {
        String xml = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
        List<String> locs = new ArrayList<>();
        while (m.find()) {
            locs.add(m.group(1));
        }
        assertEquals(new TreeSet<>(pages.keySet()), new TreeSet<>(locs));
        assertEquals(locs.size(), new HashSet<>(locs).size(), "a page is listed twice");
    }

    @Test
    void theSearchPageLoadsItsIndexBeforeTheScript() {
        List<String> scripts = pages.get("search.html").select("script[src]").eachAttr("src");
        assertEquals(List.of("assets/search-index.js", "assets/site.js"), scripts);
        assertEquals(List.of("assets/site.js"), pages.get("index.html").select("script[src]").eachAttr("src"));
    }

    @Test
    void theDataPageCarriesDatasetMarkupNamingItsFiles() {
        Document d = pages.get("data/index.html");
        Element ld = d.selectFirst("script[type=application/ld+json]");
        assertTrue(ld != null, "the data page needs JSON-LD");
        String json = ld.data();
        assertTrue(json.contains("\"@type\":\"Dataset\"") && json.contains("\"distribution\""), json);
        for (String href : d.select("main a[href$=.csv], main a[href$=.json], main a[href$=.xlsx]").eachAttr("href")) {
            assertTrue(json.contains("\"contentUrl\":\"" + href + "\""), () -> href + " is not in the JSON-LD");
        }
    }

    /** Why {@code ref} from {@code page} does not resolve, or empty when it does. */
    private static Optional<String> resolve(String page, String ref) {
        String fragment = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
        String path = strip(ref);
        String target = path.isEmpty() ? page : normalise(page, path);
        if (target == null) {
            return Optional.of("leaves the site folder");
        }
        if (!Files.isRegularFile(site.resolve(target))) {
            return Optional.of("no file " + target);
        }
        if (!fragment.isEmpty() && target.endsWith(".html")) {
            Document d = pages.get(target);
            if (d == null || (d.getElementById(fragment) == null && d.selectFirst("a[name=" + fragment + "]") == null)) {
                return Optional.of("no id \"" + fragment + "\" in " + target);
            }
        }
        return Optional.empty();
    }

    private static boolean isExternal(String ref) {
        return ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    /** The reference without its query and fragment. */
    private static String strip(String ref) {
        int cut = ref.length();
        for (char c : new char[] {'?', '#'}) {
            int i = ref.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return ref.substring(0, cut);
    }

    /** {@code path} relative to {@code page}, as a path inside the site, or null when it leaves the site. */
    private static String normalise(String page, String path) {
        if (path.isEmpty()) {
            return page;
        }
        URI resolved = URI.create("file:///site/" + page).resolve(path.replace(" ", "%20"));
        String p = resolved.getPath();
        if (!p.startsWith("/site/")) {
            return null;
        }
        String inside = p.substring("/site/".length());
        return inside.isEmpty() || inside.endsWith("/") ? inside + "index.html" : inside;
    }
}
