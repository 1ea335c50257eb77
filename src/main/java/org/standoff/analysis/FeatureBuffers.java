package org.standoff.analysis;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.TopologyException;
import org.standoff.geo.buffer.BufferOutput;
import org.standoff.geo.buffer.BufferParameters;
import org.standoff.geo.buffer.GeodesicBuffer;

/**
 * {@link GeodesicBuffer#buffer(List, List)} for the features of a user's file, where one bad
 * feature must never fail the whole buffer (DESIGN.md decision 12). When JTS's overlay gives up
 * on some feature's outline (a {@link TopologyException}, as on a ring with an edge across a
 * hundred degrees of longitude from a damaged file), each feature is buffered alone to find the
 * ones that fail; those are left out (an empty geometry in their place for per-feature output)
 * and named in {@link Result#problems()}, and the others are buffered, and dissolved, as asked.
 *
 * <p>Cost: nothing extra when every feature buffers; otherwise each feature is buffered once more
 * alone and the good ones once more together. A buffer that would contain a pole still throws
 * {@link org.standoff.geo.BufferLimitException}: that is the user's radius, not a bad feature.
 * Stateless and thread-safe.
 */
public final class FeatureBuffers {

    /**
     * @param zones    as {@link GeodesicBuffer#buffer(List, List)}: per parameter set, one zone per
     *                 input geometry (empty for a failed one) or one dissolved zone
     * @param failed   the indexes of the geometries left out, ascending
     * @param problems for each failed index, JTS's words for what went wrong
     */
    public record Result(List<List<Geometry>> zones, List<Integer> failed, List<String> problems) {}

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private FeatureBuffers() {}

    public static Result buffer(List<Geometry> geometries, List<BufferParameters> parameters) {
        try {
            return new Result(GeodesicBuffer.buffer(geometries, parameters), List.of(), List.of());
        } catch (TopologyException whole) {
            List<BufferParameters> alone =
                    parameters.stream().map(FeatureBuffers::perFeature).toList();
            List<Integer> failed = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            List<Geometry> good = new ArrayList<>();
            for (int i = 0; i < geometries.size(); i++) {
                try {
                    GeodesicBuffer.buffer(List.of(geometries.get(i)), alone);
                    good.add(geometries.get(i));
                } catch (TopologyException e) {
                    failed.add(i);
                    problems.add(e.getMessage());
                }
            }
            if (failed.isEmpty()) {
                throw whole; // only the features together fail: not a bad feature that can be left out
            }
            List<List<Geometry>> zones =
                    good.isEmpty() ? emptyZones(parameters) : GeodesicBuffer.buffer(good, parameters);
            List<List<Geometry>> out = new ArrayList<>(zones.size());
            for (int k = 0; k < zones.size(); k++) {
                if (parameters.get(k).output() != BufferOutput.PER_FEATURE) {
                    out.add(zones.get(k));
                    continue;
                }
                List<Geometry> withGaps = new ArrayList<>(geometries.size());
                int next = 0;
                for (int i = 0; i < geometries.size(); i++) {
                    withGaps.add(
                            failed.contains(i) || good.isEmpty()
                                    ? FACTORY.createPolygon()
                                    : zones.get(k).get(next++));
                }
                out.add(withGaps);
            }
            return new Result(out, List.copyOf(failed), List.copyOf(problems));
        }
    }

    private static BufferParameters perFeature(BufferParameters p) {
        return new BufferParameters(
                p.innerRadiusMetres(),
                p.outerRadiusMetres(),
                BufferOutput.PER_FEATURE,
                p.relativeTolerance(),
                p.minimumToleranceMetres());
    }

    private static List<List<Geometry>> emptyZones(List<BufferParameters> parameters) {
        List<List<Geometry>> out = new ArrayList<>();
        for (BufferParameters p : parameters) {
            out.add(p.output() == BufferOutput.PER_FEATURE ? new ArrayList<>() : List.of(FACTORY.createPolygon()));
        }
        return out;
    }
}
