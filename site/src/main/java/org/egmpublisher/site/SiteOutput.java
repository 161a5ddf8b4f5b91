package org.egmpublisher.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egmpublisher.render.html.Templates;

/**
 * The site folder as pages are written into it: renders a page template with the model every page
 * shares (site, root, path, scripts), and records each page for the sitemap and the search index.
 *
 * <p>Every file's text is kept. Given the files of the previous build of the same folder (a
 * preview rebuilding after a change), a file whose text is unchanged is not written again, and a
 * changed one replaces the old at once (written beside it, then moved), so a browser never reads
 * half a page.
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
    private final Map<String, String> previous;
    private final Map<String, String> files = new LinkedHashMap<>();

    SiteOutput(Templates templates, Path out, SiteWriter.SiteInfo site, Map<String, String> previous) {
        this.templates = templates;
        this.out = out;
        this.site = site;
        this.previous = previous;
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
        files.put(path, content);
        if (content.equals(previous.get(path))) {
            return;
        }
        Path file = out.resolve(path);
        Files.createDirectories(file.getParent());
        if (previous.isEmpty()) {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } else {
            Path next = file.resolveSibling("." + file.getFileName() + ".next");
            Files.writeString(next, content, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Every file written, by its path in the site, with its text. */
    Map<String, String> files() {
        return files;
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
