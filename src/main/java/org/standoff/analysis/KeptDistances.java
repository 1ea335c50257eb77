package org.standoff.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.model.MiningSite;

/**
 * Distances measured by earlier screening runs, kept so that a later run measures only what it
 * has not measured before (issue #17: distances apart from membership). Every distinct site
 * position gets a <em>slot</em>; every <em>source</em> (a set of features, a circle's centre, a
 * drawn polygon) has a table holding, per slot, what was measured from it: a {@link Nearest}
 * for feature sets, a {@code Double} distance for the others, null while not measured.
 *
 * <p>What that buys: a radius changed, a ring added, a rule switched on or off reads the kept
 * distances and compares; a site added or moved is measured at its new position only (a moved
 * site gets a new slot, an unchanged one keeps its own); a layer replaced gets new tables (its
 * key is the new layer object) while the other layers' stay. Slots are found without hashing
 * when the sites are the same objects in the same order as in the last run, the common case;
 * otherwise by position.
 *
 * <p>Tables for sources no longer in use are dropped, but for the {@value #SPARE} used most
 * recently, so that switching a rule off and on again costs nothing.
 *
 * <p>Thread safety: {@link #slots}, {@link #table} and {@link #retain} are synchronized and are
 * called before a run's parallel part; during it, threads read and write table entries of the
 * slots of their own sites (two sites at one position share a slot, and may both store the same
 * value: harmless). The slot arrays handed out are only replaced, never written, once a run
 * holds them.
 */
final class KeptDistances {

    /** Feature-set tables not in use kept for a later run. */
    static final int SPARE = 8;

    /** A site's position; the key of a slot. */
    record Position(double lon, double lat) {}

    /** The features a nearest distance is measured to: a layer's data, all of it or a zone's filtered part. */
    record FeatureSet(org.standoff.model.Layer data, org.standoff.model.FeatureFilter filter) {}

    /** A circle zone's centre. */
    record Centre(double lon, double lat) {}

    /** A drawn polygon zone's outline (JTS geometries compare exactly). */
    record Outline(org.locationtech.jts.geom.Geometry geometry) {}

    /** Stands for "nothing to measure to" (an index without non-empty features). */
    static final Object NONE = new Object();

    /** One source's values by slot; grown, never shrunk. */
    static final class Table {
        volatile Object[] bySlot = new Object[0];
    }

    private final Map<Object, Table> tables = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Position, Integer> slotByPosition = new HashMap<>();
    private int slotCount;
    /** The earth-centred x, y, z of each slot's position, three per slot: for chord bounds without trigonometry. */
    private volatile double[] ecef = new double[0];
    /** The sites of the last {@link #slots} call and their slots, for the hash-free path. */
    private MiningSite[] lastSites = new MiningSite[0];

    private int[] lastSlots = new int[0];

    /** The table of a source, created empty when new. */
    synchronized Table table(Object source) {
        return tables.computeIfAbsent(source, k -> new Table());
    }

    /**
     * The slot of each site, by index, with every table grown to hold them: a site that is the
     * same object at the same index as in the last call keeps its slot without a lookup.
     */
    synchronized int[] slots(List<MiningSite> sites) {
        int[] out = new int[sites.size()];
        for (int i = 0; i < out.length; i++) {
            MiningSite s = sites.get(i);
            if (i < lastSlots.length && lastSites[i] == s) {
                out[i] = lastSlots[i];
            } else {
                int before = slotCount;
                int slot = slotByPosition.computeIfAbsent(new Position(s.lon(), s.lat()), p -> slotCount++);
                if (slot == before && slotCount > before) {
                    double[] e = ecef;
                    if (e.length < 3 * slotCount) {
                        e = Arrays.copyOf(e, Math.max(3 * slotCount, e.length + e.length / 2));
                    }
                    org.standoff.geo.Geodesic.toEcef(s.lon(), s.lat(), e, 3 * slot);
                    ecef = e;
                }
                out[i] = slot;
            }
        }
        lastSites = sites.toArray(new MiningSite[0]); // a copy: the caller's list may change after
        lastSlots = out;
        for (Table t : tables.values()) {
            if (t.bySlot.length < slotCount) {
                t.bySlot = Arrays.copyOf(t.bySlot, Math.max(slotCount, t.bySlot.length + t.bySlot.length / 2));
            }
        }
        return out;
    }

    /** The earth-centred coordinates by slot (x, y, z at 3·slot), covering every slot handed out so far. */
    double[] ecef() {
        return ecef;
    }

    /** Drops the tables of sources not in {@code used}, but for the {@link #SPARE} most recently used. */
    synchronized void retain(Set<Object> used) {
        int others = 0;
        for (Object k : tables.keySet()) {
            if (!used.contains(k)) {
                others++;
            }
        }
        // access order, eldest first: the least recently used unused tables go
        int toDrop = Math.max(0, others - SPARE);
        for (Iterator<Object> it = tables.keySet().iterator(); it.hasNext() && toDrop > 0; ) {
            if (!used.contains(it.next())) {
                it.remove();
                toDrop--;
            }
        }
    }

    /** How many values are kept over all tables, for tests and benchmarks. */
    synchronized long size() {
        long n = 0;
        for (Table t : tables.values()) {
            for (Object v : t.bySlot) {
                if (v != null) {
                    n++;
                }
            }
        }
        return n;
    }
}
