package org.egmpublisher.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a build into a fresh folder beside the output and swaps it in only when everything
 * succeeded, so a failed build leaves the previous output whole. Refuses an output folder that
 * it did not make (no marker file) or that holds the project, so it can never delete inputs.
 */
public final class OutputFolder {

    /** The marker that says a folder is an EGM Publisher output and may be replaced. */
    public static final String MARKER = ".egm-output";

    private final Path target;
    private final Path staging;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Checks {@code target} may be replaced and makes the staging folder beside it. */
    public static OutputFolder prepare(Path target, Path project) throws IOException, UnsafeOutputException {
        Path out = target.toAbsolutePath().normalize();
        Path proj = project.toAbsolutePath().normalize();
        if (proj.startsWith(out)) {
            throw new UnsafeOutputException("output folder " + target + " contains the project " + project
                    + "; choose another --out");
        }
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new UnsafeOutputException("output " + target + " is a file, not a folder");
            }
            if (!Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
                throw new UnsafeOutputException("output folder " + target + " exists and was not made by egm (no "
                        + MARKER + " file); refusing to replace it. Remove it or choose another --out");
            }
        }
        Path parent = out.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".tmp-");
        // A temporary folder is private (rwx------); the published site must be readable by a web server.
        if (Files.getFileStore(staging).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(staging.resolve(MARKER), "Made by EGM Publisher; replaced on every build.\n");
        return new OutputFolder(out, staging);
    }

    /** The output folder the build replaces (it may not exist yet). */
    public Path target() {
        return target;
    }

    /** Where the build writes. */
    public Path staging() {
        return staging;
    }

    /** Moves the finished build into place, deleting the previous one. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + staging.getFileName().toString()
                    .replaceAll(".*tmp-", ""));
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            delete(old);
        }
    }

    /** Drops the staging folder after a failure; the previous output is untouched. */
    public void abandon() {
        try {
            delete(staging);
        } catch (IOException e) {
            // Nothing more to do: the staging folder is hidden and the next build makes a new one.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Whether the folder {@code dir} holds nothing. */
    public static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** Deletes the file or folder tree {@code root}, if it exists. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
