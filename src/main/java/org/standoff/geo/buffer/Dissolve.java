package org.standoff.geo.buffer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The union of many polygonal geometries (the buffers of a layer), done by clusters: geometries
 * are grouped by chains of intersecting envelopes, each group of two or more is united (JTS
 * cascaded union) in parallel, and a geometry alone in its group is taken as it is.
 *
 * <p>Why this is the union: geometries in different groups have disjoint envelopes, so they
 * neither overlap nor touch, and their polygons together are a valid MultiPolygon. At small radii
 * most buffers of a layer are alone, and a single cascaded union over all of them would spend
 * most of its time merging polygons that never meet.
 *
 * <p>Inputs must be valid polygons or multipolygons: a lone geometry goes to the output as it is,
 * with no overlay to node it. Thread-safe; the groups run in parallel in the calling fork-join pool
 * (the common pool unless called from inside another). A buffer split at the antimeridian spans
 * all longitudes and so joins every group in its latitude band: still exact, only slower.
 */
final class Dissolve {

    private Dissolve() {}

    /** The union of the geometries, an empty polygon if there are none. */
    static Geometry union(List<Geometry> geometries, GeometryFactory factory) {
        List<List<Geometry>> groups = groups(geometries);
        List<Geometry> united = groups.parallelStream()
                .map(g -> g.size() == 1 ? g.get(0) : UnaryUnionOp.union(g, factory))
                .toList();
        List<Polygon> parts = new ArrayList<>();
        for (Geometry g : united) {
            for (Object p : PolygonExtracter.getPolygons(g)) {
                if (!((Polygon) p).isEmpty()) {
                    parts.add((Polygon) p);
                }
            }
        }
        return parts.isEmpty() ? factory.createPolygon() : factory.buildGeometry(parts);
    }

    /** The geometries grouped by chains of intersecting envelopes (union-find over an STR-tree), in input order within a group. */
    static List<List<Geometry>> groups(List<Geometry> geometries) {
        int n = geometries.size();
        int[] parent = new int[n];
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            Envelope e = geometries.get(i).getEnvelopeInternal();
            if (!e.isNull()) {
                tree.insert(e, i);
            }
        }
        for (int i = 0; i < n; i++) {
            Envelope e = geometries.get(i).getEnvelopeInternal();
            if (e.isNull()) {
                continue;
            }
            final int self = i;
            tree.query(e, item -> {
                int j = (Integer) item;
                if (j > self) {
                    link(parent, self, j);
                }
            });
        }
        List<List<Geometry>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            if (geometries.get(i).isEmpty()) {
                continue;
            }
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(geometries.get(i));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void link(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
