package org.standoff.print;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The national arrangement of US reference maps (the Census Bureau's way): the lower 48 in the
 * main frame and Alaska, Hawaii and the territories each in a small inset, used when what a
 * briefing shows reaches beyond the lower 48. Without it a national layer that reaches the
 * Aleutians and Guam makes a world map at 1:70,000,000, and a box across the antimeridian
 * covers every longitude.
 *
 * <p>Alaska's inset ends at 180°: the few Aleutian islands west of it fall outside and the
 * page's notice counts their sites. Stateless.
 */
final class UsInsets {

    /** A region: its name and lon/lat box. */
    record Region(String name, double west, double south, double east, double north) {
        boolean contains(double lon, double lat) {
            return lon >= west && lon <= east && lat >= south && lat <= north;
        }
    }

    static final Region LOWER_48 = new Region("Lower 48", -125.5, 24, -66, 50);
    static final List<Region> OTHERS = List.of(
            new Region("Alaska", -180, 51, -129, 72),
            new Region("Hawaii", -160.6, 18.6, -154.6, 22.4),
            new Region("Puerto Rico, USVI", -68, 17.6, -64.4, 18.7),
            new Region("Guam, N. Mariana Is.", 144.5, 13.1, 146.2, 20.7),
            new Region("American Samoa", -171.2, -14.6, -168, -14));

    private UsInsets() {}

    /**
     * The extent for these points ({@code lon, lat} pairs): when some lie in the lower 48 and
     * some in Alaska, Hawaii or a territory, the lower 48's points framed (padded 5 %) with one
     * inset per other region holding points; otherwise empty, and the caller frames the points
     * as they are.
     */
    static java.util.Optional<MapExtent> plan(List<double[]> points) {
        Envelope main = new Envelope();
        List<Envelope> found = new ArrayList<>();
        OTHERS.forEach(r -> found.add(new Envelope()));
        for (double[] p : points) {
            double lon = p[0] > 170 && p[1] > 50 ? -180 : p[0];
            int region = -1;
            for (int i = 0; i < OTHERS.size() && region < 0; i++) {
                region = OTHERS.get(i).contains(lon, p[1]) ? i : -1;
            }
            if (region >= 0) {
                found.get(region).expandToInclude(lon, p[1]);
            } else {
                main.expandToInclude(lon, p[1]);
            }
        }
        if (main.isNull()
                || !main.intersects(new Envelope(LOWER_48.west(), LOWER_48.east(), LOWER_48.south(), LOWER_48.north()))
                || found.stream().allMatch(Envelope::isNull)) {
            return java.util.Optional.empty();
        }
        main.expandBy(Math.max(0.05 * Math.max(main.getWidth(), main.getHeight()), 0.5));
        // Room below the lower 48 (over Mexico and the Gulf) for the row of insets.
        main.expandToInclude(main.getMinX(), main.getMinY() - 0.3 * main.getHeight());
        List<MapExtent.Inset> insets = new ArrayList<>();
        for (int i = 0; i < OTHERS.size(); i++) {
            if (!found.get(i).isNull()) {
                Region r = OTHERS.get(i);
                insets.add(new MapExtent.Inset(r.name(), MapExtent.box(r.west(), r.south(), r.east(), r.north())));
            }
        }
        return java.util.Optional.of(MapExtent.box(
                        Math.max(-180, main.getMinX()),
                        Math.max(-85, main.getMinY()),
                        Math.min(180, main.getMaxX()),
                        Math.min(85, main.getMaxY()))
                .withInsets(insets));
    }

    /**
     * Where the insets go in a frame {@code w} × {@code h}: a row along the bottom, starting a
     * third of the way across (clear of the scale bar at the bottom-left), Alaska widest.
     * Frame units, origin top-left.
     */
    static List<Rect> rects(List<MapExtent.Inset> insets, double w, double h) {
        List<Rect> out = new ArrayList<>();
        double x = w * 0.34;
        for (MapExtent.Inset i : insets) {
            double iw = w * (i.name().equals("Alaska") ? 0.22 : i.name().equals("Hawaii") ? 0.15 : 0.11);
            double ih = h * (i.name().equals("Alaska") ? 0.30 : 0.2);
            iw = Math.min(iw, Math.max(0, w - 4 - x));
            out.add(new Rect(x, h - ih - 4, iw, ih));
            x += iw + 4;
        }
        return out;
    }
}
