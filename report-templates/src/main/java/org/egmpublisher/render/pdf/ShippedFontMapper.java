package org.egmpublisher.render.pdf;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * Maps every AWT font a chart uses to the shipped DejaVu Sans (bold or regular), embedded as
 * Identity-H, so chart text in a PDF is real, searchable Unicode text in a font the PDF carries
 * (OpenPDF's default mapper falls back to non-embedded Helvetica).
 */
public final class ShippedFontMapper implements FontMapper {

    private final BaseFont regular = load("DejaVuSans.ttf");
    private final BaseFont bold = load("DejaVuSans-Bold.ttf");

    @Override
    public BaseFont awtToPdf(Font font) {
        return font.isBold() ? bold : regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return new Font(org.egmpublisher.render.Fonts.SANS, font == bold ? Font.BOLD : Font.PLAIN, size);
    }

    private static BaseFont load(String file) {
        String name = "/org/egmpublisher/render/fonts/" + file;
        try (InputStream in = ShippedFontMapper.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + name);
            }
            return FixedSubsetTags.apply(BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
