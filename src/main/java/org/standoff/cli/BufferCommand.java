package org.standoff.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.standoff.geo.buffer.BufferParameters;
import org.standoff.model.Feature;
import org.standoff.model.Layer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code standoff buffer FILE.shp --radius 1mi [--radius 100mi] [--dissolve] --out OUT.geojson}:
 * geodesic buffers of a shapefile's features as a WGS84 GeoJSON FeatureCollection, one feature
 * per source feature and radius (or per radius when dissolved), with {@code source_id} and
 * {@code radius_m} properties. The GeoJSON is written by hand (no JSON library in the build).
 */
@Command(
        name = "buffer",
        mixinStandardHelpOptions = true,
        description = "Write geodesic buffers of a shapefile's features as GeoJSON.")
final class BufferCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", paramLabel = "FILE.shp")
    private Path shp;

    @CommandLine.Option(
            names = "--radius",
            required = true,
            paramLabel = "DISTANCE",
            description = "Radius with unit (mi, km, nmi, m), e.g. 1mi; repeatable.")
    private List<String> radii;

    @CommandLine.Option(
            names = "--dissolve",
            description = "One feature per radius: the union of all features' buffers.")
    private boolean dissolve;

    @CommandLine.Option(names = "--out", required = true, paramLabel = "OUT.geojson")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CliSupport.checkOutput(out, List.of(".geojson", ".json"), shp);
        List<CliSupport.Distance> ds = CliSupport.distances(radii);
        Layer layer = CliSupport.loadShapefile(shp);
        List<Geometry> geoms = layer.features().stream().map(Feature::geometry).toList();
        int[] written = new int[1];
        org.standoff.io.AtomicFiles.writeUtf8(out, w -> {
            int count = 0;
            w.write("{\"type\":\"FeatureCollection\",\"features\":[");
            String sep = "\n";
            List<BufferParameters> all = ds.stream()
                    .map(d -> BufferParameters.of(d.metres()))
                    .map(p -> dissolve ? p.dissolved() : p)
                    .toList();
            org.standoff.analysis.FeatureBuffers.Result result =
                    org.standoff.analysis.FeatureBuffers.buffer(geoms, all);
            List<List<Geometry>> byRadius = result.zones();
            java.util.Set<Integer> failed = new java.util.HashSet<>(result.failed());
            for (int f = 0; f < result.failed().size(); f++) {
                Feature bad = layer.features().get(result.failed().get(f));
                spec.commandLine()
                        .getErr()
                        .println("standoff: warning: " + shp.getFileName() + " feature " + bad.id() + " ("
                                + layer.featureName(bad) + "): its buffer could not be computed ("
                                + result.problems().get(f) + "); left out");
            }
            spec.commandLine().getErr().flush();
            for (int k = 0; k < ds.size(); k++) {
                CliSupport.Distance d = ds.get(k);
                List<Geometry> zones = byRadius.get(k);
                for (int i = 0; i < zones.size(); i++) {
                    if (!dissolve && failed.contains(i)) {
                        continue;
                    }
                    String sourceId = dissolve
                            ? "null"
                            : Long.toString(layer.features().get(i).id());
                    w.write(sep);
                    w.write("{\"type\":\"Feature\",\"properties\":{\"source_id\":" + sourceId + ",\"radius\":"
                            + InspectCommand.quote(d.text()) + ",\"radius_m\":" + CliSupport.num(d.metres(), 3)
                            + "},\"geometry\":");
                    w.write(geometry(zones.get(i)));
                    w.write("}");
                    sep = ",\n";
                    count++;
                }
            }
            w.write("\n]}\n");
            written[0] = count;
        });
        spec.commandLine().getOut().println("wrote " + written[0] + " buffers to " + out);
        return StandoffCli.EXIT_OK;
    }

    /** A Polygon or MultiPolygon as GeoJSON (the polygons of any collection); null when empty. */
    static String geometry(Geometry g) {
        List<Polygon> polys = new ArrayList<>();
        collect(g, polys);
        if (polys.isEmpty()) {
            return "null";
        }
        StringBuilder b = new StringBuilder(4096);
        if (polys.size() == 1) {
            b.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(b, polys.get(0));
        } else {
            b.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < polys.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                polygon(b, polys.get(i));
            }
            b.append(']');
        }
        return b.append('}').toString();
    }

    private static void collect(Geometry g, List<Polygon> out) {
        if (g instanceof Polygon p) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part != g) {
                    collect(part, out);
                }
            }
        }
    }

    private static void polygon(StringBuilder b, Polygon p) {
        b.append('[');
        ring(b, p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            b.append(',');
            ring(b, p.getInteriorRingN(i));
        }
        b.append(']');
    }

    private static void ring(StringBuilder b, LineString ring) {
        b.append('[');
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('[')
                    .append(CliSupport.num(cs[i].x, 7))
                    .append(',')
                    .append(CliSupport.num(cs[i].y, 7))
                    .append(']');
        }
        b.append(']');
    }
}
