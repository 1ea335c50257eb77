package org.standoff.geo.crs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.opengis.referencing.datum.DatumAuthorityFactory;
import org.opengis.referencing.datum.Ellipsoid;
import org.opengis.referencing.datum.GeodeticDatum;
import org.opengis.util.FactoryException;
import org.opengis.util.GenericName;

/**
 * Finds the EPSG geodetic datum that a {@code .prj} file's datum stands for, by name, including
 * the ESRI spellings that SIS does not recognise ({@code D_North_American_1927},
 * {@code D_WGS_1984}, {@code D_NAD_1983_2011}, {@code D_North_American_1983_HARN}).
 *
 * <p>Algorithm: every EPSG geodetic datum's name and aliases are reduced to a key (lower case,
 * ESRI's {@code D_} prefix and the word "datum" dropped, "North American" read as "NAD", a year
 * right after letters shortened to two digits, everything but letters, digits and {@code +}
 * removed), so that {@code D_North_American_1927}, {@code North_American_Datum_1927} and
 * {@code NAD27} all give {@code nad27}. A datum matches when its key is equal and its
 * ellipsoid has the same axes (to 1 mm) and the same prime meridian; a match of an EPSG
 * datum's own name wins over a match of an alias (EPSG lists "NAD83" as an alias of
 * NAD83(HARN) too). This is the same idea as
 * GDAL's {@code gdalsrsinfo -e}, which however uses PROJ's table of ESRI aliases; where that
 * table holds a name these rules do not derive, the datum stays unidentified and the caller
 * says so (see {@link PrjCrs}).
 *
 * <p>Accuracy: a key shared by two datums with the same ellipsoid, at the same rank, is ambiguous
 * and not matched.
 *
 * <p>Cost: the index is built once per JVM from the EPSG database (about 600 datums, 2–3 s on
 * first use); later look-ups are a map access. Thread-safe (the index is immutable once built).
 */
final class EpsgDatums {

    private static final Pattern NON_KEY = Pattern.compile("[^a-z0-9+]");
    private static final Pattern YEAR_AFTER_LETTER = Pattern.compile("(?<=[a-z])(?:19|20)(\\d\\d)");

    /** Keys of primary names, then keys of aliases: a name match wins over an alias match. */
    private static volatile List<Map<String, List<GeodeticDatum>>> index;

    private EpsgDatums() {
    }

    /** The EPSG datum {@code datum} is a spelling of, when exactly one matches. */
    static Optional<GeodeticDatum> identify(GeodeticDatum datum) throws FactoryException {
        String key = key(datum.getName().getCode());
        // WGS 84 is what most files are in (and what Standoff writes): no need for the index.
        GeodeticDatum wgs84 = CommonCRS.WGS84.datum(true);
        if (key.equals("wgs84") && sameFigure(wgs84, datum)) {
            return Optional.of(wgs84);
        }
        for (Map<String, List<GeodeticDatum>> names : index()) {
            GeodeticDatum found = null;
            boolean ambiguous = false;
            for (GeodeticDatum c : names.getOrDefault(key, List.of())) {
                if (sameFigure(c, datum)) {
                    ambiguous |= found != null && found != c;
                    found = c;
                }
            }
            if (found != null) {
                return ambiguous ? Optional.empty() : Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** The reduced name used for matching; see the class comment. */
    static String key(String name) {
        String s = name.toLowerCase(Locale.ROOT).strip();
        if (s.startsWith("d_")) {
            s = s.substring(2);
        }
        s = s.replace("north american", "nad").replace("north_american", "nad");
        s = s.replaceAll("(?<![a-z])datum(?![a-z])", "");
        s = NON_KEY.matcher(s).replaceAll("");
        return YEAR_AFTER_LETTER.matcher(s).replaceAll("$1");
    }

    private static boolean sameFigure(GeodeticDatum a, GeodeticDatum b) {
        Ellipsoid ea = a.getEllipsoid();
        Ellipsoid eb = b.getEllipsoid();
        double pa = a.getPrimeMeridian().getGreenwichLongitude();
        double pb = b.getPrimeMeridian().getGreenwichLongitude();
        return Math.abs(ea.getSemiMajorAxis() - eb.getSemiMajorAxis()) < 1e-3
                && Math.abs(ea.getSemiMinorAxis() - eb.getSemiMinorAxis()) < 1e-3
                && Math.abs(pa - pb) < 1e-9;
    }

    private static List<Map<String, List<GeodeticDatum>>> index() throws FactoryException {
        List<Map<String, List<GeodeticDatum>>> result = index;
        if (result == null) {
            synchronized (EpsgDatums.class) {
                result = index;
                if (result == null) {
                    result = build();
                    index = result;
                }
            }
        }
        return result;
    }

    private static List<Map<String, List<GeodeticDatum>>> build() throws FactoryException {
        DatumAuthorityFactory factory = (DatumAuthorityFactory) CRS.getAuthorityFactory("EPSG");
        Map<String, List<GeodeticDatum>> names = new HashMap<>();
        Map<String, List<GeodeticDatum>> aliases = new HashMap<>();
        for (String code : factory.getAuthorityCodes(GeodeticDatum.class)) {
            GeodeticDatum d;
            try {
                d = factory.createGeodeticDatum(code);
            } catch (FactoryException e) {
                // A few EPSG entries SIS cannot build as datums are simply not indexed.
                continue;
            }
            add(names, d.getName().getCode(), d);
            for (GenericName alias : d.getAlias()) {
                add(aliases, alias.tip().toString(), d);
            }
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        aliases.replaceAll((k, v) -> List.copyOf(v));
        return List.of(Map.copyOf(names), Map.copyOf(aliases));
    }

    private static void add(Map<String, List<GeodeticDatum>> map, String name, GeodeticDatum d) {
        List<GeodeticDatum> list = map.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (!list.contains(d)) {
            list.add(d);
        }
    }
}
