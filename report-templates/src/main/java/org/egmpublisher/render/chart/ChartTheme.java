package org.egmpublisher.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.egmpublisher.render.Fonts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.chart.util.ShapeUtils;

/**
 * The one visual theme of every chart and map: the shipped DejaVu Sans, colour-blind-safe
 * palettes, sizes readable when a 600 px chart is printed 16 cm wide (tick labels about 9 pt), and
 * nothing that carries no data (no plot border, no shadows, no gradients, light grid lines only).
 * {@link #apply(JFreeChart)} is called once per chart, by {@link Charts}, before any chart-specific
 * colour is set.
 */
public final class ChartTheme {

    /** Colour sets; each colour is indexed by series position. */
    public enum Palette {
        /**
         * Okabe & Ito's colour-blind-safe set, reordered so that the first five (blue, vermillion,
         * bluish green, reddish purple, black) contrast at least 3:1 with white.
         */
        CATEGORICAL(0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0x000000, 0xE69F00, 0x56B4E9, 0xF0E442),
        /**
         * The four Survey groups, Very High first: single-hue blues (ColorBrewer "Blues", the four
         * darkest steps), ordered by lightness so they read in grey too, each at least 3:1 on white.
         */
        GROUPS(0x08306B, 0x08519C, 0x2171B5, 0x4292C6),
        /** Gains and losses: Okabe & Ito blue and vermillion. */
        DIVERGING(0x0072B2, 0xD55E00);

        private final List<Color> colours;

        Palette(int... rgb) {
            this.colours = java.util.Arrays.stream(rgb).mapToObj(Color::new).toList();
        }

        public List<Color> colours() {
            return colours;
        }

        /** The colour of series {@code index}, repeating when there are more series than colours. */
        public Color colour(int index) {
            return colours.get(index % colours.size());
        }
    }

    public static final Color BACKGROUND = Color.WHITE;
    /** Body text: 17:1 on white. */
    public static final Color TEXT = new Color(0x1A1A1A);
    /** Axis lines and tick marks: 4.7:1 on white. */
    public static final Color AXIS = new Color(0x737373);
    public static final Color GRID = new Color(0xDDDDDD);
    /** Where there is no data: a light grey, hatched on maps. */
    public static final Color NO_DATA = new Color(0xE4E4E4);

    public static final float TITLE_SIZE = 15f;
    public static final float LABEL_SIZE = 12f;
    public static final float TICK_SIZE = 11.5f;

    private ChartTheme() {
    }

    public static Font titleFont() {
        return bold(TITLE_SIZE);
    }

    public static Font labelFont() {
        return Fonts.regular(LABEL_SIZE);
    }

    public static Font tickFont() {
        return Fonts.regular(TICK_SIZE);
    }

    /**
     * The shipped bold face, flagged bold so that SVG output writes {@code font-weight: bold}; the
     * face is already bold, so nothing is emboldened twice.
     */
    static Font bold(float size) {
        return Fonts.bold(size).deriveFont(Font.BOLD, size);
    }

