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
import org.apache.sis.referencing.factory.GeodeticAuthorityFactory;
import org.opengis.referencing.datum.DatumAuthorityFactory;
import org.opengis.referencing.datum.Ellipsoid;
import org.opengis.referencing.datum.GeodeticDatum;
import org.opengis.util.FactoryException;
import org.opengis.util.GenericName;
import org.opengis.util.InternationalString;

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
 * <p>Cost: the names of the EPSG datums are indexed once per JVM (about 600 names, 0.3 s); the
 * aliases, which need every datum built (3–4 s), only when a name is not found by the primary
 * names (NAD83(HARN) and NAD83(2011) in ESRI spelling are). Later look-ups are map accesses.
 * Thread-safe (the indexes are immutable once built).
 */
final class EpsgDatums {

    private static final Pattern NON_KEY = Pattern.compile("[^a-z0-9+]");
    private static final Pattern YEAR_AFTER_LETTER = Pattern.compile("(?<=[a-z])(?:19|20)(\\d\\d)");

    /** Key of each EPSG datum's primary name to datum codes: cheap (names only). */
    private static volatile Map<String, List<String>> names;
    /** Key of each EPSG datum's aliases to datums: costly (every datum built), built only when needed. */
    private static volatile Map<String, List<GeodeticDatum>> aliases;

    private EpsgDatums() {}

    /** The EPSG datum {@code datum} is a spelling of, when exactly one matches. */
    static Optional<GeodeticDatum> identify(GeodeticDatum datum) throws FactoryException {
        String key = key(datum.getName().getCode());
        // WGS 84 is what most files are in (and what Standoff writes): no need for the index.
        GeodeticDatum wgs84 = CommonCRS.WGS84.datum(true);
        if (key.equals("wgs84") && sameFigure(wgs84, datum)) {
            return Optional.of(wgs84);
        }
        // Some writers put the code in the name: "World Geodetic System 1984 [EPSG ID 6326]".
        java.util.regex.Matcher coded = CODE_IN_NAME.matcher(datum.getName().getCode());
        if (coded.find()) {
            if (coded.group(1).equals("6326") && sameFigure(wgs84, datum)) {
                return Optional.of(wgs84);
            }
            GeodeticDatum byCode = factory().createGeodeticDatum(coded.group(1));
            if (sameFigure(byCode, datum)) {
                return Optional.of(byCode);
            }
        }
        DatumAuthorityFactory factory = factory();
        List<GeodeticDatum> byName = new ArrayList<>();
        for (String code : names(factory).getOrDefault(key, List.of())) {
            byName.add(factory.createGeodeticDatum(code));
        }
        Optional<GeodeticDatum> found = single(byName, datum);
        if (found.isEmpty()) {
            found = single(aliases(factory).getOrDefault(key, List.of()), datum);
        }
        return found;
    }

    /** The one candidate of the same figure as {@code datum}; empty when none or several. */
    private static Optional<GeodeticDatum> single(List<GeodeticDatum> candidates, GeodeticDatum datum) {
        GeodeticDatum found = null;
        for (GeodeticDatum c : candidates) {
            if (sameFigure(c, datum)) {
                if (found != null && found != c) {
                    return Optional.empty();
                }
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    private static final java.util.regex.Pattern CODE_IN_NAME =
            java.util.regex.Pattern.compile("\\[EPSG ID (\\d{4,5})\\]");

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

    private static DatumAuthorityFactory factory() throws FactoryException {
        EpsgDatabase.require();
        return (DatumAuthorityFactory) CRS.getAuthorityFactory("EPSG");
    }

    private static Map<String, List<String>> names(DatumAuthorityFactory factory) throws FactoryException {
        Map<String, List<String>> result = names;
        if (result == null) {
            synchronized (EpsgDatums.class) {
                result = names;
                if (result == null) {
                    Map<String, List<String>> map = new HashMap<>();
                    for (String code : factory.getAuthorityCodes(GeodeticDatum.class)) {
                        InternationalString text = factory instanceof GeodeticAuthorityFactory g
                                ? g.getDescriptionText(GeodeticDatum.class, code)
                                        .orElse(null)
                                : factory.getDescriptionText(code);
                        if (text != null) {
                            map.computeIfAbsent(key(text.toString()), k -> new ArrayList<>())
                                    .add(code);
                        }
                    }
                    map.replaceAll((k, v) -> List.copyOf(v));
                    result = Map.copyOf(map);
                    names = result;
                }
            }
        }
        return result;
    }

    private static Map<String, List<GeodeticDatum>> aliases(DatumAuthorityFactory factory) throws FactoryException {
        Map<String, List<GeodeticDatum>> result = aliases;
        if (result == null) {
            synchronized (EpsgDatums.class) {
                result = aliases;
                if (result == null) {
                    Map<String, List<GeodeticDatum>> map = new HashMap<>();
                    for (String code : factory.getAuthorityCodes(GeodeticDatum.class)) {
                        GeodeticDatum d;
                        try {
                            d = factory.createGeodeticDatum(code);
                        } catch (FactoryException e) {
                            // A few EPSG entries SIS cannot build as datums are simply not indexed.
                            continue;
                        }
                        for (GenericName alias : d.getAlias()) {
                            add(map, alias.tip().toString(), d);
                        }
                    }
                    map.replaceAll((k, v) -> List.copyOf(v));
                    result = Map.copyOf(map);
                    aliases = result;
                }
            }
        }
        return result;
    }

    private static void add(Map<String, List<GeodeticDatum>> map, String name, GeodeticDatum d) {
        List<GeodeticDatum> list = map.computeIfAbsent(key(name), k -> new ArrayList<>());
        if (!list.contains(d)) {
            list.add(d);
        }
    }
}
