package org.standoff.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.standoff.geo.Geodesic;
import org.standoff.model.MiningSite;

/**
 * Finds the site a new one duplicates: same id, or same name (ignoring case and spacing)
 * within a distance, measured geodesically. Sites are indexed by id and by normalised name, so
 * only same-name candidates are measured and 100,000 existing sites cost little. Holds
 * "entries" that are either existing sites or sites planned earlier in the same import, and
 * lets a planned entry be replaced after a merge. Not thread-safe.
 */
final class DuplicateIndex {

    /** A site known to the index: existing (line 0) or planned from a row. */
    static final class Entry {
        MiningSite site;
        final long line;
        final boolean existing;

        Entry(MiningSite site, long line, boolean existing) {
            this.site = site;
            this.line = line;
            this.existing = existing;
        }
    }

    /** A match: the entry, why, and how far away. */
    record Match(Entry entry, ImportPlan.DuplicateReason reason, double distanceMetres) {}

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final double maxMetres;
    private final Map<Long, Entry> byId = new HashMap<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();

    DuplicateIndex(double maxMetres) {
        this.maxMetres = maxMetres;
    }

    void add(Entry e) {
        if (e.site.id() > 0) {
            byId.putIfAbsent(e.site.id(), e);
        }
        String key = key(e.site.name());
        if (key != null) {
            byName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
        }
    }

    /** Re-indexes an entry whose site changed (a merge may have filled in its name). */
    void update(Entry e, MiningSite site) {
        String oldKey = key(e.site.name());
        e.site = site;
        String newKey = key(site.name());
        if (newKey != null && !newKey.equals(oldKey)) {
            byName.computeIfAbsent(newKey, k -> new ArrayList<>(1)).add(e);
        }
    }

    /** The duplicate of {@code s}, or null: same id first, else the nearest same-name site in range. */
    Match find(MiningSite s) {
        if (s.id() > 0) {
            Entry e = byId.get(s.id());
            if (e != null) {
                return new Match(e, ImportPlan.DuplicateReason.SAME_ID, distance(s, e.site));
            }
        }
        String key = key(s.name());
        if (key == null) {
            return null;
        }
        Match best = null;
        for (Entry e : byName.getOrDefault(key, List.of())) {
            double d = distance(s, e.site);
            if (d <= maxMetres && (best == null || d < best.distanceMetres())) {
                best = new Match(e, ImportPlan.DuplicateReason.SAME_NAME_NEARBY, d);
            }
        }
        return best;
    }

    private static double distance(MiningSite a, MiningSite b) {
        if (!Double.isFinite(a.lat())
                || !Double.isFinite(b.lat())
                || Math.abs(a.lat()) > 90
                || Math.abs(b.lat()) > 90
                || !Double.isFinite(a.lon())
                || !Double.isFinite(b.lon())) {
            return Double.NaN; // a stored site may lack a usable location; then it is not "nearby"
        }
        return Geodesic.distance(a.lon(), a.lat(), b.lon(), b.lat());
    }

    /** Lower case with runs of white space made one space and the ends trimmed; null for no name. */
    static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return SPACES.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
