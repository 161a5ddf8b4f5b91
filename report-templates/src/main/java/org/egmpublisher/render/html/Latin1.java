package org.egmpublisher.render.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * Markup in Latin-1, every other character written as a numeric character reference
 * ({@code &#8211;} for an en dash), which browsers, XML parsers and Flying Saucer read as the
 * character itself.
 *
 * <p>Why: Java keeps a string whose characters are all Latin-1 in one byte per character. A single
 * en dash in a page makes the whole page two bytes per character, and its UTF-8 encoding about ten
 * times slower. The site's pages are built from many such pieces (a figure's title, a date range), so
 * each piece is written this way once, where it is made, and a page stays compact.
 *
 * <p>For markup only: the content of {@code <script>} and {@code <style>} does not read references.
 */
public final class Latin1 {

    private Latin1() {
    }

    /** {@code markup} with every character beyond Latin-1 as a reference; the same string when there is none. */
    public static String references(String markup) {
        int first = firstBeyond(markup);
        if (first < 0) {
            return markup;
        }
        StringBuilder out = new StringBuilder(markup.length() + 64);
        int from = 0; // the start of the run of Latin-1 not yet copied
        for (int i = first; i < markup.length(); ) {
            int c = markup.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c > 0xFF) {
                out.append(markup, from, i).append("&#").append(c).append(';');
                from = next;
            }
            i = next;
        }
        return out.append(markup, from, markup.length()).toString();
    }

    /**
     * Sets {@code doc} to print as compact XHTML in Latin-1: XML syntax, XHTML entities, no
     * indentation, characters beyond Latin-1 as references.
     */
    public static Document xhtml(Document doc) {
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset(StandardCharsets.ISO_8859_1);
        return doc;
    }

    /**
     * Writes {@code text} as XML character data or a quoted attribute value: the five XML
     * specials as entities, as FreeMarker's XML output format writes them, and characters beyond
     * Latin-1 as references.
     */
    static void escape(String text, Writer out) throws IOException {
        int from = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> null;
            };
            if (entity == null && c <= 0xFF) {
                continue;
            }
            out.write(text, from, i - from);
            if (entity != null) {
                out.write(entity);
            } else {
                int code = text.codePointAt(i);
                out.write("&#" + code + ";");
                i += Character.charCount(code) - 1;
            }
            from = i + 1;
        }
        out.write(text, from, n - from);
    }

    private static int firstBeyond(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return i;
            }
        }
        return -1;
    }
}
