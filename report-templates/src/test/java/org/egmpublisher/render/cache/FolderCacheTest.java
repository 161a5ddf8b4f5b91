package org.egmpublisher.render.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderCacheTest {

    @TempDir
    Path tmp;

    final AtomicInteger makes = new AtomicInteger();

    String make(String value) {
        makes.incrementAndGet();
        return value;
    }

    @Test
    void aValueIsMadeOnceAndTheNextBuildTakesItFromThePreviousFolder() throws IOException {
        FolderCache first = new FolderCache(null, tmp.resolve("one"), "tool 1");
        assertEquals("<svg/>", first.text("figure", "key", () -> make("<svg/>")));
        assertEquals("<svg/>", first.text("figure", "key", () -> make("other")));
        assertEquals(1, makes.get());
        assertEquals(1, first.made());
        assertEquals(1, first.reused());

        FolderCache second = new FolderCache(tmp.resolve("one"), tmp.resolve("two"), "tool 1");
        assertEquals("<svg/>", second.text("figure", "key", () -> make("other")));
        assertEquals(1, makes.get(), "taken from the previous build, not made");
        assertEquals(1, files(tmp.resolve("two")), "and kept for the build after");

        FolderCache unused = new FolderCache(tmp.resolve("two"), tmp.resolve("three"), "tool 1");
        assertEquals(0, files(tmp.resolve("three")), "a build keeps only what it used");
        assertEquals(0, unused.reused());
    }

    @Test
    void anotherKeyKindOrToolMakesTheValueAgain() {
        new FolderCache(null, tmp.resolve("one"), "tool 1").text("figure", "key", () -> make("a"));
        FolderCache next = new FolderCache(tmp.resolve("one"), tmp.resolve("two"), "tool 1");
        assertEquals("b", next.text("figure", "key 2", () -> make("b")));
        assertEquals("c", next.text("pdf", "key", () -> make("c")));
        FolderCache rebuilt = new FolderCache(tmp.resolve("one"), tmp.resolve("three"), "tool 2");
        assertEquals("d", rebuilt.text("figure", "key", () -> make("d")));
        assertEquals(4, makes.get());
        assertEquals(0, next.reused() + rebuilt.reused());
    }

    @Test
    void threadsAskingForTheSameValueAllGetItWholeAndOneFileIsWritten() throws Exception {
        FolderCache cache = new FolderCache(tmp.resolve("missing"), tmp.resolve("one"), "tool");
        byte[] big = new byte[1 << 20];
        Arrays.fill(big, (byte) 7);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.bytes("pdf", "key", big::clone);
                }));
            }
            start.countDown();
            for (Future<byte[]> r : results) {
                assertArrayEquals(big, r.get(), "a value read back is never half-written");
            }
        }
        assertEquals(8, cache.made() + cache.reused());
        assertEquals(1, files(tmp.resolve("one")));
        assertFalse(Files.exists(tmp.resolve("missing")), "a missing previous folder is not made");
        FolderCache next = new FolderCache(tmp.resolve("one"), tmp.resolve("two"), "tool");
        assertArrayEquals(big, next.bytes("pdf", "key", () -> new byte[0]), "the file holds the whole value");
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        FolderCache cache = new FolderCache(null, tmp.resolve("one"), "tool");
        cache.bytes("pdf", "key", () -> new byte[] {1, 2, 3});
        try (Stream<Path> files = Files.walk(tmp.resolve("one"))) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".tmp-")));
        }
    }

    @Test
    void theToolIdentityChangesWhenAJarOrAClassOnTheClassPathChanges() throws IOException {
        Path jar = Files.writeString(tmp.resolve("egm.jar"), "jar");
        Path classes = Files.createDirectories(tmp.resolve("classes/org"));
        Path type = Files.writeString(classes.resolve("A.class"), "class");
        String path = jar + java.io.File.pathSeparator + tmp.resolve("classes");
        String id = FolderCache.toolIdentity(path);
        assertTrue(id.matches("[0-9a-f]{64}"), id);
        assertEquals(id, FolderCache.toolIdentity(path), "the same code gives the same identity");

        Files.setLastModifiedTime(type, FileTime.fromMillis(Files.getLastModifiedTime(type).toMillis() + 5000));
        String recompiled = FolderCache.toolIdentity(path);
        assertNotEquals(id, recompiled);
        Files.writeString(jar, "jar, rebuilt");
        assertNotEquals(recompiled, FolderCache.toolIdentity(path));
    }

    private static long files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
