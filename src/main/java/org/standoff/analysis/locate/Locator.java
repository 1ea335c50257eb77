package org.standoff.analysis.locate;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.standoff.geo.CoordinateFormat;
import org.standoff.model.Feature;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;

/**
 * Finds what a user typed into "Go to": a position in any form {@link CoordinateFormat#parseLatLon}
 * reads (decimal degrees, DMS, MGRS, UTM), or a name among the project's sites, zones and layer
 * features. Names match ignoring case: a name equal to the text ranks first, then one that starts
 * with it, then one with a word that starts with it, then any that contains it, shorter names first, at most
 * {@link #MAX_MATCHES}. A search is one pass over the names (no index is kept), so its cost grows
 * with the project; run it off the FX thread for national data. Stateless and thread-safe over immutable inputs.
 */
public final class Locator {

    /** How many matches are offered at most. */
    public static final int MAX_MATCHES = 8;

    /** What a match is. */
    public enum Kind { COORDINATES, SITE, ZONE, FEATURE }

    /**
     * One place: its name, kind, where to look (the centre) and the box to show (a point's box
     * is empty, and the caller picks a zoom).
     */
    public record Match(String name, Kind kind, double lat, double lon, Envelope box, String detail) {}

    private Locator() {
    }

    /** The matches for {@code text}, best first; empty when nothing matches. */
    public static List<Match> find(String text, List<MiningSite> sites, List<Zone> zones, List<ProjectLayer> layers) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        try {
            double[] ll = CoordinateFormat.parseLatLon(q);
            return List.of(new Match(CoordinateFormat.latLon(ll[0], ll[1], org.standoff.geo.CoordinateStyle.DECIMAL), Kind.COORDINATES,
                    ll[0], ll[1], new Envelope(ll[1], ll[1], ll[0], ll[0]), CoordinateFormat.mgrs(ll[0], ll[1])));
        } catch (ParseException | IllegalArgumentException e) {
            // not a position: look for a name
        }
        String needle = q.toLowerCase(Locale.ROOT);
        List<Ranked> found = new ArrayList<>();
        for (MiningSite s : sites) {
            rank(found, needle, s.name(), () -> new Match(s.name(), Kind.SITE, s.lat(), s.lon(), new Envelope(s.lon(), s.lon(), s.lat(), s.lat()),
                    "mining site"));
        }
        for (Zone z : zones) {
            rank(found, needle, z.name(), () -> zoneMatch(z));
        }
        for (ProjectLayer l : layers) {
            for (Feature f : l.data().features()) {
                String name = l.data().featureName(f);
                rank(found, needle, name, () -> {
                    Envelope e = f.geometry().getEnvelopeInternal();
                    Point c = f.geometry().getInteriorPoint();
                    return new Match(name, Kind.FEATURE, c.getY(), c.getX(), e, l.name());
                });
            }
        }
        found.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt(r -> r.name().length()).thenComparing(Ranked::name));
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < found.size() && out.size() < MAX_MATCHES; i++) {
            Match m = found.get(i).match().get();
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private record Ranked(int rank, String name, java.util.function.Supplier<Match> match) {}

    private static void rank(List<Ranked> into, String needle, String name, java.util.function.Supplier<Match> match) {
        if (name == null || name.isBlank()) {
            return;
        }
        String n = name.toLowerCase(Locale.ROOT);
        int at = n.indexOf(needle);
        if (at < 0) {
            return;
        }
        into.add(new Ranked(n.equals(needle) ? 0 : at == 0 ? 1 : n.charAt(at - 1) == ' ' ? 2 : 3, name, match));
    }

    private static Match zoneMatch(Zone z) {
        if (z.geometry() == null || z.geometry().isEmpty()) {
            return null; // a layer buffer has no geometry of its own to go to
        }
        Envelope e = z.geometry().getEnvelopeInternal();
        Point c = z.geometry().getCentroid();
        return new Match(z.name(), Kind.ZONE, c.getY(), c.getX(), e, "zone");
    }
}
