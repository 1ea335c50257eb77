package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BufferCommandTest extends CliTestSupport {

    @TempDir
    Path dir;

    static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Structural check: brackets and braces balance outside strings, and it is a FeatureCollection. */
    static void assertGeoJson(String s) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                assertTrue(depth >= 0, "unbalanced at " + i);
            }
        }
        assertEquals(0, depth);
        assertTrue(!inString);
        assertTrue(
                s.strip().startsWith("{\"type\":\"FeatureCollection\",\"features\":["),
                s.substring(0, Math.min(80, s.length())));
    }

    @Test
    void oneFeaturePerSourceAndRadiusOrPerRadiusWhenDissolved() throws Exception {
        Path shp = points(dir.resolve("bases.shp"), new String[] {"A", "B", "C"}, -100, 40, -100.01, 40, -90, 35);
        Path gj = dir.resolve("out.geojson");
        assertEquals(
                0,
                run("buffer", shp.toString(), "--radius", "1mi", "--radius", "5km", "--out", gj.toString()),
                err.toString());
        String s = Files.readString(gj);
        assertGeoJson(s);
        assertEquals(6, count(s, "\"type\":\"Feature\","));
        assertEquals(6, count(s, "\"type\":\"Polygon\""));
        assertTrue(s.contains("\"source_id\":3,\"radius\":\"5km\",\"radius_m\":5000}"), s.substring(0, 300));
        assertTrue(s.contains("\"radius_m\":1609.344"));

        assertEquals(
                0,
                run(
                        "buffer",
                        shp.toString(),
                        "--radius",
                        "1mi",
                        "--radius",
                        "2nmi",
                        "--dissolve",
                        "--out",
                        gj.toString()),
                err.toString());
        s = Files.readString(gj);
        assertGeoJson(s);
        assertEquals(2, count(s, "\"type\":\"Feature\","));
        assertEquals(2, count(s, "\"type\":\"MultiPolygon\"")); // A and B merge, C is apart
        assertTrue(s.contains("\"source_id\":null"));
    }

    @Test
    void badInputsExitOne() throws Exception {
        Path gj = dir.resolve("out.geojson");
        assertEquals(1, run("buffer", dir.resolve("absent.shp").toString(), "--radius", "1mi", "--out", gj.toString()));
        assertTrue(err.toString().startsWith("standoff: ") && err.toString().contains("absent.shp"), err.toString());
        Path shp = points(dir.resolve("b.shp"), new String[] {"A"}, -100, 40);
        assertEquals(1, run("buffer", shp.toString(), "--radius", "1 furlong", "--out", gj.toString()));
        assertTrue(err.toString().contains("furlong"), err.toString());
        assertEquals(2, run("buffer", shp.toString(), "--out", gj.toString()));
    }

    @Test
    void aBufferAroundAPoleFailsWithExitOneAndSaysWhy() throws Exception {
        Path shp = points(dir.resolve("polar.shp"), new String[] {"Station"}, 0, 89.9);
        Path gj = dir.resolve("polar.geojson");
        assertEquals(1, run("buffer", shp.toString(), "--radius", "50km", "--out", gj.toString()));
        assertTrue(err.toString().contains("North Pole"), err.toString());
        assertTrue(!Files.exists(gj), "no partial output is left behind");
    }

    /**
     * Found by {@code CommandFuzzTest} (seed 20261206, iteration 88): a mutated .shp moved one
     * vertex of a multipolygon's small part to longitude 0, a ring with an edge across 104° of
     * longitude whose buffer JTS's overlay refuses ("side location conflict"). The whole command
     * failed with an internal error; now that feature is left out with a warning naming it and
     * every other feature is buffered.
     */
    @Test
    void aFeatureWhoseBufferJtsRefusesIsLeftOutWithAWarningAndTheRestIsWritten() throws Exception {
        org.locationtech.jts.io.WKTReader wkt = new org.locationtech.jts.io.WKTReader();
        java.util.List<org.standoff.model.Feature> fs = java.util.List.of(
                new org.standoff.model.Feature(
                        1,
                        wkt.read("POLYGON ((-104.9 41, -104.9 41.05, -104.85 41.05, -104.85 41, -104.9 41))"),
                        new Object[] {"Base 1"}),
                new org.standoff.model.Feature(
                        5,
                        wkt.read("MULTIPOLYGON (((-104.6 41, -104.6 41.05, -104.55 41.05, -104.55 41, -104.6 41), "
                                + "(-104.59 41.01, -104.58 41.01, -104.58 41.02, -104.59 41.02, -104.59 41.01)), "
                                + "((-104.6 41.2, -104.6 41.22, 0.0 41.219999999972, -104.58 41.2, -104.6 41.2)))"),
                        new Object[] {"Base 4"}));
        Path shp = dir.resolve("bases.shp");
        org.standoff.io.shapefile.ShapefileWriter.write(
                shp,
                org.standoff.io.shapefile.ShapeType.POLYGON,
                java.util.List.of(org.standoff.model.Field.of("NAME", org.standoff.model.FieldType.STRING)),
                fs);
        Path out = dir.resolve("b.geojson");
        assertEquals(
                0,
                run("buffer", shp.toString(), "--radius", "1mi", "--radius", "30mi", "--out", out.toString()),
                err.toString());
        assertTrue(
                err.toString()
                        .startsWith("standoff: warning: bases.shp feature 2 (Base 4): its buffer could not be computed "
                                + "(side location conflict"),
                err.toString());
        String json = Files.readString(out);
        assertGeoJson(json);
        assertEquals(2, count(json, "\"source_id\":1,"), json.length() + " chars");
        assertEquals(0, count(json, "\"source_id\":2,"));
        assertEquals(
                0,
                run(
                        "buffer",
                        shp.toString(),
                        "--radius",
                        "1mi",
                        "--dissolve",
                        "--out",
                        dir.resolve("e.geojson").toString()),
                err.toString());
        assertEquals(1, count(Files.readString(dir.resolve("e.geojson")), "\"source_id\":null"));
    }
}
