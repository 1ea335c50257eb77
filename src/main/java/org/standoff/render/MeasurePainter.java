package org.standoff.render;

import java.util.ArrayList;
import java.util.List;
import org.standoff.geo.Geodesic;
import org.standoff.geo.LengthUnit;

/**
 * Draws measured distances: a geodesic line (densified, so long lines curve as they truly do on
 * a Web Mercator map) with its length beside it, e.g. a site to its nearest installation; the
 * lengths take their label space first, so zone labels and other lengths keep clear of them.
 * Each line is {lon1, lat1, lon2, lat2, metres}. Stateless and thread-safe.
 */
public final class MeasurePainter {

    private static final Stroke HALO = Stroke.solid(Rgba.hex("#ffffff"), 4);
    private static final Stroke LINE = new Stroke(Rgba.hex("#111111"), 1.8, new double[] {6, 4});
    private static final TextStyle LABEL = new TextStyle(12, true, Rgba.hex("#111111"), Rgba.hex("#ffffff"), 2.5);
    private static final int STEPS = 32;

    private MeasurePainter() {}

    public static void paint(Surface s, Viewport v, List<double[]> lines, LengthUnit unit) {
        paint(s, v, lines, unit, placeLabels(s, v, lines, unit, new LabelSpace()));
    }

    /**
     * Where each line's length goes, reserved in the frame's label space before zones label
     * themselves (a measured distance is what the user asked to see): beside the line's middle,
     * or failing that beside a point a third of the way from either end, on whichever side is
     * free; beside the middle when none is. Each entry is the text's {x, y} baseline.
     */
    public static List<double[]> placeLabels(
            Surface s, Viewport v, List<double[]> lines, LengthUnit unit, LabelSpace labels) {
        List<double[]> at = new ArrayList<>();
        for (double[] l : lines) {
            String text = text(l, unit);
            double w = s.textWidth(text, LABEL);
            double h = LABEL.size();
            double[] chosen = null;
            for (double along : new double[] {0.5, 0.35, 0.65}) {
                double[] p = pointAlong(l, along);
                double px = v.x(p[0]);
                double py = v.y(p[1]);
                for (double[] xy : new double[][] {
                    {px + 6, py - 6}, {px + 6, py + 6 + h}, {px - 6 - w, py - 6}, {px - 6 - w, py + 6 + h}
                }) {
                    if (chosen == null && labels.place(box(xy, w, h))) {
                        chosen = xy;
                    }
                }
            }
            if (chosen == null) {
                double[] p = pointAlong(l, 0.5);
                chosen = new double[] {v.x(p[0]) + 6, v.y(p[1]) - 6};
                labels.take(box(chosen, w, h));
            }
            at.add(chosen);
        }
        return at;
    }

    /** Draws the lines with their lengths at the places {@link #placeLabels} chose. */
    public static void paint(Surface s, Viewport v, List<double[]> lines, LengthUnit unit, List<double[]> labelAt) {
        for (int k = 0; k < lines.size(); k++) {
            double[] l = lines.get(k);
            double az = Geodesic.azimuth(l[0], l[1], l[2], l[3]);
            double total = l[4] > 0 ? Geodesic.distance(l[0], l[1], l[2], l[3]) : 0;
            s.beginPath();
            s.moveTo(v.x(l[0]), v.y(l[1]));
            for (int i = 1; i <= STEPS && total > 0; i++) {
                double[] p = i == STEPS
                        ? new double[] {l[2], l[3]}
                        : Geodesic.destination(l[0], l[1], az, total * i / STEPS);
                s.lineTo(v.x(p[0]), v.y(p[1]));
            }
            s.strokePath(HALO);
            s.strokePath(LINE);
        }
        for (int k = 0; k < lines.size(); k++) {
            s.text(text(lines.get(k), unit), labelAt.get(k)[0], labelAt.get(k)[1], LABEL);
        }
    }

    private static String text(double[] line, LengthUnit unit) {
        return ZonePainter.number(unit.fromMetres(line[4])) + " " + unit.symbol();
    }

    /** The point at a fraction of the geodesic from the line's start to its end. */
    private static double[] pointAlong(double[] l, double fraction) {
        if (l[4] <= 0) {
            return new double[] {l[0], l[1]};
        }
        double az = Geodesic.azimuth(l[0], l[1], l[2], l[3]);
        return Geodesic.destination(l[0], l[1], az, Geodesic.distance(l[0], l[1], l[2], l[3]) * fraction);
    }

    private static double[] box(double[] xy, double w, double h) {
        return new double[] {xy[0] - 2, xy[1] - h, xy[0] + w + 2, xy[1] + 3};
    }
}
