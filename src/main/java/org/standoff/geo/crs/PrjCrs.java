package org.standoff.geo.crs;

import java.util.Objects;
import org.apache.sis.io.wkt.WKTFormat;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.util.FactoryException;

/**
 * A coordinate reference system read from a {@code .prj} file (WKT 1, OGC or ESRI flavour) or
 * the default WGS84, with a human-readable name.
 *
 * <p>Guarantees: a {@code PrjCrs} always has a usable conversion to WGS84 longitude/latitude
 * ({@link #toWgs84()}); WKT that SIS cannot turn into a horizontal geographic or projected CRS
 * is rejected with a {@link CrsException} instead of being guessed. Does not: look up EPSG codes
 * (no EPSG database is shipped), or handle vertical or compound CRSs.
 */
public final class PrjCrs {

    /** The ESRI WKT that ArcGIS writes for WGS84; written to {@code .prj} files on export. */
    public static final String WGS84_ESRI_WKT = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]]";

    private static final PrjCrs WGS84 = new PrjCrs(CommonCRS.WGS84.normalizedGeographic(), "WGS 84", WGS84_ESRI_WKT);

    private final CoordinateReferenceSystem crs;
    private final String name;
    private final String wkt;

    private PrjCrs(CoordinateReferenceSystem crs, String name, String wkt) {
        this.crs = crs;
        this.name = name;
        this.wkt = wkt;
    }

    /** WGS84 with longitude first, the application's own coordinate system. */
    public static PrjCrs wgs84() {
        return WGS84;
    }

    /**
     * Parses the WKT text of a {@code .prj} file.
     *
     * @throws CrsException if the text is not WKT, names an unknown projection method, or is
     *     not a horizontal geographic or projected CRS
     */
    public static PrjCrs parse(String wktText) throws CrsException {
        String text = Objects.requireNonNull(wktText, "wktText").strip();
        if (text.isEmpty()) {
            throw new CrsException("the projection text is empty");
        }
        // A WKTFormat instead of CRS.fromWKT: the same parser, but warnings (such as ESRI unit
        // names like "Foot_US" that SIS does not know by name but still applies by factor) come
        // back to us instead of being logged on the user's console.
        WKTFormat format = new WKTFormat((java.util.Locale) null, (java.util.TimeZone) null);
        Object parsed;
        try {
            parsed = format.parseObject(text);
        } catch (java.text.ParseException e) {
            throw new CrsException("cannot understand the projection: " + e.getLocalizedMessage(), e);
        } catch (IllegalArgumentException e) {
            // SIS reports some malformed numbers and parameter values this way.
            throw new CrsException("cannot understand the projection: " + e.getLocalizedMessage(), e);
        }
        if (!(parsed instanceof GeographicCRS) && !(parsed instanceof ProjectedCRS)) {
            throw new CrsException("the projection is not a geographic or projected coordinate system: "
                    + (parsed == null ? "nothing" : parsed.getClass().getSimpleName()));
        }
        // Warnings are not fatal: SIS reports ignored elements (EXTENSION, AUTHORITY oddities) and
        // unit names it does not know (ESRI's "Foot_US"), but it still applies the unit by its
        // conversion factor, which is what matters (checked against PROJ in PrjCrsTest).
        CoordinateReferenceSystem crs = (CoordinateReferenceSystem) parsed;
        if (crs.getCoordinateSystem().getDimension() != 2) {
            throw new CrsException("only two-dimensional coordinate systems are supported");
        }
        String name = crs.getName() == null ? "unnamed" : crs.getName().getCode();
        return new PrjCrs(crs, name, text);
    }

    /** The name given in the WKT, e.g. "NAD_1983_UTM_Zone_13N" or "WGS 84". */
    public String name() {
        return name;
    }

    /** The WKT this CRS was parsed from (or ESRI WKT for the WGS84 default). */
    public String wkt() {
        return wkt;
    }

    /** The SIS object, for callers that need more than names and conversion. */
    public CoordinateReferenceSystem crs() {
        return crs;
    }

    /** True when coordinates are already longitude/latitude degrees on (about) WGS84. */
    public boolean isGeographic() {
        return crs instanceof GeographicCRS;
    }

    /**
     * The conversion of this CRS's coordinates to WGS84 longitude/latitude.
     *
     * @throws CrsException if SIS finds no operation (should not happen for a parsed CRS)
     */
    public Reprojection toWgs84() throws CrsException {
        if (this == WGS84) {
            return Reprojection.identity();
        }
        try {
            return new Reprojection(CRS.findOperation(crs, CommonCRS.WGS84.normalizedGeographic(), null).getMathTransform());
        } catch (FactoryException e) {
            throw new CrsException("cannot convert " + name + " to WGS84: " + e.getLocalizedMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "PrjCrs[" + name + "]";
    }
}
