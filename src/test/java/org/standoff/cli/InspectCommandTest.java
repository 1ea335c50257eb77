package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.io.shapefile.ShapeType;
import org.standoff.io.shapefile.ShapefileWriter;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;

class InspectCommandTest {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return StandoffCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path sample() throws Exception {
        GeometryFactory gf = new GeometryFactory();
        Path shp = dir.resolve("subs.shp");
        ShapefileWriter.write(shp, ShapeType.POINT, List.of(Field.of("NAME", FieldType.STRING), Field.of("KV", FieldType.INTEGER)),
                List.of(new Feature(1, gf.createPoint(new Coordinate(-105.5, 39.25)), new Object[] {"A \"quoted\" name", 115L}),
                        new Feature(2, gf.createPoint(new Coordinate(-104, 40)), new Object[] {"B", 230L})));
        return shp;
    }

    @Test
    void printsJsonSummaryAndExitsZero() throws Exception {
        int code = run("inspect", sample().toString());
        assertEquals(0, code, err.toString());
        String json = out.toString();
        assertTrue(json.contains("\"features\": 2"), json);
        assertTrue(json.contains("\"geometryType\": \"Point\""), json);
        assertTrue(json.contains("\"bbox\": [-105.5, 39.25, -104.0, 40.0]"), json);
        assertTrue(json.contains("\"crs\": \"GCS_WGS_1984\""), json);
        assertTrue(json.contains("\"encoding\": \"UTF-8\""), json);
        assertTrue(json.contains("{\"name\": \"NAME\", \"type\": \"STRING\"}"), json);
        assertTrue(json.contains("{\"name\": \"KV\", \"type\": \"INTEGER\"}"), json);
    }

    @Test
    void printsTheReadersMessageAndExitsOneOnABrokenFile() throws Exception {
        Path shp = sample();
        Files.write(shp, new byte[] {1, 2, 3});
        int code = run("inspect", shp.toString());
        assertEquals(1, code);
        assertEquals("standoff: subs.shp: truncated header: 3 bytes, 100 needed", err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void escapesJsonStrings() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001é\"", InspectCommand.quote("a\"b\\c\n\u0001é"));
    }
}
