package org.egmpublisher.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts shipped with the project (DejaVu, free licence; see fonts/LICENSE-DejaVu.txt), so that
 * charts and PDFs look the same on every machine and every PDF embeds its fonts.
 */
public final class Fonts {

    /** Resource paths of the shipped TrueType files, for the PDF renderer to embed. */
    public static final List<String> RESOURCES = List.of(
            "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf",
            "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSansMono.ttf")
            .stream().map(f -> "/org/egmpublisher/render/fonts/" + f).toList();

    /** The sans-serif family charts and the documents use. */
    public static final String SANS = "DejaVu Sans";

    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private Fonts() {
    }

    /** The shipped sans-serif regular at {@code size} points. */
    public static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    /** The shipped sans-serif bold at {@code size} points. */
    public static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    private static Font load(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream("/org/egmpublisher/render/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font resource is not TrueType: " + file, e);
        }
    }
}
