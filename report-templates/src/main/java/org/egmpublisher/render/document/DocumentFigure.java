package org.egmpublisher.render.document;

import java.util.List;
import java.util.function.Supplier;
import org.egmpublisher.render.pdf.Drawing;

/**
 * A chart or map as a document uses it: drawn as vectors in the PDF, inlined as SVG on the web,
 * always with its one-sentence summary (the text alternative) and its data table.
 * {@code digest} gives its {@link #fingerprint()} when first asked.
 */
public record DocumentFigure(String id, String title, String summary, Supplier<String> svg, Drawing drawing,
                             List<String> headers, List<List<String>> rows, int widthMm, int heightMm,
                             Supplier<String> digest) {

    /** Width of a figure on the A4 page, within the text column. */
    static final int PAGE_WIDTH_MM = 160;

    public DocumentFigure {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A chart or the map, under the key {@code id}, sized for the page in its own proportions. */
    public static DocumentFigure of(String id, org.egmpublisher.render.chart.Figure f) {
        int height = Math.max(40, Math.round((float) PAGE_WIDTH_MM * f.height() / f.width()));
        return new DocumentFigure(id, f.title(), f.summary(), f::svg, f::draw, f.table().columns(), f.table().rows(),
                PAGE_WIDTH_MM, Math.min(height, 220), f::fingerprint);
    }

    /** What the figure is drawn from, digested ({@link org.egmpublisher.render.chart.Figure#fingerprint()}). */
    public String fingerprint() {
        return digest.get();
    }

    /** Whether {@code other} shows the same data at the same size: then it draws the same. */
    public boolean sameData(DocumentFigure other) {
        return id.equals(other.id) && title.equals(other.title) && summary.equals(other.summary)
                && headers.equals(other.headers) && rows.equals(other.rows) && widthMm == other.widthMm
                && heightMm == other.heightMm;
    }
}
