package org.egmpublisher.render.chart;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.egmpublisher.render.Fonts;
import org.openpdf.text.DocumentException;
import org.egmpublisher.render.pdf.FixedSubsetTags;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * Maps the fonts charts draw with to the shipped DejaVu TrueType files, embedded as Identity-H
 * subsets, for {@code PdfTemplate.createGraphics(w, h, fonts)}. OpenPDF's
 * {@code DefaultFontMapper} would map them to base-14 Helvetica: not embedded and without
 * Unicode (TOOLCHAIN.md trap 8).
 *
 * <p>Faces are matched by face name ("DejaVu Sans Bold"); a logical or unknown font falls back to
 * the DejaVu Sans face of the same weight and slant, never to Helvetica. Each face is loaded once
 * per instance, on first use; an instance is thread-safe.
 */
public final class PdfChartFonts implements FontMapper {

    private static final Map<String, String> FILES = Map.of(
            "dejavu sans", "DejaVuSans.ttf",
            "dejavu sans bold", "DejaVuSans-Bold.ttf",
            "dejavu sans oblique", "DejaVuSans-Oblique.ttf",
            "dejavu sans bold oblique", "DejaVuSans-BoldOblique.ttf",
            "dejavu serif", "DejaVuSerif.ttf",
            "dejavu serif bold", "DejaVuSerif-Bold.ttf",
            "dejavu serif italic", "DejaVuSerif-Italic.ttf",
            "dejavu sans mono", "DejaVuSansMono.ttf");

    private final Map<String, BaseFont> loaded = new ConcurrentHashMap<>();
    private final Function<String, BaseFont> source;

    /** Loads each face from the shipped resources on first use. */
    public PdfChartFonts() {
        this(PdfChartFonts::load);
    }

    /**
     * Takes each face from {@code source} (by file name, e.g. {@code DejaVuSans.ttf}): a document
     * passes the fonts its text uses, so a chart's glyphs join the same embedded subset instead of
     * embedding the face a second time.
     */
    public PdfChartFonts(Function<String, BaseFont> source) {
        this.source = source;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        String face = font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT);
        String file = FILES.get(face);
        if (file == null) {
            boolean bold = font.isBold() || face.contains("bold");
            boolean slanted = font.isItalic() || face.contains("italic") || face.contains("oblique");
            file = bold ? (slanted ? "DejaVuSans-BoldOblique.ttf" : "DejaVuSans-Bold.ttf")
                    : slanted ? "DejaVuSans-Oblique.ttf" : "DejaVuSans.ttf";
        }
        return loaded.computeIfAbsent(file, source);
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        String name = font.getPostscriptFontName().toLowerCase(Locale.ROOT);
        return name.contains("bold") ? Fonts.bold(size) : Fonts.regular(size);
    }

    private static BaseFont load(String file) {
        String path = Fonts.RESOURCES.stream().filter(r -> r.endsWith("/" + file)).findFirst()
                .orElseThrow(() -> new IllegalStateException("font " + file + " is not among the shipped fonts "
                        + Fonts.RESOURCES));
        try (InputStream in = PdfChartFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + path);
            }
            return FixedSubsetTags.apply(BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null), file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read font " + path, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF rejected the shipped font " + path, e);
        }
    }
}
