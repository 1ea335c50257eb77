package org.standoff.io.shapefile;

import java.nio.charset.Charset;
import org.standoff.geo.crs.PrjCrs;

/**
 * Choices a caller can impose on a read. Each null means "decide from the files".
 *
 * @param charset text encoding of the {@code .dbf}, overriding {@code .cpg} and the code page byte
 * @param crs coordinate system of the {@code .shp}, overriding (or standing in for) the {@code .prj}
 */
public record ShapefileReadOptions(Charset charset, PrjCrs crs) {

    /** Everything decided from the files. */
    public static ShapefileReadOptions defaults() {
        return new ShapefileReadOptions(null, null);
    }

    public ShapefileReadOptions withCharset(Charset value) {
        return new ShapefileReadOptions(value, crs);
    }

    public ShapefileReadOptions withCrs(PrjCrs value) {
        return new ShapefileReadOptions(charset, value);
    }
}
