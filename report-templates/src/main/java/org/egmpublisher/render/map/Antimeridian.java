package org.egmpublisher.render.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts rings that cross the ±180° meridian, which the 1:110m geometry does for Fiji and Chukotka
 * (a step from 179.4° to −180°), so that no edge runs across the whole map. A ring that goes
 * round a pole (Antarctica) is closed along the pole line instead.
 */
final class Antimeridian {

    private Antimeridian() {
    }

    /** The ring as one or more open rings of lon, lat pairs (closing point not repeated). */
    static List<double[]> split(TopoJson.Ring ring) {
        int n = ring.size();
        if (n > 1 && ring.lon(0) == ring.lon(n - 1) && ring.lat(0) == ring.lat(n - 1)) {
            n--;
        }
        double[] lon = new double[n];
        double[] lat = new double[n];
        boolean crosses = false;
        for (int i = 0; i < n; i++) {
            lon[i] = ring.lon(i);
            lat[i] = ring.lat(i);
            if (i > 0 && Math.abs(lon[i] - lon[i - 1]) > 180) {
                crosses = true;
            }
        }
        if (n > 1 && Math.abs(lon[0] - lon[n - 1]) > 180) {
            crosses = true;
        }
        if (!crosses) {
            return List.of(interleave(lon, lat, n));
        }
        double[] unwrapped = new double[n];
        unwrapped[0] = lon[0];
        for (int i = 1; i < n; i++) {
            double d = lon[i] - lon[i - 1];
            d = d > 180 ? d - 360 : d < -180 ? d + 360 : d;
            unwrapped[i] = unwrapped[i - 1] + d;
        }
        double closing = lon[0] - lon[n - 1];
        closing = closing > 180 ? closing - 360 : closing < -180 ? closing + 360 : closing;
        double winding = unwrapped[n - 1] + closing - unwrapped[0];
        if (Math.abs(winding) > 180) {
            return List.of(aroundPole(lon, lat, n));
        }
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double u : unwrapped) {
            max = Math.max(max, u);
            min = Math.min(min, u);
        }
        double cut = max > 180 ? 180 : -180;
        double shift = max > 180 ? -360 : 360;
        List<double[]> out = new ArrayList<>();
        for (double[] part : List.of(clip(unwrapped, lat, n, cut, max > 180, 0),
                clip(unwrapped, lat, n, cut, max <= 180, shift))) {
            if (part.length >= 6) {
                out.add(part);
            }
        }
        return out;
    }

    /**
     * Keeps the part of the ring on one side of longitude {@code cut} (the west side when
     * {@code west}), shifting the kept longitudes by {@code shift}: Sutherland–Hodgman against one
     * line, which is exact for any simple ring.
     */
    private static double[] clip(double[] lon, double[] lat, int n, double cut, boolean west, double shift) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int prev = (i + n - 1) % n;
            boolean in = west ? lon[i] <= cut : lon[i] >= cut;
            boolean prevIn = west ? lon[prev] <= cut : lon[prev] >= cut;
            if (in != prevIn) {
                double t = (cut - lon[prev]) / (lon[i] - lon[prev]);
                out.add(cut + shift);
                out.add(lat[prev] + t * (lat[i] - lat[prev]));
            }
            if (in) {
                out.add(lon[i] + shift);
                out.add(lat[i]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Where the ring jumps across ±180°, runs along the nearer pole line instead. */
    private static double[] aroundPole(double[] lon, double[] lat, int n) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int next = (i + 1) % n;
            out.add(lon[i]);
            out.add(lat[i]);
            if (Math.abs(lon[next] - lon[i]) > 180) {
                double pole = lat[i] < 0 ? -90 : 90;
                out.add(lon[i]);
                out.add(pole);
                out.add(lon[next]);
                out.add(pole);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] interleave(double[] lon, double[] lat, int n) {
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            out[2 * i] = lon[i];
            out[2 * i + 1] = lat[i];
        }
        return out;
    }
}
