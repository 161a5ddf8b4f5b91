package org.egmpublisher.render.document;

import java.util.List;
import java.util.function.Supplier;
import org.egmpublisher.render.pdf.Drawing;

/**
 * A chart or map as a document uses it: drawn as vectors in the PDF, inlined as SVG on the web,
 * always with its one-sentence summary (the text alternative) and its data table.
 */
public record Figure(String id, String title, String summary, Supplier<String> svg, Drawing drawing,
                     List<String> headers, List<List<String>> rows, int widthMm, int heightMm) {
    public Figure {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