    /** Styles the chart's title, legend, plot, axes and renderers. */
    public static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(titleFont());
            title.setPaint(TEXT);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setPadding(new RectangleInsets(2, 4, 10, 4));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(labelFont());
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(BACKGROUND);
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
            legend.setPadding(new RectangleInsets(0, 0, 6, 0));
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 8));
        if (plot instanceof CategoryPlot cp) {
            boolean vertical = cp.getOrientation() == PlotOrientation.VERTICAL;
            cp.setAxisOffset(RectangleInsets.ZERO_INSETS);
            // Values along the bottom in horizontal bar charts, along the left otherwise.
            cp.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
            cp.setDomainGridlinesVisible(false);
            cp.setRangeGridlinePaint(GRID);
            cp.setRangeGridlineStroke(new BasicStroke(0.75f));
            cp.setRangeZeroBaselineVisible(true);
            cp.setRangeZeroBaselinePaint(AXIS);
            for (int i = 0; i < cp.getDomainAxisCount(); i++) {
                styleCategoryAxis(cp.getDomainAxis(i), !vertical);
            }
            for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                styleValueAxis(chart, cp.getRangeAxis(i), vertical);
            }
            for (int i = 0; i < cp.getRendererCount(); i++) {
                styleRenderer(cp.getRenderer(i));
            }
        } else if (plot instanceof XYPlot xp) {
            boolean vertical = xp.getOrientation() == PlotOrientation.VERTICAL;
            xp.setAxisOffset(RectangleInsets.ZERO_INSETS);
            xp.setDomainGridlinePaint(GRID);
            xp.setRangeGridlinePaint(GRID);
            xp.setDomainGridlineStroke(new BasicStroke(0.75f));
            xp.setRangeGridlineStroke(new BasicStroke(0.75f));
            for (int i = 0; i < xp.getDomainAxisCount(); i++) {
                styleValueAxis(chart, xp.getDomainAxis(i), !vertical);
            }
            for (int i = 0; i < xp.getRangeAxisCount(); i++) {
                styleValueAxis(chart, xp.getRangeAxis(i), vertical);
            }
            for (int i = 0; i < xp.getRendererCount(); i++) {
                styleRenderer(xp.getRenderer(i));
            }
        }
    }

    private static void styleAxis(Axis axis) {
        axis.setLabelFont(labelFont());
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(tickFont());
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
        axis.setTickMarkInsideLength(0);
        axis.setTickMarkOutsideLength(3);
    }

    private static void styleCategoryAxis(CategoryAxis axis, boolean upright) {
        if (axis == null) {
            return;
        }
        styleAxis(axis);
        if (upright) {
            axis.setLabel(null);
        }
        axis.setAxisLineVisible(true);
        axis.setTickMarksVisible(false);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.04);
        axis.setUpperMargin(0.04);
        axis.setMaximumCategoryLabelLines(3);
    }

    private static void styleValueAxis(JFreeChart chart, ValueAxis axis, boolean upright) {
        if (axis == null) {
            return;
        }
        styleAxis(axis);
        axis.setAxisLineVisible(false);
        String label = axis.getLabel();
        if (upright && label != null && !label.isEmpty()) {
            // An upright axis's label is set horizontally above it, as a subtitle: rotated text is
            // harder to read, and some Graphics2D targets turn it into glyph outlines (not text).
            axis.setLabel(null);
            chart.addSubtitle(new TextTitle(label, labelFont(), TEXT, RectangleEdge.TOP, HorizontalAlignment.LEFT,
                    VerticalAlignment.BOTTOM, new RectangleInsets(0, 4, 4, 0)));
        }
    }

    private static void styleRenderer(Object renderer) {
        if (renderer instanceof BarRenderer bar) {
            bar.setBarPainter(new StandardBarPainter());
            bar.setShadowVisible(false);
            bar.setDrawBarOutline(false);
            bar.setDefaultItemLabelFont(tickFont());
            bar.setDefaultItemLabelPaint(TEXT);
        }
        if (renderer instanceof CategoryItemRenderer || renderer instanceof XYItemRenderer) {
            AbstractRenderer r = (AbstractRenderer) renderer;
            r.setAutoPopulateSeriesPaint(false);
            r.setAutoPopulateSeriesShape(false);
            r.setAutoPopulateSeriesStroke(false);
            r.setAutoPopulateSeriesOutlinePaint(false);
            r.setAutoPopulateSeriesFillPaint(false);
            r.setAutoPopulateSeriesOutlineStroke(false);
            r.setDefaultPaint(Palette.CATEGORICAL.colour(0));
            r.setDefaultOutlinePaint(TEXT);
            r.setDefaultStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            r.setDefaultShape(shape(0));
            r.setDefaultItemLabelFont(tickFont());
            r.setDefaultItemLabelPaint(TEXT);
        }
    }

    /** Gives series {@code 0..count-1} the palette's colours and distinct marker shapes. */
    static void paintSeries(AbstractRenderer renderer, int count, Palette palette) {
        for (int i = 0; i < count; i++) {
            renderer.setSeriesPaint(i, palette.colour(i));
            renderer.setSeriesShape(i, shape(i));
        }
    }

    /** Marker shapes, so that series differ by more than colour: circle, square, triangles, diamond. */
    static Shape shape(int index) {
        double s = 7;
        return switch (index % 5) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2 + 0.5, -s / 2 + 0.5, s - 1, s - 1);
            case 2 -> ShapeUtils.createUpTriangle(4.2f);
            case 3 -> ShapeUtils.createDiamond(4.5f);
            default -> ShapeUtils.createDownTriangle(4.2f);
        };
    }

    /** Tick units with whole numbers only and no digit grouping (years print as 2024, not 2,024). */
    static TickUnits wholeNumberUnits() {
        DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        TickUnits units = new TickUnits();
        for (int step : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
            units.add(new NumberTickUnit(step, format, step >= 10 ? 5 : step));
        }
        return units;
    }

    /** An axis for index values 0–1, ticks every 0.2 printed with one decimal. */
    static NumberAxis indexAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 1);
        axis.setTickUnit(new NumberTickUnit(0.2,
                new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)), 1));
        return axis;
    }

    /** An axis of counts or ranks: whole-number ticks. */
    static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(wholeNumberUnits());
        axis.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return axis;
    }
}
