package org.egmpublisher.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An editor's Markdown as the report and the site publish it. */
class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void headingsFitUnderTheEmbeddingHeadingWhateverLevelTheEditorStartedAt() {
        // A session's framing text sits under an h2 ("2.1 Framing"): its sections must be h3, even
        // when the editor wrote them as ## and went on to ####.
        String html = markdown.toXhtml("## Plenary\n\ntext\n\n#### Notes\n\nmore\n\n## Breakouts\n", 3);
        assertEquals("<h3>Plenary</h3><p>text</p><h4>Notes</h4><p>more</p><h3>Breakouts</h3>",
                html.replace("\n", ""));
    }

    @Test
    void levelZeroKeepsTheHeadingsAsWritten() {
        assertEquals("<h2>A</h2><h4>B</h4>", markdown.toXhtml("## A\n\n#### B\n", 0).replace("\n", ""));
    }

    @Test
    void rawHtmlIsShownAsTextAndUnsafeLinksLoseTheirTarget() {
        String html = markdown.toXhtml("<script>alert(1)</script>\n\n[click](javascript:alert(1)) [ok](https://un.org/)", 0);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("href=\"https://un.org/\""), html);
    }
}
