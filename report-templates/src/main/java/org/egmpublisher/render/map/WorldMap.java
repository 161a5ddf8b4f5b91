package org.egmpublisher.render.map;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.render.chart.ChartTheme;
import org.egmpublisher.render.chart.DataTable;
import org.egmpublisher.render.chart.Figure;
import org.egmpublisher.render.chart.Fingerprint;
import org.egmpublisher.render.chart.SvgElement;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;

/**
 * A world choropleth of Member States by class (e.g. the EGDI groups), on the Natural Earth
 * 1:110m geometry in the Equal Earth projection. Member States the geometry lacks are drawn as
 * dots at their capitals and listed by {@link #shownAsDots()}; every path and dot has a hover
 * title with name and value; the legend states each class's thresholds; features without data are
 * hatched grey. Class colours contrast at least 3:1 with the map background and countries are
 * outlined in white, so neighbours of one class stay apart.
 *
 * <p>Immutable and thread-safe; the SVG is made on first request and kept.
 */
public final class WorldMap implements Figure {

    static final int WIDTH = 640;
    static final int MARGIN = 8;
    static final int MAP_X = MARGIN;
    static final int MAP_Y = 34;
    static final float LEGEND_SIZE = 12f;
    static final int ROW = 20;
    static final int SWATCH_W = 14;
    static final int SWATCH_H = 10;

    /** What a legend entry shows. */
    enum LegendKind { HEADING, CLASS, NO_DATA, DOT }

    /** A legend entry placed at ({@code x}, {@code y}): the top left of its swatch, or the baseline of a heading. */
    record LegendItem(LegendKind kind, String text, int classIndex, double x, double y) {
    }

    private final String id;
    private final String title;
    private final String indexLabel;
    private final List<MapClass> classes;
    private final List<MapValue> values;
    private final Map<String, Integer> classByM49;
    private final Map<String, MapValue> valueByM49;
    private final List<MapValue> dots;
    private final List<MapValue> missing;
    private final List<LegendItem> legend;
    private final int height;
    final WorldGeometry geometry;
    private final Supplier<String> fingerprint;
    private volatile String svg;

    private WorldMap(String id, String title, String indexLabel, List<MapClass> classes, List<MapValue> values) {
        this.id = SvgElement.requireId(id);
        if (title.isBlank() || indexLabel.isBlank()) {
            throw new IllegalArgumentException("map '" + id + "' needs a title and an index label");
        }
        if (values.isEmpty() || classes.isEmpty()) {
            throw new IllegalArgumentException("map '" + id + "' needs at least one class and one value");
        }
        this.title = title;
        this.indexLabel = indexLabel;
        this.classes = classes.stream().sorted(Comparator.comparingDouble(MapClass::lowerBound).reversed()).toList();
        this.values = values.stream().sorted(Comparator.comparingDouble(MapValue::value).reversed()
                .thenComparing(MapValue::name)).toList();
        this.geometry = WorldGeometry.get();
        this.classByM49 = new HashMap<>();
        this.valueByM49 = new HashMap<>();
        for (MapValue v : this.values) {
            if (valueByM49.put(v.m49(), v) != null) {
                throw new IllegalArgumentException("map '" + id + "' has two values for M49 " + v.m49());
            }
            classByM49.put(v.m49(), classIndex(v));
        }
        Set<String> drawn = new HashSet<>();
        geometry.outlines.forEach(o -> drawn.add(o.m49()));
        this.dots = this.values.stream().filter(v -> !drawn.contains(v.m49()) && geometry.dots.containsKey(v.m49()))
                .sorted(Comparator.comparing(MapValue::name)).toList();
        this.missing = this.values.stream().filter(v -> !drawn.contains(v.m49()) && !geometry.dots.containsKey(v.m49()))
                .sorted(Comparator.comparing(MapValue::name)).toList();
        this.legend = layoutLegend();
        this.fingerprint = Fingerprint.later("worldMap", id, title, indexLabel, this.classes, this.values);
        this.height = (int) Math.ceil(legend.get(legend.size() - 1).y() + SWATCH_H + 2 * MARGIN);
    }

    /** A map of {@code values} in {@code classes}; the class of a value is the highest whose lower bound it reaches. */
    public static WorldMap of(String id, String title, String indexLabel, List<MapClass> classes,
                              List<MapValue> values) {
        return new WorldMap(id, title, indexLabel, List.copyOf(classes), List.copyOf(values));
    }

    /** A map of the Survey's four groups of {@code indexLabel} ({@link MapClass#groups()}). */
    public static WorldMap groups(String id, String title, String indexLabel, List<MapValue> values) {
        return of(id, title, indexLabel, MapClass.groups(), values);
    }

    /** The EGDI groups of one edition; id {@code egdi-map-YYYY}. */
    public static WorldMap egdiGroups(EditionScores edition) {
        return indexGroups(edition, IndexName.EGDI);
    }

    /** The groups of one index (EGDI, OSI, TII, HCI or EPI) in one edition; id e.g. {@code osi-map-2024}. */
    public static WorldMap indexGroups(EditionScores edition, IndexName index) {
        List<MapValue> values = new ArrayList<>();
        for (CountryScore c : edition.countries()) {
            if (!c.country().m49().matches("\\d{3}")) {
                continue; // no M49 code, no place on the map; the tables beside it still list the country
            }
            values.add(new MapValue(c.country().m49(), c.country().name(), switch (index) {
                case EGDI -> c.egdi();
                case OSI -> c.osi();
                case TII -> c.tii();
                case HCI -> c.hci();
                case EPI -> c.epi();
                case LOSI, OGDI -> throw new IllegalArgumentException(index
                        + " has no country values to map; choose EGDI, OSI, TII, HCI or EPI");
            }));
        }
        return groups(index.name().toLowerCase(Locale.ROOT) + "-map-" + edition.year(),
                index.name() + " groups of the Member States, " + edition.year(), index.name(), values);
    }

