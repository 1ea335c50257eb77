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
 * features and the offline {@link Gazetteer} (places, US counties and states). Names match
 * ignoring case: a name equal to the text ranks first, then one that starts with it, then one with
 * a word that starts with it, then any that contains it, shorter first. The project's names that
 * equal the text or have a word starting with it come first (up to five), then the gazetteer's places in its own
 * order, then the project's other matches; at most {@link #MAX_MATCHES}. The project's names are one pass (no index is kept), so that cost grows
 * with the project; run it off the FX thread for national data. Stateless and thread-safe over
 * immutable inputs.
 */
public final class Locator {

    /** How many matches are offered at most. */
    public static final int MAX_MATCHES = 8;
    /** How many of the project's own names may come before the gazetteer's places. */
    private static final int MAX_PROJECT_FIRST = 5;

    /** What a match is. */
    public enum Kind {
        COORDINATES,
        SITE,
        ZONE,
        FEATURE,
        PLACE,
        COUNTY,
        STATE
    }

    /**
     * One place: its name, kind, where to look (the centre) and the box to show (a point's box
     * is empty, and the caller picks a zoom).
     */
    public record Match(String name, Kind kind, double lat, double lon, Envelope box, String detail) {}

    private Locator() {}

    /** The matches for {@code text} among the project's names and the bundled gazetteer, best first; empty when nothing matches. */
    public static List<Match> find(String text, List<MiningSite> sites, List<Zone> zones, List<ProjectLayer> layers) {
        return find(text, sites, zones, layers, Gazetteer.bundled());
    }

