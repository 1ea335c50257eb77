package org.standoff.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.standoff.geo.buffer.BufferParameters;
import org.standoff.geo.buffer.GeodesicBuffer;
import org.standoff.model.Feature;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;

/**
 * The geodesic shapes a zone is drawn with: per band, the buffer (or ring) of its source, as
 * {@link GeodesicBuffer} computes it to within 0.01 % of the radius. For the eye only: which
 * sites lie in a zone is decided by exact distances ({@link ScreeningOp}), never by these.
 * Stateless and thread-safe; computing a large layer buffer can take seconds, so callers run it
 * off the JavaFX thread.
 */
public final class ZoneShapes {

    /** One drawn band of a zone. */
    public record Shape(Zone zone, int bandIndex, Geometry geometry) {}

    private ZoneShapes() {}

    /** The shapes of a zone; empty if its source layer is missing or has no chosen features. */
    public static List<Shape> of(Zone z, Map<String, ProjectLayer> layersById) {
        List<Geometry> sources = new ArrayList<>();
        if (z.kind() == Zone.Kind.LAYER_BUFFER) {
            ProjectLayer l = layersById.get(z.sourceLayerId());
            if (l == null) {
                return List.of();
            }
            for (Feature f : ScreeningOp.chosenFeatures(l.data(), z)) {
                if (!f.geometry().isEmpty()) {
                    sources.add(f.geometry());
                }
            }
        } else {
            sources.add(z.geometry());
        }
        if (sources.isEmpty()) {
            return List.of();
        }
        // every band's buffer at once, so each source is prepared once for all the radii
        List<Integer> buffered = new ArrayList<>();
        List<BufferParameters> parameters = new ArrayList<>();
        boolean dissolve = z.dissolve() && sources.size() > 1;
        for (int b = 0; b < z.bands().size(); b++) {
            Zone.Band band = z.bands().get(b);
            if (band.outerMetres() > 0) {
                BufferParameters p = band.isRing()
                        ? BufferParameters.ring(band.innerMetres(), band.outerMetres())
                        : BufferParameters.of(band.outerMetres());
                buffered.add(b);
                parameters.add(dissolve ? p.dissolved() : p);
            }
        }
        // a feature whose outline JTS cannot buffer is left undrawn; its distances are exact all the same
        List<List<Geometry>> zones = parameters.isEmpty()
                ? List.of()
                : FeatureBuffers.buffer(sources, parameters).zones();
        List<Shape> out = new ArrayList<>();
        for (int b = 0; b < z.bands().size(); b++) {
            int k = buffered.indexOf(b);
            for (Geometry g : k < 0 ? sources : zones.get(k)) {
                out.add(new Shape(z, b, g));
            }
        }
        return out;
    }
}
