package org.egmpublisher.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Latin1Test {

    @Test
    void writesCharactersBeyondLatin1AsReferences() {
        assertEquals("2003&#8211;2024, C\u00f4te, &#128512;", Latin1.references("2003\u20132024, C\u00f4te, \uD83D\uDE00"));
        String latin1 = "C\u00f4te d'Ivoire";
        assertSame(latin1, Latin1.references(latin1));
    }

    @Test
    void templatesEscapeValuesInLatin1AndLeaveMarkupAsGiven(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.ftlx"), "<p title=\"${v}\">${v} \u2014 ${m?no_esc}</p>");
        Files.writeString(dir.resolve("t.ftlh"), "<p>${v}</p>");
        Templates templates = new Templates(dir);
        Map<String, Object> model = Map.of("v", "C\u00f4te d'Ivoire \u2013 \"A\" & <B>", "m", "<b>\u2013</b>");

        String xhtml = templates.render("t.ftlx", model);

        String escaped = "C\u00f4te d&apos;Ivoire &#8211; &quot;A&quot; &amp; &lt;B&gt;";
        assertEquals("<p title=\"" + escaped + "\">" + escaped + " \u2014 <b>\u2013</b></p>", xhtml);
        // What a reader gets back is the text given.
        Document read = Jsoup.parse(xhtml, "", Parser.xmlParser());
        assertEquals("C\u00f4te d'Ivoire \u2013 \"A\" & <B>", read.selectFirst("p").attr("title"));
        // A .ftlh template keeps FreeMarker's HTML escaping.
        assertEquals("<p>C\u00f4te d&#39;Ivoire \u2013 &quot;A&quot; &amp; &lt;B&gt;</p>", templates.render("t.ftlh", model));
    }

    @Test
    void jsoupDocumentsPrintInLatin1() {
        Document d = Latin1.xhtml(Jsoup.parse("<p>min\u2013max</p>", "", Parser.xmlParser()));
        String printed = d.html();
        assertEquals("<p>min&#x2013;max</p>", printed);
        assertEquals("min\u2013max", Jsoup.parse(printed, "", Parser.xmlParser()).text());
    }
}
