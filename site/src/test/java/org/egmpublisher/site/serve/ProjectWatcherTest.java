package org.egmpublisher.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher triggers a rebuild after a change to the project, not after the build's own writes;
 * with a stand-in rebuild the whole path from a saved file to a new version over HTTP is timed.
 */
class ProjectWatcherTest {

    static final Duration DEBOUNCE = Duration.ofMillis(50);

    @TempDir
    Path tmp;

    @Test
    void aChangedMarkdownFileBumpsTheServedVersion() throws Exception {
        Path project = project();
        Path out = project.resolve("out");
        Path site = out.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "<html><body>v1</body></html>");
        try (PreviewServer server = PreviewServer.start(site, 0);
             ProjectWatcher watcher = ProjectWatcher.start(project, out, DEBOUNCE, () -> {
                 try {
                     // A stand-in for Build.run: writes into the output folder, which must not trigger again.
                     Files.writeString(site.resolve("index.html"), "<html><body>v2</body></html>");
                 } catch (IOException e) {
                     throw new java.io.UncheckedIOException(e);
                 }
                 server.siteChanged();
             })) {
            HttpClient client = HttpClient.newHttpClient();
            long before = version(client, server);
            long start = System.nanoTime();
            Files.writeString(project.resolve("content/about.md"), "---\ntitle: About\n---\nChanged.\n");
            long deadline = start + Duration.ofSeconds(10).toNanos();
            long now = version(client, server);
            while (now == before && System.nanoTime() < deadline) {
                Thread.sleep(5);
                now = version(client, server);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("serve: file change to new version over HTTP in " + millis + " ms (debounce "
                    + DEBOUNCE.toMillis() + " ms, stand-in rebuild)");
            assertEquals(before + 1, now, "version moved on within 10 s");
            Thread.sleep(300);
            assertEquals(now, version(client, server), "the rebuild's own writes into out/ do not trigger another");
        }
    }

    @Test
    void aBurstOfChangesGivesOneRebuildAndNewFoldersAreWatched() throws Exception {
        Path project = project();
        AtomicInteger rebuilds = new AtomicInteger();
        try (ProjectWatcher watcher = ProjectWatcher.start(project, tmp.resolve("out"), DEBOUNCE, rebuilds::incrementAndGet)) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(project.resolve("meeting/polls.csv"), "poll_id\n" + i + "\n");
            }
            await(() -> rebuilds.get() >= 1);
            Thread.sleep(200);
            assertEquals(1, rebuilds.get(), "one rebuild for a burst");
            Files.createDirectories(project.resolve("meeting/outcomes"));
            Thread.sleep(150);
            int after = rebuilds.get();
            Files.writeString(project.resolve("meeting/outcomes/s1-g1.md"), "---\nsession: s1\n---\n");
            await(() -> rebuilds.get() > after);
        }
    }

    @Test
    void theCallbackNamesTheFilesChangedRelativeToTheProject() throws Exception {
        Path project = project();
        List<Set<Path>> calls = new CopyOnWriteArrayList<>();
        try (ProjectWatcher watcher = ProjectWatcher.start(project, tmp.resolve("out"), DEBOUNCE,
                (Set<Path> files) -> calls.add(files))) {
            Files.writeString(project.resolve("content/about.md"), "---\ntitle: About us\n---\n");
            Files.writeString(project.resolve("meeting/polls.csv"), "poll_id\n");
            await(() -> calls.stream().mapToInt(Set::size).sum() >= 2);
            Set<Path> seen = new TreeSet<>();
            calls.forEach(seen::addAll);
            assertEquals(Set.of(Path.of("content/about.md"), Path.of("meeting/polls.csv")), seen);
        }
    }

    @Test
    void ignoresTheOutputFolderItsStagingSiblingsAndHiddenFiles() throws IOException {
        Path project = project();
        try (ProjectWatcher watcher = ProjectWatcher.start(project, project.resolve("out"), DEBOUNCE, () -> { })) {
            assertTrue(watcher.ignored(project.resolve("out/site/index.html")));
            assertTrue(watcher.ignored(project.resolve(".out.tmp-123/site/index.html")));
            assertTrue(watcher.ignored(project.resolve(".out.old-123")));
            assertTrue(watcher.ignored(project.resolve("content/.about.md.swp")));
            assertTrue(watcher.ignored(project.resolve("content/about.md~")));
            assertFalse(watcher.ignored(project.resolve("content/about.md")));
            assertFalse(watcher.ignored(project.resolve("outcomes.md")));
        }
    }

    private Path project() throws IOException {
        Path project = tmp.resolve("project");
        Files.createDirectories(project.resolve("content"));
        Files.createDirectories(project.resolve("meeting"));
        Files.writeString(project.resolve("content/about.md"), "---\ntitle: About\n---\n");
        return project;
    }

    private static long version(HttpClient client, PreviewServer server) throws IOException, InterruptedException {
        URI uri = server.uri().resolve("/__egm/version");
        return Long.parseLong(client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body().strip());
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
