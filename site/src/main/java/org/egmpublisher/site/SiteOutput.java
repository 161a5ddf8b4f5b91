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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.egmpublisher.render.html.Templates;

/**
 * The site folder as pages are written into it: renders a page template with the model every page
 * shares (site, root, path, scripts), and records each page for the sitemap and the search index.
 *
 * <p>For a preview, every file's text is kept ({@code previous} not null). Given the files of the
 * previous build of the same folder, a file whose text is unchanged is not written again, and the
 * changed ones are written when every page is rendered ({@link #flush}), each replacing the old at
 * once (written beside it, then moved), so a browser never reads half a page and a template error
 * leaves the site as it was. A plain build keeps nothing: at 100 times the countries the texts
 * would take gigabytes.
 */
final class SiteOutput {

    /** One entry of the search index: title, address, context, keywords (short keys keep the file small). */
    record SearchEntry(String t, String u, String c, String k) {
    }

    /** A part of the site as written: its pages in order (for the sitemap), search entries and files. */
    record Section(List<String> pages, List<SearchEntry> search, Map<String, String> files) {
    }

    /** A section's writes. */
    @FunctionalInterface
    interface Writes {
        void run() throws IOException;
    }

    private final Templates templates;
    private final Path out;
    private final SiteWriter.SiteInfo site;
    private final List<String> written = new ArrayList<>();
    private final List<SearchEntry> search = new ArrayList<>();
    private final Map<String, String> previous;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, Section> previousSections;
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final List<String> writeOrder = new ArrayList<>();
    private final Map<String, String> pending = new LinkedHashMap<>();
    /** The folders made so far, shared with the forks: making one that exists costs an exception. */
    private final Set<Path> folders;

    SiteOutput(Templates templates, Path out, SiteWriter.SiteInfo site, Map<String, String> previous,
               Map<String, Section> previousSections) {
        this(templates, out, site, previous, previousSections, ConcurrentHashMap.newKeySet());
    }

    private SiteOutput(Templates templates, Path out, SiteWriter.SiteInfo site, Map<String, String> previous,
                       Map<String, Section> previousSections, Set<Path> folders) {
        this.templates = templates;
        this.out = out;
        this.site = site;
        this.previous = previous;
        this.previousSections = previousSections;
        this.folders = folders;
    }

    /**
     * Writes the section {@code name}, or, when {@code unchanged} and the previous build recorded
     * it, takes its pages, search entries and files from that record without writing anything:
     * they are on disk already.
     */
    void section(String name, boolean unchanged, Writes writes) throws IOException {
        if (previous == null) {
            writes.run();
            return;
        }
        Section before = previousSections.get(name);
        if (unchanged && before != null) {
            written.addAll(before.pages());
            search.addAll(before.search());
            files.putAll(before.files());
            sections.put(name, before);
            return;
        }
        int pages = written.size();
        int entries = search.size();
        int firstWrite = writeOrder.size();
        writes.run();
        Map<String, String> own = new LinkedHashMap<>();
        for (String path : writeOrder.subList(firstWrite, writeOrder.size())) {
            own.put(path, files.get(path));
        }
        sections.put(name, new Section(List.copyOf(written.subList(pages, written.size())),
                List.copyOf(search.subList(entries, search.size())), own));
    }

    /**
     * A part of the output to be written apart (on another thread), then taken in by {@link #join}
     * where it belongs, so the sitemap and the search index keep their order.
     */
    SiteOutput fork() {
        return new SiteOutput(templates, out, site, previous, previousSections, folders);
    }

    /** Takes in what {@code part} wrote, as if it had been written here and now. */
    void join(SiteOutput part) {
        written.addAll(part.written);
        search.addAll(part.search);
        files.putAll(part.files);
        writeOrder.addAll(part.writeOrder);
        pending.putAll(part.pending);
        sections.putAll(part.sections);
    }

    /** The sections written, by name. */
    Map<String, Section> sections() {
        return sections;
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
        if (previous == null || previous.isEmpty()) {
            if (previous != null) {
                files.put(path, content);
                writeOrder.add(path);
            }
            Path file = out.resolve(path);
            folder(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return;
        }
        files.put(path, content);
        writeOrder.add(path);
        if (!content.equals(previous.get(path))) {
            // Held back until every page is rendered: a template error half-way leaves the site whole.
            pending.put(path, content);
        }
    }

    private void folder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** Writes the changed files held back, each replacing the old one at once. */
    void flush() throws IOException {
        for (Map.Entry<String, String> e : pending.entrySet()) {
            Path file = out.resolve(e.getKey());
            folder(file.getParent());
            Path next = file.resolveSibling("." + file.getFileName() + ".next");
            Files.writeString(next, e.getValue(), StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        pending.clear();
    }

    /** Every file written, by its path in the site, with its text (none for a plain build). */
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
