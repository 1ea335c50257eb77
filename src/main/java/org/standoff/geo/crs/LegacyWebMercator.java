package org.standoff.geo.crs;

import java.util.Locale;
import java.util.regex.Pattern;
import org.opengis.parameter.ParameterValue;
import org.opengis.parameter.ParameterValueGroup;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.datum.Ellipsoid;

/**
 * Recognises the Web Mercator ({@code EPSG:3857}) spellings that older software wrote as an
 * ordinary Mercator projection on the WGS 84 ellipsoid, which read literally are the
 * ellipsoidal "World Mercator" and put Paris about 21 km too far north.
 *
 * <p>Spellings recognised (corpus in {@code src/test/resources/org/standoff/geo/crs/prj/}):
 * GDAL 2's ESRI morph {@code PROJCS["WGS_84_Pseudo_Mercator", ..., PROJECTION["Mercator"], ...]},
 * QGIS 2's copy of it, and GDAL 2's OGC WKT with {@code PROJECTION["Mercator_1SP"]} and an
 * {@code EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 ..."]}. The rule: a Mercator
 * projection on an ellipsoid of semi-major axis 6378137 m, centred on the Greenwich meridian
 * at the equator with no false origin and unit scale, whose name says it is the pseudo/web
 * Mercator, or whose PROJ.4 extension asks for a sphere of radius 6378137 m. A "World
 * Mercator" ({@code EPSG:3395}) is not touched: its name says nothing of the kind and it has
 * no such extension.
 *
 * <p>Limitations: a Web Mercator .prj under an arbitrary name and without the extension cannot
 * be told from World Mercator, and is read as World Mercator (as GDAL does). Stateless,
 * thread-safe.
 */
final class LegacyWebMercator {

    private static final Pattern WEB_NAME = Pattern.compile(
            "pseudo[ _-]?mercator|web[ _-]?mercator|popular[ _-]?visuali[sz]ation|google|900913|3857|3785");
    private static final Pattern PROJ4_SPHERE = Pattern.compile(
            "\\+proj=merc\\b.*\\+a=6378137(\\.0*)?\\s.*\\+b=6378137(\\.0*)?\\s|\\+proj=merc\\b.*\\+b=6378137(\\.0*)?\\s.*\\+a=6378137(\\.0*)?\\s");

    private LegacyWebMercator() {}

    /** True when {@code crs}, parsed from {@code wkt}, is one of the spellings above. */
    static boolean isLegacySpelling(ProjectedCRS crs, String wkt) {
        String method =
                crs.getConversionFromBase().getMethod().getName().getCode().toLowerCase(Locale.ROOT);
        if (!method.contains("mercator")
                || method.contains("pseudo")
                || method.contains("transverse")
                || method.contains("oblique")
                || method.contains("auxiliary")) {
            return false;
        }
        Ellipsoid e = crs.getBaseCRS().getDatum().getEllipsoid();
        if (Math.abs(e.getSemiMajorAxis() - 6378137) > 1e-3) {
            return false;
        }
        ParameterValueGroup p = crs.getConversionFromBase().getParameterValues();
        if (!zero(p, "Longitude of natural origin")
                || !zero(p, "False easting")
                || !zero(p, "False northing")
                || !zero(p, "Latitude of 1st standard parallel")
                || !one(p, "Scale factor at natural origin")) {
            return false;
        }
        String name = crs.getName().getCode().toLowerCase(Locale.ROOT);
        String text = wkt.toLowerCase(Locale.ROOT) + " ";
        return WEB_NAME.matcher(name).find() || PROJ4_SPHERE.matcher(text).find();
    }

    private static boolean zero(ParameterValueGroup group, String name) {
        Double v = value(group, name);
        return v == null || Math.abs(v) < 1e-12;
    }

    private static boolean one(ParameterValueGroup group, String name) {
        Double v = value(group, name);
        return v == null || Math.abs(v - 1) < 1e-12;
    }

    /** The parameter's value, or null when the method has no such parameter. */
    private static Double value(ParameterValueGroup group, String name) {
        ParameterValue<?> v;
        try {
            v = group.parameter(name);
        } catch (org.opengis.parameter.ParameterNotFoundException e) {
            return null;
        }
        return v.getValue() == null ? null : v.doubleValue();
    }
}
