package org.egmpublisher.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egmpublisher.render.html.Templates;

/**
 * The site folder as pages are written into it: renders a page template with the model every page
 * shares (site, root, path, scripts), and records each page for the sitemap and the search index.
 */
final class SiteOutput {

    /** One entry of the search index: title, address, context, keywords (short keys keep the file small). */
    record SearchEntry(String t, String u, String c, String k) {
    }

    private final Templates templates;
    private final Path out;
    private final SiteWriter.SiteInfo site;
    private final List<String> written = new ArrayList<>();
    private final List<SearchEntry> search = new ArrayList<>();

    SiteOutput(Templates templates, Path out, SiteWriter.SiteInfo site) {
        this.templates = templates;
        this.out = out;
        this.site = site;
    }

    SiteWriter.SiteInfo site() {
        return site;
    }

    /**
     * The model every page starts from. {@code root} leads back to the site folder from the page
     * ({@code ../} per folder), so every link is relative and the site works from disk.
     */
    Map<String, Object> base(String path, String title, String description) {
        Map<String, Object> model = new LinkedHashMap<>();
        int depth = (int) path.chars().filter(ch -> ch == '/').count();
        model.put("root", "../".repeat(depth));
        model.put("path", path);
        model.put("site", site);
        model.put("title", title);
        model.put("description", description);
        model.put("jsonLd", "");
        model.put("scripts", List.of());
        model.put("headerSearch", true);
        return model;
    }

    void page(String path, String template, Map<String, Object> model) throws IOException {
        write(path, templates.render(template, model));
        written.add(path);
    }

    void index(String title, String url, String context, String keywords) {
        search.add(new SearchEntry(title, url, context, keywords));
    }

    void write(String path, String content) throws IOException {
        Path file = out.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    Path folder() {
        return out;
    }

    List<String> written() {
        return List.copyOf(written);
    }

    List<SearchEntry> searchEntries() {
        return List.copyOf(search);
    }
}
