package org.egmpublisher.render.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.survey.Edition;

/**
 * What the annex says it was made from: a SHA-256 fingerprint of the input files the scores come
 * from, and the version of the tool. The methodology preset is taken from the scores themselves.
 *
 * <p>The fingerprint is the SHA-256 of a {@code sha256sum} manifest: one line
 * {@code <hex digest>  <path>\n} per file: {@code publication.yaml} (its seed, draws and scenarios
 * shape the rank intervals and proposals), {@code survey/countries.csv}, then the results files in
 * path order. Anyone can recompute it in the project folder with
 * {@code sha256sum publication.yaml survey/countries.csv survey/results/*.csv | sha256sum}. The scoring module does
 * no I/O, so the files are read here, once per build.
 *
 * @param files the input files, paths relative to the project, in the order hashed
 * @param fingerprint the SHA-256 of the manifest, 64 lower-case hex digits
 * @param toolVersion the version of EGM Publisher that built the annex
 */
public record AnnexStamp(List<InputFile> files, String fingerprint, String toolVersion) {

    /** The settings file, hashed first, then the countries file. */
    static final String PUBLICATION = "publication.yaml";
    static final String COUNTRIES = "survey/countries.csv";

    /** One input file and its own SHA-256. */
    public record InputFile(String path, String sha256) {
        public InputFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public AnnexStamp {
        files = List.copyOf(files);
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (fingerprint == null || !fingerprint.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("fingerprint must be 64 lower-case hex digits (SHA-256), got '"
                    + fingerprint + "'");
        }
    }

    /** The stamp of a project's inputs to the numbers: settings, countries and each edition's results. */
    public static AnnexStamp of(Project project, String toolVersion) {
        List<String> results = project.survey().editions().stream().map(Edition::file).sorted().toList();
        List<String> paths = new ArrayList<>();
        paths.add(PUBLICATION);
        paths.add(COUNTRIES);
        paths.addAll(results);
        return of(project.root(), paths, toolVersion);
    }

    /** The stamp of {@code paths} (relative to {@code root}), hashed in the order given. */
    public static AnnexStamp of(Path root, List<String> paths, String toolVersion) {
        List<InputFile> files = new ArrayList<>();
        StringBuilder manifest = new StringBuilder();
        for (String path : paths) {
            Path file = root.resolve(path);
            try {
                String digest = sha256(Files.readAllBytes(file));
                files.add(new InputFile(path, digest));
                manifest.append(digest).append("  ").append(path).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read input file " + path + " to fingerprint it (in " + root
                        + ")", e);
            }
        }
        return new AnnexStamp(files, sha256(manifest.toString().getBytes(StandardCharsets.UTF_8)), toolVersion);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
