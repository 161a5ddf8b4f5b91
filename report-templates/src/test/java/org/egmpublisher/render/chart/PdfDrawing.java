package org.egmpublisher.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Test helper: draws a figure the way the lead's PDF replaced element does (a PdfTemplate's
 * Graphics2D with {@link PdfChartFonts}, placed on the page) and reads the PDF back with PDFBox.
 */
public final class PdfDrawing {

    /** What PDFBox found in the PDF. */
    public record Result(byte[] pdf, String text, int images, int forms, String content, List<PDFont> fonts) {
    }

    private PdfDrawing() {
    }

    /** Draws {@code figure} into a {@code w × h} pt box on an A4 page. */
    public static byte[] draw(Figure figure, float w, float h, PdfChartFonts fonts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(595, 842));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate template = cb.createTemplate(w, h);
        Graphics2D g = template.createGraphics(w, h, fonts);
        figure.draw(g, new Rectangle2D.Double(0, 0, w, h));
        g.dispose();
        cb.addTemplate(template, 40, 842 - 40 - h);
        document.close();
        return out.toByteArray();
    }

    public static Result read(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            int[] counts = new int[2];
            StringBuilder content = new StringBuilder();
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                walk(page.getResources(), counts, content, fonts);
            }
            return new Result(pdf, text, counts[0], counts[1], content.toString(), fonts);
        }
    }

    private static void walk(PDResources resources, int[] counts, StringBuilder content, List<PDFont> fonts)
            throws Exception {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                counts[0]++;
            } else if (x instanceof PDFormXObject form) {
                counts[1]++;
                try (var in = form.getContentStream().createInputStream()) {
                    content.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                walk(form.getResources(), counts, content, fonts);
            }
        }
    }
}
