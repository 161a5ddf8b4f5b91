package org.egmpublisher.render.cache;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.egmpublisher.render.chart.Fingerprint;

/**
 * A {@link RenderCache} in two folders: the one the previous build left, read, and the one this
 * build leaves, written. A value found in the previous folder is copied into the new one, so the
 * new folder holds exactly what this build used, and the cache never grows beyond one build.
 *
 * <p>A folder holds one pack: {@value #VALUES}, the values one after another in the order of
 * their names, and {@value #INDEX}, a line per value giving its name, offset and length, both
 * written by {@link #close()}. A value's name is the SHA-256 of the tool's identity, its kind and
 * its key: a new build of the tool, or another JDK, finds none of the old values. (A file per
 * value made the example's build create 412 files more than its site has; on the development
 * machine's ext4, creating and later deleting them cost 0.55 s of a 4.7 s build.) A folder
 * without an index, or an index line that points past the values, is a build cut short: nothing,
 * or that value, is reused.
 *
 * <p>The new folder must be the build's private staging folder, swapped in only when the build
 * succeeds. Safe for concurrent use: the first to make a value appends it, and a value is read back
 * only once appended whole.
 */
public final class FolderCache implements RenderCache, Closeable {

    /** The file of the values, and the file that says where each one is. */
    static final String VALUES = "values";
    static final String INDEX = "index";
    /** The values as this build appends them, in the order they are made, until {@link #close()}. */
    private static final String MADE = "values.made";

    /** Where a value lies in a pack. */
    private record Slot(long offset, int length) {
    }

    private final Map<String, Slot> previous;
    private final FileChannel previousValues;
    private final Path next;
    private final String tool;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger made = new AtomicInteger();
    /** The names of the values appended to {@code next}, or being appended: the first to claim one writes it. */
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    /** The values appended whole to {@code next}: only these are read back. */
    private final Map<String, Slot> written = new ConcurrentHashMap<>();
    private FileChannel values; // guarded by this; opened on the first value
    private long end;           // guarded by this
    private boolean closed;     // guarded by this

    /**
     * Reads from {@code previous} (null, missing or without an index: nothing to reuse) and writes
     * into {@code next}; {@code tool} names the code that makes the values ({@link #toolIdentity()}).
     */
    public FolderCache(Path previous, Path next, String tool) {
        this.next = next;
        this.tool = tool;
        Map<String, Slot> index = previous == null ? Map.of() : index(previous);
        FileChannel channel = null;
        if (!index.isEmpty()) {
            try {
                channel = FileChannel.open(previous.resolve(VALUES), StandardOpenOption.READ);
                long size = channel.size();
                // A slot past the end is a value the build that was cut short never finished.
                index.values().removeIf(slot -> slot.offset() > size - slot.length());
            } catch (IOException e) {
                index = Map.of();
            }
        }
        this.previous = index;
        this.previousValues = channel;
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
        try {
            Slot mine = written.get(name);
            if (mine != null) {
                reused.incrementAndGet();
                return read(values(), mine);
            }
            Slot old = previous.get(name);
            byte[] value = old == null ? null : read(previousValues, old);
            if (value != null) {
                reused.incrementAndGet();
            } else {
                value = make.get();
                made.incrementAndGet();
            }
            if (claimed.add(name)) {
                written.put(name, append(value));
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("build cache " + next + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes this build's pack, its values in the order of their names (the same on every build,
     * whatever order the threads made them in), with its index; closes both packs. The cache takes
     * no values after.
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (FileChannel in = previousValues; FileChannel made = values) {
            if (made == null) {
                return;
            }
            StringBuilder index = new StringBuilder();
            long offset = 0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(next.resolve(VALUES)), 1 << 16)) {
                for (Map.Entry<String, Slot> e : new TreeMap<>(written).entrySet()) {
                    Slot slot = e.getValue();
                    out.write(read(made, slot));
                    index.append(e.getKey()).append(' ').append(offset).append(' ').append(slot.length()).append('\n');
                    offset += slot.length();
                }
            }
            Files.writeString(next.resolve(INDEX), index);
        }
        Files.delete(next.resolve(MADE));
    }

    /** How many values were taken from the cache so far. */
    public int reused() {
        return reused.get();
    }

    /** How many values were made (and kept) so far. */
    public int made() {
        return made.get();
    }

    private synchronized FileChannel values() throws IOException {
        if (closed) {
            throw new IOException("the cache is closed");
        }
        if (values == null) {
            Files.createDirectories(next);
            values = FileChannel.open(next.resolve(MADE), StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        }
        return values;
    }

    private synchronized Slot append(byte[] value) throws IOException {
        FileChannel out = values();
        ByteBuffer buffer = ByteBuffer.wrap(value);
        long at = end;
        while (buffer.hasRemaining()) {
            out.write(buffer, at + buffer.position());
        }
        end += value.length;
        return new Slot(at, value.length);
    }

    /** The value in {@code slot}, or null when the pack ends before it (a build cut short). */
    private static byte[] read(FileChannel pack, Slot slot) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(slot.length());
        while (buffer.hasRemaining()) {
            if (pack.read(buffer, slot.offset() + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.array();
    }

    /**
     * The slots listed in a folder's index: none when it has no index (a first build, or one cut
     * short) or one this tool did not write, so that everything is made again.
     */
    private static Map<String, Slot> index(Path folder) {
        Map<String, Slot> slots = new HashMap<>();
        try {
            for (String line : Files.readAllLines(folder.resolve(INDEX), StandardCharsets.UTF_8)) {
                String[] f = line.split(" ");
                if (f.length != 3) {
                    return Map.of();
                }
                Slot slot = new Slot(Long.parseLong(f[1]), Integer.parseInt(f[2]));
                if (slot.offset() < 0 || slot.length() < 0) {
                    return Map.of();
                }
                slots.put(f[0], slot);
            }
        } catch (IOException | NumberFormatException e) {
            return Map.of();
        }
        return slots;
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
}
