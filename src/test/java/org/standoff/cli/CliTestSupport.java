package org.standoff.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.io.shapefile.ShapeType;
import org.standoff.io.shapefile.ShapefileWriter;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;

/** Runs the CLI capturing stdout and stderr; writes small inputs. */
abstract class CliTestSupport {

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return StandoffCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    static final GeometryFactory GF = new GeometryFactory();

    /** Points named NAME at the given lon/lat pairs. */
    static Path points(Path shp, String[] names, double... lonLat) throws Exception {
        List<Feature> fs = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            fs.add(new Feature(
                    i + 1, GF.createPoint(new Coordinate(lonLat[2 * i], lonLat[2 * i + 1])), new Object[] {names[i]}));
        }
        ShapefileWriter.write(shp, ShapeType.POINT, List.of(Field.of("NAME", FieldType.STRING)), fs);
        return shp;
    }
}
