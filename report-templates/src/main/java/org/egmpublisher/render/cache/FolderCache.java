package org.egmpublisher.render.cache;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LongSummaryStatistics;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.egmpublisher.render.chart.Fingerprint;

/**
 * A {@link RenderCache} in two folders: the one the previous build left, read, and the one this
 * build leaves, written. A value found in the previous folder is linked into the new one, so the
 * new folder holds exactly what this build used, and the cache never grows beyond one build.
 *
 * <p>Each value is a file named by the SHA-256 of the tool's identity, its kind and its key: a
 * new build of the tool, or another JDK, finds none of the old values. The new folder must be the
 * build's private staging folder, swapped in only when the build succeeds: values are written
 * straight into it, since a build cut short is never swapped in and so never read. (Writing each
 * beside and moving it over cost a temporary name, a rename, a folder check and a failed look-up
 * per value: 3,300 of the 30,000 system calls of the example's build.) Safe for concurrent use: the
 * first to make a value writes it, and a value is read back only once written whole.
 */
public final class FolderCache implements RenderCache {

    private final Path previous;
    private final Path next;
    private final String tool;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();
    /** The names of the values written into {@code next}, or being written: the first to claim one writes it. */
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    /** The names of the values written whole into {@code next}: only these are read back. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** The folders of {@code next} made so far: one per kind. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /**
     * Reads from {@code previous} (null or missing: nothing to reuse) and writes into {@code next};
     * {@code tool} names the code that makes the values ({@link #toolIdentity()}).
     */
    public FolderCache(Path previous, Path next, String tool) {
        // A first build has no previous folder: no value is looked for in it, one failed open each.
        this.previous = previous != null && Files.isDirectory(previous) ? previous : null;
        this.next = next;
        this.tool = tool;
    }

    @Override
    public byte[] bytes(String kind, String key, Supplier<byte[]> make) {
        return kept(kind, key, make);
    }

    /** As the default, without decoding again the text just made. */
    @Override
    public String text(String kind, String key, Supplier<String> make) {
        String[] made = new String[1];
        byte[] value = kept(kind, key, () -> {
            made[0] = make.get();
            return made[0].getBytes(StandardCharsets.UTF_8);
        });
        return made[0] != null ? made[0] : new String(value, StandardCharsets.UTF_8);
    }

    private byte[] kept(String kind, String key, Supplier<byte[]> make) {
        String name = Fingerprint.sha256(tool + "\u0000" + kind + "\u0000" + key);
        Path kept = next.resolve(kind).resolve(name);
        try {
            if (written.contains(name)) {
                byte[] value = read(kept);
                if (value != null) {
                    reused.incrementAndGet();
                    return value;
                }
            }
            if (previous != null) {
                Path old = previous.resolve(kind).resolve(name);
                byte[] value = read(old);
                if (value != null) {
                    if (claimed.add(name)) {
                        keep(old, kept);
                        written.add(name);
                    }
                    reused.incrementAndGet();
                    return value;
                }
            }
            byte[] value = make.get();
            if (claimed.add(name)) {
                folder(kept.getParent());
                Files.write(kept, value);
                written.add(name);
            }
            made.incrementAndGet();
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("build cache " + kept + ": " + e.getMessage(), e);
        }
    }

    private void folder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** How many values were taken from the cache so far. */
    public int reused() {
        return reused.get();
    }

    /** How many values were made (and kept) so far. */
    public int made() {
        return made.get();
    }

    /**
     * The running tool's identity: the Java runtime, and each entry of the class path by its name,
     * size and time of change (a folder of classes by its number of files and the newest one).
     * Rebuilding the tool changes it.
     */
    public static String toolIdentity() {
        return toolIdentity(System.getProperty("java.class.path", ""));
    }

    static String toolIdentity(String classPath) {
        StringBuilder id = new StringBuilder(Runtime.version().toString()).append(' ')
                .append(System.getProperty("java.vendor", "")).append('\n');
        for (String entry : classPath.split(File.pathSeparator)) {
            // Named by what it holds, not where: the same jar run by a relative or absolute path is the same tool.
            Path p = Path.of(entry);
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        LongSummaryStatistics times = files.filter(Files::isRegularFile)
                                .mapToLong(FolderCache::modified).summaryStatistics();
                        id.append("classes ").append(times.getCount()).append(' ').append(times.getMax()).append('\n');
                    }
                } else if (Files.isRegularFile(p)) {
                    id.append(p.getFileName()).append(' ').append(Files.size(p)).append(' ').append(modified(p))
                            .append('\n');
                }
            } catch (IOException | UncheckedIOException e) {
                id.append(entry).append(" unreadable\n");
            }
        }
        return Fingerprint.sha256(id.toString());
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) throws IOException {
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Links (or, where links are not supported, copies) a value of the previous build into this one. */
    private void keep(Path from, Path to) throws IOException {
        folder(to.getParent());
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            if (!Files.exists(to)) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
