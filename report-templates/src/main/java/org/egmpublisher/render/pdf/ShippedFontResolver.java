package org.egmpublisher.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    private final Map<String, BaseFont> faces = new HashMap<>();

    ShippedFontResolver() {
        try {
            for (Path font : FontFiles.PATHS) {
                // Not cached: each document gets its own font objects, so subset tags restart.
                BaseFont base = FixedSubsetTags.apply(BaseFont.createFont(font.toString(), BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED, false, null, null), font.getFileName().toString());
                addFont(base, font.toString(), null);
                faces.put(font.getFileName().toString(), base);
                String family = base.getFamilyFontName()[0][3];
                if (GENERIC.containsKey(family)) {
                    addFont(base, font.toString(), GENERIC.get(family));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("shipped font rejected: " + e.getMessage(), e);
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
     * The shipped fonts as files: Flying Saucer reads a font's family and weight from a file path,
     * so they are copied once per run into a private temporary folder.
     */
    private static final class FontFiles {
        static final List<Path> PATHS = extract();

        private static List<Path> extract() {
            try {
                Path dir = Files.createTempDirectory("egm-fonts-");
                dir.toFile().deleteOnExit();
                List<Path> paths = new ArrayList<>();
                for (String resource : Fonts.RESOURCES) {
                    Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
                    try (InputStream in = ShippedFontResolver.class.getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IllegalStateException("font resource missing: " + resource);
                        }
                        Files.copy(in, file);
                    }
                    file.toFile().deleteOnExit();
                    paths.add(file);
                }
                return List.copyOf(paths);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
