package org.egmpublisher.render.map;

import java.awt.Color;
import java.util.List;
import org.egmpublisher.render.chart.ChartTheme;
import org.egmpublisher.scoring.group.Group;

/**
 * A class of the choropleth: values at or above {@code lowerBound} (and below the next class's)
 * are filled with {@code fill}.
 */
public record MapClass(String label, double lowerBound, Color fill) {

    public MapClass {
        if (label.isBlank()) {
            throw new IllegalArgumentException("a map class needs a label");
        }
        if (!Double.isFinite(lowerBound)) {
            throw new IllegalArgumentException("lower bound of map class '" + label + "' must be finite, got "
                    + lowerBound);
        }
    }

    /**
     * The Survey's four groups (Very High ≥ 0.75, High ≥ 0.50, Middle ≥ 0.25, Low), which classify
     * the EGDI and, with the same thresholds, the OSI, TII, HCI and EPI; coloured with
     * {@link ChartTheme.Palette#GROUPS}.
     */
    public static List<MapClass> groups() {
        Group[] groups = Group.values();
        return java.util.stream.IntStream.range(0, groups.length)
                .mapToObj(i -> new MapClass(groups[i].label(), groups[i].lowerBound(),
                        ChartTheme.Palette.GROUPS.colour(i)))
                .toList();
    }
}