    /** The matches for {@code text} among the project's names and {@code gazetteer}'s, best first; empty when nothing matches. */
    public static List<Match> find(
            String text, List<MiningSite> sites, List<Zone> zones, List<ProjectLayer> layers, Gazetteer gazetteer) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        try {
            double[] ll = CoordinateFormat.parseLatLon(q);
            return List.of(new Match(
                    CoordinateFormat.latLon(ll[0], ll[1], org.standoff.geo.CoordinateStyle.DECIMAL),
                    Kind.COORDINATES,
                    ll[0],
                    ll[1],
                    new Envelope(ll[1], ll[1], ll[0], ll[0]),
                    CoordinateFormat.mgrs(ll[0], ll[1])));
        } catch (ParseException | IllegalArgumentException e) {
            // not a position: look for a name
        }
        String needle = q.toLowerCase(Locale.ROOT);
        java.util.PriorityQueue<Ranked> kept = new java.util.PriorityQueue<>(ORDER.reversed());
        // a bounded list of the best: a one-letter text matches most of a national project
        java.util.function.Consumer<Ranked> found = r -> {
            kept.add(r);
            if (kept.size() > KEPT) {
                kept.poll();
            }
        };
        java.util.function.BiPredicate<Integer, String> wanted =
                (r, name) -> kept.size() < KEPT || worse(kept.peek(), r, name);
        for (MiningSite s : sites) {
            int r = rank(needle, s.name());
            if (r >= 0 && wanted.test(r, s.name())) {
                found.accept(new Ranked(
                        r,
                        s.name(),
                        () -> new Match(
                                s.name(),
                                Kind.SITE,
                                s.lat(),
                                s.lon(),
                                new Envelope(s.lon(), s.lon(), s.lat(), s.lat()),
                                "mining site")));
            }
        }
        for (Zone z : zones) {
            int r = rank(needle, z.name());
            if (r >= 0 && wanted.test(r, z.name())) {
                found.accept(new Ranked(r, z.name(), () -> zoneMatch(z)));
            }
        }
        for (ProjectLayer l : layers) {
            int nameField = l.data()
                    .nameFieldIndex(); // once per layer, not per feature: Layer.featureName looks it up each call
            for (Feature f : l.data().features()) {
                if (f.geometry().isEmpty()) {
                    continue; // a null shape has nowhere to go to
                }
                Object v = nameField < 0 ? null : f.value(nameField);
                String name = v == null || v.toString().isBlank() ? "#" + f.id() : v.toString();
                int r = rank(needle, name);
                if (r >= 0 && wanted.test(r, name)) {
                    found.accept(new Ranked(r, name, () -> {
                        Envelope e = f.geometry().getEnvelopeInternal();
                        Point c = f.geometry().getInteriorPoint();
                        return new Match(name, Kind.FEATURE, c.getY(), c.getX(), e, l.name());
                    }));
                }
            }
        }
        List<Ranked> ranked = new ArrayList<>(kept);
        ranked.sort(ORDER);
        List<Gazetteer.Hit> places = gazetteer.search(q, MAX_MATCHES);
        // the project's own names that equal the text or start a word with it, then the gazetteer's places, then the
        // rest
        List<Match> out = new ArrayList<>();
        int firstRest = 0;
        while (firstRest < ranked.size() && ranked.get(firstRest).rank() <= 2 && out.size() < MAX_PROJECT_FIRST) {
            add(out, ranked.get(firstRest++).match().get());
        }
        for (Gazetteer.Hit h : places) {
            add(out, placeMatch(h.place()));
        }
        for (int i = firstRest; i < ranked.size() && out.size() < MAX_MATCHES; i++) {
            add(out, ranked.get(i).match().get());
        }
        return out;
    }

    private static void add(List<Match> out, Match m) {
        if (m != null && out.size() < MAX_MATCHES) {
            out.add(m);
        }
    }

    /**
     * A gazetteer place as a match. A county or state is shown by its extent; a town by a box that
     * grows with its population (about 5 km across for a village, 60 km for a city of ten million).
     */
    static Match placeMatch(Gazetteer.Place p) {
        Envelope box = p.box();
        String detail;
        Kind kind;
        switch (p.kind()) {
            case STATE -> {
                kind = Kind.STATE;
                detail = "US state";
            }
            case COUNTY -> {
                kind = Kind.COUNTY;
                detail = "US county";
            }
            default -> {
                kind = Kind.PLACE;
                detail = p.population() > 0
                        ? String.format(Locale.ROOT, "place, population %,d", p.population())
                        : "place";
                double halfKm = 2.5 + Math.sqrt(p.population()) / 120;
                double dLat = halfKm / 111.0;
                double dLon = dLat / Math.max(0.05, Math.cos(Math.toRadians(p.lat())));
                box = new Envelope(p.lon() - dLon, p.lon() + dLon, p.lat() - dLat, p.lat() + dLat);
            }
        }
        return new Match(p.label(), kind, p.lat(), p.lon(), box, detail);
    }

    private record Ranked(int rank, String name, java.util.function.Supplier<Match> match) {}

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::rank)
            .thenComparingInt((Ranked r) -> r.name().length())
            .thenComparing(Ranked::name);
    /** How many of the project's best names are kept: twice the list, as a layer buffer zone has no place to go to. */
    private static final int KEPT = 2 * MAX_MATCHES;

    /** Whether {@code kept} ranks below a match of rank {@code r} named {@code name}. */
    private static boolean worse(Ranked kept, int r, String name) {
        if (kept.rank() != r) {
            return kept.rank() > r;
        }
        if (kept.name().length() != name.length()) {
            return kept.name().length() > name.length();
        }
        return kept.name().compareTo(name) > 0;
    }

    /**
     * How {@code name} matches the lower-case {@code needle}: 0 equal, 1 starts with it, 2 a word
     * starts with it, 3 contains it, -1 not at all; case ignored without copying the name, as
     * this runs for every name of a national project on each keystroke.
     */
    static int rank(String needle, String name) {
        if (name == null) {
            return -1;
        }
        int m = needle.length();
        for (int at = 0; at + m <= name.length(); at++) {
            if (matchesAt(name, at, needle)) {
                if (at == 0) {
                    return name.length() == m ? 0 : 1;
                }
                int best = name.charAt(at - 1) == ' ' ? 2 : 3;
                for (int later = at + 1; best == 3 && later + m <= name.length(); later++) {
                    if (name.charAt(later - 1) == ' ' && matchesAt(name, later, needle)) {
                        best = 2;
                    }
                }
                return best;
            }
        }
        return -1;
    }

    private static boolean matchesAt(String name, int at, String needle) {
        for (int i = 0; i < needle.length(); i++) {
            char c = name.charAt(at + i);
            if (c != needle.charAt(i) && Character.toLowerCase(c) != needle.charAt(i)) {
                return false;
            }
        }
        return true;
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
