package org.standoff.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Reads the ';'-separated reference files under test-data/ok ('#' lines are comments). */
public final class ReferenceData {

    private ReferenceData() {}

    public static List<String[]> rows(Class<?> anchor, String name) throws IOException {
        try (var in = anchor.getResourceAsStream("test-data/ok/" + name);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split(";"))
                    .collect(Collectors.toList());
        }
    }

    public static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** The tolerance of DESIGN.md: 0.1 m or 0.001 %, whichever is larger. */
    public static double designTolerance(double metres) {
        return Math.max(0.1, 1e-5 * metres);
    }
}
