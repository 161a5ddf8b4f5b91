package org.egmpublisher.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egmpublisher.render.chart.PdfChartFonts;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Renders a complete XHTML document to PDF bytes.
 *
 * <p>Fonts are the shipped DejaVu files, embedded as Identity-H. Drawings (charts, map) are
 * painted as vectors through {@link DrawingElementFactory}. The PDF is tagged for screen readers
 * ({@link TaggingOutputDevice}) and declares its language. The output is made byte-for-byte
 * reproducible: OpenPDF stamps the clock time and a random file id, which are replaced by the
 * given instant (from {@code SOURCE_DATE_EPOCH}) and by a digest of the document's content.
 */
public final class PdfRenderer {

    private static final Pattern DATE = Pattern.compile("D:\\d{14}[^)]*");
    private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?\\]");

    private final Instant timestamp;

    public PdfRenderer(Instant timestamp) {
        this.timestamp = timestamp;
    }

    /** The instant every PDF is dated with. */
    public Instant timestamp() {
        return timestamp;
    }

    /**
     * The PDF of {@code xhtml}; {@code drawings} are the charts its objects refer to by id. The
     * XHTML is parsed leniently, as a browser would: a caller that takes it from a user's template
     * checks it first ({@link org.egmpublisher.render.html.WellFormed}).
     */
    public byte[] render(String xhtml, String baseUri, Map<String, Drawing> drawings) {
        return render(xhtml, baseUri, drawings, "en");
    }

    /** As {@link #render(String, String, Map)}, declaring the document's language in its catalog. */
    public byte[] render(String xhtml, String baseUri, Map<String, Drawing> drawings, String language) {
        ShippedFontResolver fonts = new ShippedFontResolver();
        // A tagged PDF: the device tags what Flying Saucer paints (TaggingOutputDevice).
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, new TaggingOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT), fonts);
        renderer.setListener(new DefaultPDFCreationListener() {
            @Override
            public void preOpen(ITextRenderer r) {
                r.getWriter().setTagged();
                // Tab key order on every page: the structure's order, which is the links' reading order.
                r.getWriter().setTabs(PdfName.S);
            }

            @Override
            public void onClose(ITextRenderer r) {
                // Readers and screen readers take the language from the catalog's /Lang.
                r.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(language));
                r.getWriter().getExtraCatalog().put(PdfName.VIEWERPREFERENCES, displayTitle());
                r.getWriter().setXmpMetadata(UniversalAccess.metadata(r.getWriter().getInfo(), language, timestamp));
            }
        });
        // PDF/UA-1 is a profile of PDF 1.7; OpenPDF 3 writes 2.0 unless told.
        renderer.setPDFVersion(PdfWriter.VERSION_1_7);
        // Flying Saucer names itself with its jar's version, which a runnable jar does not carry ("null").
        renderer.setPDFCreator("EGM Publisher");
        renderer.setPDFProducer("EGM Publisher with Flying Saucer and OpenPDF");
        renderer.getSharedContext().setReplacedElementFactory(new DrawingElementFactory(
                renderer.getSharedContext().getReplacedElementFactory(), drawings, new PdfChartFonts(fonts::face)));
        // jsoup, already at work in the build, parses the XHTML into the DOM that Flying Saucer lays
        // out. Flying Saucer's own loading runs the JDK's XML parser and an identity XSLT transform:
        // two more large bodies of code for the JIT to compile in a short run, for the same DOM.
        renderer.setDocument(W3CDom.convert(Jsoup.parse(xhtml, baseUri, Parser.xmlParser())), baseUri);
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            renderer.createPDF(out);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendering failed: " + e.getMessage(), e);
        }
        return reproducible(out.toByteArray());
    }

    private static PdfDictionary displayTitle() {
        PdfDictionary prefs = new PdfDictionary();
        prefs.put(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        return prefs;
    }

    /** Replaces clock dates and the random file id with fixed, same-length values. */
    private byte[] reproducible(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        String date = "D:" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(timestamp);
        StringBuilder sb = new StringBuilder(text.length());
        Matcher m = DATE.matcher(text);
        int last = 0;
        while (m.find()) {
            String found = m.group();
            String fixed = (date + "Z" + "00'00'").substring(0, Math.min(found.length(), date.length() + 7));
            sb.append(text, last, m.start()).append(pad(fixed, found.length()));
            last = m.end();
        }
        sb.append(text, last, text.length());
        String dated = sb.toString();
        Matcher id = ID.matcher(dated);
        if (id.find()) {
            String digest = digest(dated.substring(0, id.start()), id.group(1).length());
            String replaced = id.group().replace(id.group(1), digest).replace(id.group(2), digest);
            dated = dated.substring(0, id.start()) + replaced + dated.substring(id.end());
        }
        return dated.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String pad(String s, int length) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < length) {
            b.append(' ');
        }
        return b.substring(0, length);
    }

    private static String digest(String content, int hexLength) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.ISO_8859_1));
            String hex = HexFormat.of().withUpperCase().formatHex(hash);
            return pad(hex.repeat(2), hexLength);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
