package org.egmpublisher.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.xml.xmp.DublinCoreSchema;
import org.openpdf.text.xml.xmp.PdfSchema;
import org.openpdf.text.xml.xmp.XmpArray;
import org.openpdf.text.xml.xmp.XmpBasicSchema;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * The XMP metadata that declares a PDF's conformance to PDF/UA-1 (ISO 14289-1, accessible PDF),
 * with the title, language, producer and dates of its information dictionary. The dates are the
 * build's fixed instant, never the clock, so the bytes stay reproducible.
 */
final class UniversalAccess {

    private static final String PDFUA_ID = "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private UniversalAccess() {
    }

    static byte[] metadata(PdfDictionary info, String language, Instant timestamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(out)) {
            DublinCoreSchema dc = new DublinCoreSchema();
            dc.addTitle(text(info, PdfName.TITLE));
            XmpArray languages = new XmpArray(XmpArray.UNORDERED);
            languages.add(language);
            dc.setProperty(DublinCoreSchema.LANGUAGE, languages);
            xmp.addRdfDescription(dc);
            PdfSchema pdf = new PdfSchema();
            pdf.addProducer(text(info, PdfName.PRODUCER));
            xmp.addRdfDescription(pdf);
            XmpBasicSchema basic = new XmpBasicSchema();
            basic.addCreatorTool(text(info, PdfName.CREATOR));
            basic.addCreateDate(W3C.format(timestamp));
            basic.addModDate(W3C.format(timestamp));
            xmp.addRdfDescription(basic);
            xmp.addRdfDescription(PDFUA_ID, "<pdfuaid:part>1</pdfuaid:part>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(PdfDictionary info, PdfName key) {
        PdfObject value = info.get(key);
        return value instanceof PdfString s ? s.toUnicodeString() : "";
    }
}