    private int classIndex(MapValue v) {
        for (int i = 0; i < classes.size(); i++) {
            if (v.value() >= classes.get(i).lowerBound()) {
                return i;
            }
        }
        throw new IllegalArgumentException("value " + v.value() + " of " + v.name() + " is below the lowest class, "
                + classes.get(classes.size() - 1).label() + " (from " + classes.get(classes.size() - 1).lowerBound()
                + ")");
    }

    /** The legend text of class {@code i}: its label and thresholds, e.g. "High (0.50–0.75)". */
    String classText(int i) {
        MapClass c = classes.get(i);
        String lower = String.format(Locale.ROOT, "%.2f", c.lowerBound());
        if (i == 0) {
            return c.label() + " (\u2265 " + lower + ")";
        }
        String upper = String.format(Locale.ROOT, "%.2f", classes.get(i - 1).lowerBound());
        return i == classes.size() - 1 && c.lowerBound() <= 0 ? c.label() + " (< " + upper + ")"
                : c.label() + " (" + lower + "\u2013" + upper + ")";
    }

    private List<LegendItem> layoutLegend() {
        Font font = legendFont();
        FontRenderContext frc = new FontRenderContext(null, true, true);
        List<LegendItem> items = new ArrayList<>();
        double x = MARGIN;
        double y = MAP_Y + WorldGeometry.HEIGHT + 12;
        String heading = indexLabel + ":";
        items.add(new LegendItem(LegendKind.HEADING, heading, -1, x, y + SWATCH_H - 1));
        x += font.getStringBounds(heading, frc).getWidth() + 8;
        List<LegendItem> entries = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            entries.add(new LegendItem(LegendKind.CLASS, classText(i), i, 0, 0));
        }
        entries.add(new LegendItem(LegendKind.NO_DATA, "No data", -1, 0, 0));
        entries.add(new LegendItem(LegendKind.DOT, "Too small for the map (dot)", -1, 0, 0));
        for (LegendItem e : entries) {
            double w = SWATCH_W + 5 + font.getStringBounds(e.text(), frc).getWidth();
            if (x + w > WIDTH - MARGIN) {
                x = MARGIN;
                y += ROW;
            }
            items.add(new LegendItem(e.kind(), e.text(), e.classIndex(), x, y));
            x += w + 16;
        }
        return List.copyOf(items);
    }

    static Font legendFont() {
        return ChartTheme.labelFont().deriveFont(LEGEND_SIZE);
    }

    // ---- what the renderers read ------------------------------------------------------------

    @Override
    public String fingerprint() {
        return fingerprint.get();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return height;
    }

    public String indexLabel() {
        return indexLabel;
    }

    /** The classes, highest first, as the legend shows them. */
    public List<MapClass> classes() {
        return classes;
    }

    /** The values, highest first. */
    public List<MapValue> values() {
        return values;
    }

    /** The class a Member State is drawn in, empty if the map has no value for it. */
    public Optional<MapClass> classOf(String m49) {
        Integer i = classByM49.get(m49);
        return i == null ? Optional.empty() : Optional.of(classes.get(i));
    }

    /** Member States the geometry lacks, drawn as dots at their capitals, by name. */
    public List<MapValue> shownAsDots() {
        return dots;
    }

    /** Member States with a value but neither an outline nor a dot position: only in the table. */
    public List<MapValue> notShown() {
        return missing;
    }

    List<LegendItem> legend() {
        return legend;
    }

    /** The fill of a feature or dot: its class colour, or empty for no data. */
    Optional<Color> fill(String m49) {
        return classOf(m49).map(MapClass::fill);
    }

    /** The hover text of a feature: "Denmark: EGDI 0.9847, Very High", or "Greenland: no data". */
    String hover(String m49, String featureName) {
        MapValue v = valueByM49.get(m49);
        return v == null ? featureName + ": no data"
                : v.name() + ": " + indexLabel + " " + value(v) + ", " + classes.get(classByM49.get(m49)).label();
    }

    static String value(MapValue v) {
        return String.format(Locale.ROOT, "%.4f", v.value());
    }

    @Override
    public String summary() {
        int[] counts = new int[classes.size()];
        values.forEach(v -> counts[classByM49.get(v.m49())]++);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            parts.add(counts[i] + (i == 0 ? " have a " + classes.get(i).label() + " " + indexLabel
                    : " " + classes.get(i).label()));
        }
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "Of the " + values.size() + " Member States mapped, " + list + ".";
    }

    @Override
    public DataTable table() {
        Set<String> drawn = new HashSet<>();
        geometry.outlines.forEach(o -> drawn.add(o.m49()));
        List<List<String>> rows = new ArrayList<>();
        for (MapValue v : values) {
            String shown = drawn.contains(v.m49()) ? "area" : geometry.dots.containsKey(v.m49()) ? "dot" : "not shown";
            rows.add(List.of(v.name(), value(v), classes.get(classByM49.get(v.m49())).label(), shown));
        }
        return new DataTable(title + ": " + indexLabel + " and group of each Member State",
                List.of("Country", indexLabel, "Group", "On the map"), rows);
    }

    @Override
    public String svg() {
        String s = svg;
        if (s == null) {
            s = MapSvg.write(this);
            svg = s;
        }
        return s;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        MapPainter.paint(this, g, area);
    }

    @Override
    public String toString() {
        return "WorldMap[" + id + ": " + title + "]";
    }
}
