package org.egmpublisher.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Folders of files as the tests compare them: copied whole, or read into a map by relative path. */
final class Folders {

    /** What a test reads of each file. */
    @FunctionalInterface
    interface Reading<V> {
        V read(Path file) throws IOException;
    }

    private Folders() {
    }

    /** Every file under {@code root} whose relative path {@code include} accepts, read by {@code reading}. */
    static <V> Map<String, V> read(Path root, Predicate<String> include, Reading<V> reading) throws IOException {
        Map<String, V> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(f).toString();
                if (include.test(path)) {
                    files.put(path, reading.read(f));
                }
            }
        }
        return files;
    }

    /** Copies the tree {@code from} to {@code to}. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
