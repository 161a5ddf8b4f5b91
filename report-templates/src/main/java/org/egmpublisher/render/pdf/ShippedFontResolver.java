package org.egmpublisher.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.egmpublisher.render.Fonts;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The fonts a document may use: the shipped DejaVu faces, embedded as Identity-H, and nothing
 * else. Flying Saucer's own resolver starts by parsing the metrics of the fourteen standard PDF
 * fonts, which are never embedded and which the documents never name — a fifth of the time of a
 * PDF. Here the CSS generic families lead to the DejaVu faces instead, so every glyph of every
 * document comes from an embedded font.
 */
final class ShippedFontResolver extends ITextFontResolver {

    /** Flying Saucer's names for the CSS generic families, and the shipped family each stands for. */
    private static final Map<String, String> GENERIC = Map.of(
            "DejaVu Sans", "SansSerif", "DejaVu Serif", "Serif", "DejaVu Sans Mono", "Monospaced");

    private final Map<String, BaseFont> faces;

    ShippedFontResolver() {
        this.faces = Faces.ALL;
        for (Map.Entry<String, BaseFont> face : faces.entrySet()) {
            String path = FontFiles.DIR.resolve(face.getKey()).toString();
            BaseFont base = face.getValue();
            try {
                addFont(base, path, null);
                String family = base.getFamilyFontName()[0][3];
                if (GENERIC.containsKey(family)) {
                    addFont(base, path, GENERIC.get(family));
                }
            } catch (DocumentException e) {
                throw new IllegalStateException("shipped font rejected: " + e.getMessage(), e);
            }
        }
    }

    /** The face loaded from {@code file} (e.g. {@code DejaVuSans.ttf}), for charts drawn into the same document. */
    BaseFont face(String file) {
        BaseFont face = faces.get(file);
        if (face == null) {
            throw new IllegalArgumentException("no shipped font file " + file + " among " + faces.keySet());
        }
        return face;
    }

    /** None of the standard fonts: see the class comment. */
    @Override
    protected Map<String, FontFamily> loadFonts() {
        return new HashMap<>();
    }

    /**
     * The shipped faces, parsed once per run and shared by every document: a face is read-only once
     * parsed (each document keeps its own record of the glyphs it used), and its subset tags are
     * fixed per thread ({@link FixedSubsetTags}).
     *
     * <p>Each face is parsed from its bytes, not from its file: OpenPDF then keeps the bytes and cuts
     * each document's subset from them. From a file it reads the glyph index one byte per system call
     * while it writes a subset: some 220,000 reads for the two documents of the bundled example.
     */
    private static final class Faces {
        static final Map<String, BaseFont> ALL = parse();

        private static Map<String, BaseFont> parse() {
            Map<String, BaseFont> faces = new LinkedHashMap<>();
            for (Map.Entry<Path, byte[]> font : FontFiles.FILES.entrySet()) {
                try {
                    String name = font.getKey().getFileName().toString();
                    BaseFont face = FixedSubsetTags.apply(BaseFont.createFont(font.getKey().toString(),
                            BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, font.getValue(), null), name);
                    // OpenPDF's CIDSet lists the glyphs used, not every glyph of the subset it embeds,
                    // which PDF/UA and PDF/A forbid; the entry is optional, so there is none.
                    face.setIncludeCidSet(false);
                    faces.put(name, face);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (DocumentException e) {
                    throw new IllegalStateException("shipped font rejected: " + e.getMessage(), e);
                }
            }
            return Collections.unmodifiableMap(faces);
        }
    }

    /**
     * The shipped fonts as files, with their bytes: Flying Saucer reads a font's decorations
     * (underline, strike-through) from a file path, so they are copied once per run into a private
     * temporary folder.
     */
    private static final class FontFiles {
        static final Path DIR = folder();
        static final Map<Path, byte[]> FILES = extract();

        private static Path folder() {
            try {
                Path dir = Files.createTempDirectory("egm-fonts-");
                dir.toFile().deleteOnExit();
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Map<Path, byte[]> extract() {
            try {
                Map<Path, byte[]> files = new LinkedHashMap<>();
                for (String resource : Fonts.RESOURCES) {
                    Path file = DIR.resolve(resource.substring(resource.lastIndexOf('/') + 1));
                    byte[] bytes;
                    try (InputStream in = ShippedFontResolver.class.getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IllegalStateException("font resource missing: " + resource);
                        }
                        bytes = in.readAllBytes();
                    }
                    Files.write(file, bytes);
                    file.toFile().deleteOnExit();
                    files.put(file, bytes);
                }
                return Collections.unmodifiableMap(files);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
