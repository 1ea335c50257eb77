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
        Map<String, Integer> sites = new HashMap<>();
        Map<String, int[]> byBand = new HashMap<>();
        for (Finding f : findings) {
            String lastZone = null;
            for (Finding.ZoneHit h : f.hits()) {
                // count the site once per zone, however many of its bands it is in
                if (!h.zoneId().equals(lastZone)) {
                    sites.merge(h.zoneId(), 1, Integer::sum);
                    lastZone = h.zoneId();
                }
                int[] n = byBand.computeIfAbsent(h.zoneId(), k -> new int[Math.max(4, h.bandIndex() + 1)]);
                if (h.bandIndex() >= n.length) {
                    n = Arrays.copyOf(n, h.bandIndex() + 1);
                    byBand.put(h.zoneId(), n);
                }
                n[h.bandIndex()]++;
            }
        }
        return new ZoneCounts(Map.copyOf(sites), Map.copyOf(byBand));
    }
}
