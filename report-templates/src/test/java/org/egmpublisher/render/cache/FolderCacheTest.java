package org.egmpublisher.render.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        try (FolderCache first = new FolderCache(null, tmp.resolve("one"), "tool 1")) {
            assertEquals("<svg/>", first.text("figure", "key", () -> make("<svg/>")));
            assertEquals("<svg/>", first.text("figure", "key", () -> make("other")));
            assertEquals(1, makes.get());
            assertEquals(1, first.made());
            assertEquals(1, first.reused());
        }
        try (FolderCache second = new FolderCache(tmp.resolve("one"), tmp.resolve("two"), "tool 1")) {
            assertEquals("<svg/>", second.text("figure", "key", () -> make("other")));
            assertEquals(1, makes.get(), "taken from the previous build, not made");
        }
        assertEquals(1, values(tmp.resolve("two")), "and kept for the build after");

        FolderCache unused = new FolderCache(tmp.resolve("two"), tmp.resolve("three"), "tool 1");
        unused.close();
        assertEquals(0, values(tmp.resolve("three")), "a build keeps only what it used");
        assertEquals(0, unused.reused());
    }

    @Test
    void anotherKeyKindOrToolMakesTheValueAgain() throws IOException {
        try (FolderCache first = new FolderCache(null, tmp.resolve("one"), "tool 1")) {
            first.text("figure", "key", () -> make("a"));
        }
        try (FolderCache next = new FolderCache(tmp.resolve("one"), tmp.resolve("two"), "tool 1");
             FolderCache rebuilt = new FolderCache(tmp.resolve("one"), tmp.resolve("three"), "tool 2")) {
            assertEquals("b", next.text("figure", "key 2", () -> make("b")));
            assertEquals("c", next.text("pdf", "key", () -> make("c")));
            assertEquals("d", rebuilt.text("figure", "key", () -> make("d")));
            assertEquals(4, makes.get());
            assertEquals(0, next.reused() + rebuilt.reused());
        }
    }

    @Test
    void threadsAskingForTheSameValueAllGetItWholeAndItIsKeptOnce() throws Exception {
        byte[] big = new byte[1 << 20];
        Arrays.fill(big, (byte) 7);
        try (FolderCache cache = new FolderCache(tmp.resolve("missing"), tmp.resolve("one"), "tool")) {
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
        }
        assertEquals(1, values(tmp.resolve("one")));
        assertEquals(big.length, Files.size(tmp.resolve("one").resolve(FolderCache.VALUES)), "appended once");
        assertFalse(Files.exists(tmp.resolve("missing")), "a missing previous folder is not made");
        try (FolderCache next = new FolderCache(tmp.resolve("one"), tmp.resolve("two"), "tool")) {
            assertArrayEquals(big, next.bytes("pdf", "key", () -> new byte[0]), "the pack holds the whole value");
        }
    }

    @Test
    void valuesOfManyKindsShareOnePackAndEachComesBackAsItWasKept() throws IOException {
        try (FolderCache first = new FolderCache(null, tmp.resolve("one"), "tool")) {
            for (int i = 0; i < 50; i++) {
                String v = value(i);
                first.text(i % 2 == 0 ? "figure" : "pdf", "key " + i, () -> make(v));
            }
        }
        try (Stream<Path> files = Files.list(tmp.resolve("one"))) {
            assertEquals(List.of(FolderCache.INDEX, FolderCache.VALUES),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "two files, whatever the count");
        }
        try (FolderCache second = new FolderCache(tmp.resolve("one"), tmp.resolve("two"), "tool")) {
            for (int i = 49; i >= 0; i--) {
                assertEquals(value(i), second.text(i % 2 == 0 ? "figure" : "pdf", "key " + i, () -> make("x")));
            }
            assertEquals(50, second.reused());
        }
        assertEquals(50, makes.get(), "made by the first build alone");
    }

    @Test
    void thePackIsTheSameWhateverOrderTheValuesWereMadeIn() throws IOException {
        try (FolderCache forward = new FolderCache(null, tmp.resolve("forward"), "tool");
             FolderCache backward = new FolderCache(null, tmp.resolve("backward"), "tool")) {
            for (int k = 0; k < 20; k++) {
                int i = k;
                int j = 19 - k;
                forward.text("figure", "key " + i, () -> value(i));
                backward.text("figure", "key " + j, () -> value(j));
            }
        }
        for (String file : List.of(FolderCache.VALUES, FolderCache.INDEX)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("forward").resolve(file)),
                    Files.readAllBytes(tmp.resolve("backward").resolve(file)), file);
        }
    }

    @Test
    void aBuildCutShortLeavesNothingThatIsReused() throws IOException {
        try (FolderCache first = new FolderCache(null, tmp.resolve("one"), "tool")) {
            first.text("figure", "a", () -> make("first value"));
            first.text("figure", "b", () -> make("second value"));
        }
        Path one = tmp.resolve("one");
        // The values end before the second one's slot: that value is made again, the first reused.
        byte[] values = Files.readAllBytes(one.resolve(FolderCache.VALUES));
        Files.write(one.resolve(FolderCache.VALUES), Arrays.copyOf(values, values.length - 3));
        try (FolderCache second = new FolderCache(one, tmp.resolve("two"), "tool")) {
            second.text("figure", "a", () -> make("again"));
            second.text("figure", "b", () -> make("again"));
            assertEquals(3, makes.get());
        }
        // No index at all (the build stopped before writing it): nothing is reused.
        Files.delete(tmp.resolve("two").resolve(FolderCache.INDEX));
        try (FolderCache third = new FolderCache(tmp.resolve("two"), tmp.resolve("three"), "tool")) {
            third.text("figure", "a", () -> make("again"));
            assertEquals(0, third.reused());
        }
        // An index this tool did not write whole: ignored, never a failure.
        for (String damaged : List.of("not an index\n", "%s -5 3\n", "%s 0 -1\n", "%s 0 99999999999\n")) {
            String name = Files.readAllLines(tmp.resolve("three").resolve(FolderCache.INDEX)).get(0).split(" ")[0];
            Path copy = Files.createDirectories(tmp.resolve("damaged"));
            Files.copy(tmp.resolve("three").resolve(FolderCache.VALUES), copy.resolve(FolderCache.VALUES),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(copy.resolve(FolderCache.INDEX), damaged.formatted(name));
            try (FolderCache fourth = new FolderCache(copy, tmp.resolve("four-" + makes.get()), "tool")) {
                assertEquals("made", fourth.text("figure", "a", () -> make("made")), damaged);
                assertEquals(0, fourth.reused(), damaged);
            }
        }
    }

    private static String value(int i) {
        return "value " + i + " – ".repeat(i);
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

    /** How many values a folder's pack holds, by its index. */
    private static long values(Path dir) throws IOException {
        Path index = dir.resolve(FolderCache.INDEX);
        return Files.exists(index) ? Files.readAllLines(index).size() : 0;
    }
}
