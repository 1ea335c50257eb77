package org.standoff.io.shapefile;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Repairs invalid polygon outlines as they are loaded (DESIGN.md decision 12), so that a
 * self-intersecting or self-overlapping outline cannot make a distance "inside, 0 m" or a
 * buffer fail with a topology error.
 *
 * <p>Algorithm: JTS {@link IsValidOp} finds the first problem (OGC validity); JTS
 * {@link GeometryFixer} rebuilds the outline: a bow-tie becomes two triangles, overlapping
 * parts of one record are united, a collapsed ring is dropped. The caller keeps the original.
 * Only polygon layers are checked: points and lines have no validity that distances depend
 * on, and MultiPatch surfaces flatten into triangles that share edges by design. Limitations: the repaired shape is GeometryFixer's reading of what was meant,
 * which for a badly tangled outline may not be the author's; the warning says where the first
 * problem was so the user can look. Cost: one validity test per polygon, O(n log n) in its
 * vertices. Stateless, thread-safe.
 */
final class OutlineRepair {

    private OutlineRepair() {}

    /** The problem with {@code g} in words, with where it is; null when {@code g} is valid or not polygonal. */
    static String problem(Geometry g) {
        if (!(g instanceof Polygonal) || g.isEmpty()) {
            return null;
        }
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error == null) {
            return null;
        }
        Coordinate c = error.getCoordinate();
        String where = c == null ? "" : String.format(Locale.ROOT, " at %.6f, %.6f", c.getX(), c.getY());
        return error.getMessage().toLowerCase(Locale.ROOT) + where;
    }

    /** The repaired outline; may be empty when nothing of the outline had an area. */
    static Geometry repair(Geometry g) {
        return GeometryFixer.fix(g);
    }
}
