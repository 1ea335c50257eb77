package org.standoff.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Sites per zone, and per band of each zone: a site in the 1 mi disc of a 1, 30, 100 mi zone
 * counts in all three of its bands, as it lies in each. Immutable once made by {@link #of}.
 */
public record ZoneCounts(Map<String, Integer> sites, Map<String, int[]> byBand) {

    public static final ZoneCounts NONE = new ZoneCounts(Map.of(), Map.of());

    /** The sites in band {@code band} of a zone; 0 when none or unknown. */
    public int inBand(String zoneId, int band) {
        int[] n = byBand.get(zoneId);
        return n == null || band >= n.length ? 0 : n[band];
    }

    /** Counts over findings in one pass (a site's hits come zone by zone, as {@link ScreeningOp} makes them). */
    public static ZoneCounts of(Collection<Finding> findings) {
        // by zone id object (hits of one zone share their zone's id string), with the last zone's counters at hand:
        // hundreds of thousands of hits for a national project, most of them for the zone just seen
        Map<String, int[]> counters = new java.util.IdentityHashMap<>();
        String lastId = null;
        int[] last = null;
        for (Finding f : findings) {
            String zoneOfSite = null;
            for (Finding.ZoneHit h : f.hits()) {
                String id = h.zoneId();
                if (id != lastId) {
                    last = counters.get(id);
                    if (last == null) {
                        last = new int[5];
                        counters.put(id, last);
                    }
                    lastId = id;
                }
                int slot = h.bandIndex() + 1; // [0]: sites in the zone; [1 + b]: sites in band b
                if (slot >= last.length) {
                    last = Arrays.copyOf(last, slot + 1);
                    counters.put(id, last);
                }
                if (id != zoneOfSite) {
                    last[0]++;
                    zoneOfSite = id;
                }
                last[slot]++;
            }
        }
        // equal ids that are different objects (zones rebuilt from a file) are merged here
        Map<String, Integer> sites = new HashMap<>();
        Map<String, int[]> byBand = new HashMap<>();
        for (Map.Entry<String, int[]> e : counters.entrySet()) {
            int[] c = e.getValue();
            sites.merge(e.getKey(), c[0], Integer::sum);
            int[] bands = Arrays.copyOfRange(c, 1, c.length);
            byBand.merge(e.getKey(), bands, (a, b) -> {
                int[] m = Arrays.copyOf(a, Math.max(a.length, b.length));
                for (int i = 0; i < b.length; i++) {
                    m[i] += b[i];
                }
                return m;
            });
        }
        return new ZoneCounts(Map.copyOf(sites), Map.copyOf(byBand));
    }
}
