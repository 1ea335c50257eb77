package org.standoff.geo.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.sis.geometry.Envelopes;
import org.apache.sis.geometry.GeneralEnvelope;
import org.apache.sis.io.wkt.WKTFormat;
import org.apache.sis.measure.Units;
import org.apache.sis.metadata.iso.citation.Citations;
import org.apache.sis.metadata.iso.extent.DefaultGeographicBoundingBox;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.IdentifiedObjects;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.crs.DefaultGeographicCRS;
import org.apache.sis.referencing.crs.DefaultProjectedCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.apache.sis.referencing.cs.CoordinateSystems;
import org.apache.sis.referencing.datum.DefaultDatumEnsemble;
import org.apache.sis.referencing.operation.DefaultConversion;
import org.apache.sis.referencing.operation.transform.MathTransforms;
import org.opengis.metadata.extent.GeographicBoundingBox;
import org.opengis.referencing.IdentifiedObject;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.datum.GeodeticDatum;
import org.opengis.referencing.operation.Conversion;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.NoninvertibleTransformException;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * A coordinate reference system read from a {@code .prj} file (WKT 1, OGC or ESRI flavour, with
 * or without authority codes) or the default WGS84, with a human-readable name and, when it
 * could be identified, its EPSG code.
 *
 * <p>Algorithm: the WKT is parsed by SIS, then identified before it is used, as GDAL's
 * {@code gdalsrsinfo -e} does: the legacy Web Mercator spellings become {@code EPSG:3857}
 * ({@link LegacyWebMercator}); the datum, often in ESRI spelling, is matched to its EPSG datum
 * ({@link EpsgDatums}) so that the EPSG transformation to WGS 84 can be found; the whole CRS is
 * then looked up in the EPSG dataset for its code. The projection itself is kept as the file
 * states it. Axes are always taken as east/north (longitude/latitude), as in every shapefile,
 * whatever {@code AXIS} elements the WKT has.
 *
 * <p>Datum transformation ({@link #toWgs84(GeographicBoundingBox)}): the EPSG operation SIS
 * chooses for the area of interest from the embedded EPSG dataset, as PROJ does; where no
 * transformation is known, the result says so ({@link DatumOperation#known()} false) instead
 * of applying a silent zero shift.
 *
 * <p>Limitations: datums whose ESRI name the rules of {@link EpsgDatums} do not derive stay
 * unidentified (and are then reported as having no known transformation, unless the WKT has
 * {@code TOWGS84}); grid-based transformations (NADCON, NTv2) are not used because SIS ships no
 * grids, so the less accurate EPSG alternative with its stated accuracy is chosen. Vertical and
 * compound CRSs are rejected. Immutable and thread-safe.
 */
public final class PrjCrs {

    // Before any field: building WGS84 below may already open the EPSG database.
    static {
        EpsgDatabase.prepare(); // also keeps SIS's missing-grid notices off the console
    }

    /** The ESRI WKT that ArcGIS writes for WGS84; written to {@code .prj} files on export. */
    public static final String WGS84_ESRI_WKT = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]]";

    /** Marks an EPSG code not looked up yet (compared by identity). */
    private static final String UNKNOWN = new String("?");

    private static final PrjCrs WGS84 =
            new PrjCrs(CommonCRS.WGS84.normalizedGeographic(), "WGS 84", WGS84_ESRI_WKT, "EPSG:4326", List.of());

    private final CoordinateReferenceSystem crs;
    private final String name;
    private final String wkt;
    /** The identified code; {@link #UNKNOWN} until first asked for, {@code null} when none. */
    private volatile String epsgCode;

    private final List<String> notes;

    private PrjCrs(CoordinateReferenceSystem crs, String name, String wkt, String epsgCode, List<String> notes) {
        this.crs = crs;
        this.name = name;
        this.wkt = wkt;
        this.epsgCode = epsgCode;
        this.notes = List.copyOf(notes);
    }

    /** WGS84 with longitude first, the application's own coordinate system. */
    public static PrjCrs wgs84() {
        return WGS84;
    }

    /**
     * Parses and identifies the WKT text of a {@code .prj} file.
     *
     * @throws CrsException if the text is not WKT, names an unknown projection method, or is
     *     not a horizontal geographic or projected CRS
     */
    public static PrjCrs parse(String wktText) throws CrsException {
        String text = Objects.requireNonNull(wktText, "wktText").strip();
        if (text.isEmpty()) {
            throw new CrsException("the projection text is empty");
        }
        CoordinateReferenceSystem parsed = parseWkt(text);
        if (!onWgs84(parsed)) {
            // another datum: its identification and transformation come from the EPSG dataset
            EpsgDatabase.require();
        }
        String name = parsed.getName() == null ? "unnamed" : parsed.getName().getCode();
        List<String> notes = new ArrayList<>();
        try {
            if (parsed instanceof ProjectedCRS p && LegacyWebMercator.isLegacySpelling(p, text)) {
                notes.add(
                        "\"" + name + "\" is the Web Mercator spelling of older GDAL/QGIS versions; read as EPSG:3857");
                EpsgDatabase.require();
                return new PrjCrs(eastNorth(CRS.forCode("EPSG:3857")), name, text, "EPSG:3857", notes);
            }
            CoordinateReferenceSystem identified = withEpsgDatum(parsed, notes);
            CoordinateReferenceSystem used = eastNorth(identified);
            return new PrjCrs(used, name, text, UNKNOWN, notes);
        } catch (FactoryException e) {
            throw new CrsException("cannot identify the projection \"" + name + "\": " + e.getLocalizedMessage(), e);
        }
    }

    /**
     * True for a geographic or projected CRS whose datum is WGS 84 by name and figure: nothing
     * about it needs the EPSG dataset (see {@link EpsgDatabase}), its datum is WGS 84 itself.
     */
    private static boolean onWgs84(CoordinateReferenceSystem crs) {
        GeographicCRS base = crs instanceof ProjectedCRS p ? p.getBaseCRS() : crs instanceof GeographicCRS g ? g : null;
        GeodeticDatum datum = base == null ? null : base.getDatum();
        if (datum == null || !EpsgDatums.key(datum.getName().getCode()).equals("wgs84")) {
            return false;
        }
        String code = code(datum);
        var ellipsoid = datum.getEllipsoid();
        return (code == null || code.equals("6326"))
                && datum.getPrimeMeridian().getGreenwichLongitude() == 0
                && Math.abs(ellipsoid.getSemiMajorAxis() - 6378137.0) < 1e-3
                && Math.abs(ellipsoid.getInverseFlattening() - 298.257223563) < 1e-6
                && !(datum instanceof org.apache.sis.referencing.datum.DefaultGeodeticDatum d
                        && d.getBursaWolfParameters().length > 0);
    }

    private static CoordinateReferenceSystem parseWkt(String text) throws CrsException {
        // A WKTFormat instead of CRS.fromWKT: the same parser, but warnings (such as ESRI unit
        // names like "Foot_US" that SIS does not know by name but still applies by factor) come
        // back to us instead of being logged on the user's console.
        WKTFormat format = new WKTFormat((java.util.Locale) null, (java.util.TimeZone) null);
        Object parsed;
        try {
            parsed = format.parseObject(text);
        } catch (java.text.ParseException | IllegalArgumentException e) {
            // SIS reports some malformed numbers and parameter values as IllegalArgumentException.
            throw new CrsException("cannot understand the projection: " + e.getLocalizedMessage(), e);
        }
        if (!(parsed instanceof GeographicCRS) && !(parsed instanceof ProjectedCRS)) {
            throw new CrsException("the projection is not a geographic or projected coordinate system: "
                    + (parsed == null ? "nothing" : parsed.getClass().getSimpleName()));
        }
        CoordinateReferenceSystem crs = (CoordinateReferenceSystem) parsed;
        if (crs.getCoordinateSystem().getDimension() != 2) {
            throw new CrsException("only two-dimensional coordinate systems are supported");
        }
        return crs;
    }

    /**
     * The same CRS on the EPSG datum its datum names, so that SIS can find the EPSG datum
     * transformation; unchanged when the datum has an EPSG code already or is not identified.
     */
    private static CoordinateReferenceSystem withEpsgDatum(CoordinateReferenceSystem crs, List<String> notes)
            throws FactoryException {
        GeographicCRS base = crs instanceof ProjectedCRS p ? p.getBaseCRS() : (GeographicCRS) crs;
        GeodeticDatum datum = base.getDatum();
        if (IdentifiedObjects.getIdentifier(datum, null) != null) {
            return crs;
        }
        Optional<GeodeticDatum> epsg = EpsgDatums.identify(datum);
        if (epsg.isEmpty()) {
            boolean towgs84 = datum instanceof org.apache.sis.referencing.datum.DefaultGeodeticDatum d
                    && d.getBursaWolfParameters().length > 0;
            notes.add("datum \"" + datum.getName().getCode() + "\" is not in the EPSG dataset"
                    + (towgs84 ? "; the .prj's TOWGS84 parameters are used" : ""));
            return crs;
        }
        GeodeticDatum d = epsg.get();
        Map<String, ?> baseName = Map.of(IdentifiedObject.NAME_KEY, base.getName());
        // WGS 84 is a datum ensemble in the EPSG dataset, which SIS wants given as such.
        GeographicCRS newBase = d instanceof DefaultDatumEnsemble<?> ensemble
                ? new DefaultGeographicCRS(baseName, null, castEnsemble(ensemble), base.getCoordinateSystem())
                : new DefaultGeographicCRS(baseName, d, null, base.getCoordinateSystem());
        if (crs instanceof ProjectedCRS p) {
            // A defining conversion (no source or target), so that it binds to the new base.
            Conversion c = p.getConversionFromBase();
            Conversion defining = new DefaultConversion(
                    Map.of(IdentifiedObject.NAME_KEY, c.getName()), c.getMethod(), null, c.getParameterValues());
            return new DefaultProjectedCRS(
                    Map.of(IdentifiedObject.NAME_KEY, p.getName()), newBase, defining, p.getCoordinateSystem());
        }
        return newBase;
    }

    @SuppressWarnings("unchecked")
    private static DefaultDatumEnsemble<GeodeticDatum> castEnsemble(DefaultDatumEnsemble<?> ensemble) {
        // The ensemble came from EpsgDatums, which only holds geodetic datums and ensembles of them.
        return (DefaultDatumEnsemble<GeodeticDatum>) ensemble;
    }

    private static CoordinateReferenceSystem eastNorth(CoordinateReferenceSystem crs) {
        return AbstractCRS.castOrCopy(crs).forConvention(AxesConvention.RIGHT_HANDED);
    }

    /**
     * The EPSG code of an equal CRS (axis order ignored), as {@code gdalsrsinfo -e} finds it; or
     * null. For a projected CRS without a code this scans the EPSG projected CRSs on its datum:
     * seconds the first time for a datum with many (NAD83 has hundreds), cached by SIS after.
     */
    private static String lookupCode(CoordinateReferenceSystem crs) throws FactoryException {
        if (crs instanceof GeographicCRS g) {
            // Same datum and degrees, axis order aside: the EPSG geographic CRS found without a scan.
            GeographicCRS epsg = epsgGeographic(g);
            if (epsg != null && code(epsg) != null && degrees(g) && degrees(epsg)) {
                return "EPSG:" + code(epsg);
            }
        }
        EpsgDatabase.require();
        var finder = IdentifiedObjects.newFinder("EPSG");
        finder.setIgnoringAxes(true);
        IdentifiedObject found = finder.findSingleton(crs);
        return found == null ? null : IdentifiedObjects.toString(IdentifiedObjects.getIdentifier(found, null));
    }

    /** The name given in the WKT, e.g. "NAD_1983_UTM_Zone_13N" or "WGS 84". */
    public String name() {
        return name;
    }

    /**
     * The EPSG code the CRS is identified as, e.g. "EPSG:26918", when there is one; looked up on
     * the first call (seconds for a projected CRS on a datum with hundreds), then kept.
     */
    public Optional<String> epsgCode() {
        String code = epsgCode;
        if (code == UNKNOWN) {
            // Looked up when first asked for, not on parsing: for a projected CRS it can take
            // seconds (see lookupCode), and reading a layer does not need it.
            try {
                code = lookupCode(crs);
            } catch (FactoryException e) {
                // Identification is for information; the CRS itself is usable without it.
                code = null;
            }
            epsgCode = code;
        }
        return Optional.ofNullable(code);
    }

    /** What identification changed or could not do, for the user (may be empty). */
    public List<String> notes() {
        return notes;
    }

    /** The WKT this CRS was parsed from (or ESRI WKT for the WGS84 default). */
    public String wkt() {
        return wkt;
    }

    /** The SIS object (east/north axes), for callers that need more than names and conversion. */
    public CoordinateReferenceSystem crs() {
        return crs;
    }

    /** True when coordinates are longitude/latitude degrees (on any datum). */
    public boolean isGeographic() {
        return crs instanceof GeographicCRS;
    }

    /** The conversion to WGS84 chosen without an area of interest; see {@link #toWgs84(GeographicBoundingBox)}. */
    public Reprojection toWgs84() throws CrsException {
        return toWgs84(null);
    }

    /**
     * The conversion of this CRS's coordinates to WGS84 longitude/latitude, through the EPSG
     * transformation SIS picks for {@code areaOfInterest} (null: anywhere).
     *
     * @throws CrsException if SIS finds no operation at all (should not happen for a parsed CRS)
     */
    public Reprojection toWgs84(GeographicBoundingBox areaOfInterest) throws CrsException {
        if (this == WGS84) {
            return Reprojection.identity();
        }
        try {
            // The path is built from pieces so that SIS is only ever asked for an operation
            // between two CRSs that carry EPSG codes. Given a CRS without one (any ESRI .prj, or
            // the longitude-first WGS 84), SIS first identifies it by scanning every EPSG CRS on
            // its datum, hundreds for WGS 84, NAD27 or NAD83: 10-20 s, for the same result.
            // Pieces: inverse projection (exact), axis order and units to the EPSG geographic
            // CRS (exact), the EPSG datum operation for the area, EPSG:4326 to longitude first.
            GeographicCRS base = crs instanceof ProjectedCRS p ? p.getBaseCRS() : (GeographicCRS) crs;
            GeographicCRS source = epsgGeographic(base);
            GeographicCRS target = CommonCRS.WGS84.geographic();
            var op = CRS.findOperation(source == null ? base : source, target, areaOfInterest);
            MathTransform transform = op.getMathTransform();
            if (source != null) {
                transform = MathTransforms.concatenate(axes(base, source), transform);
            }
            transform = MathTransforms.concatenate(transform, axes(target, CommonCRS.WGS84.normalizedGeographic()));
            if (crs instanceof ProjectedCRS p) {
                transform = MathTransforms.concatenate(
                        p.getConversionFromBase().getMathTransform().inverse(), transform);
            }
            return new Reprojection(transform, Operations.describe(op, crs));
        } catch (NoninvertibleTransformException e) {
            throw new CrsException("cannot convert " + name + " to WGS84: its projection cannot be inverted", e);
        } catch (FactoryException e) {
            throw new CrsException("cannot convert " + name + " to WGS84: " + e.getLocalizedMessage(), e);
        }
    }

    /** The exact change of axis order and units between two geographic CRSs on one datum. */
    private static MathTransform axes(GeographicCRS from, GeographicCRS to) throws FactoryException {
        try {
            return MathTransforms.linear(
                    CoordinateSystems.swapAndScaleAxes(from.getCoordinateSystem(), to.getCoordinateSystem()));
        } catch (IllegalArgumentException | javax.measure.IncommensurableException e) {
            throw new FactoryException("incompatible axes: " + e.getMessage(), e);
        }
    }

    /**
     * The EPSG geographic CRS (with its code) on the same datum as {@code base}, found without a
     * scan: {@code base} itself when it has a code; EPSG:4326 for WGS 84; else the EPSG
     * convention that the geographic 2D CRS of datum 6xxx is 4xxx, checked. Null otherwise (the
     * caller then lets SIS search).
     */
    private static GeographicCRS epsgGeographic(GeographicCRS base) {
        if (IdentifiedObjects.getIdentifier(base, Citations.EPSG) != null
                && base.getCoordinateSystem().getDimension() == 2) {
            return base;
        }
        GeodeticDatum datum = base.getDatum();
        if (datum == null || EpsgDatums.key(datum.getName().getCode()).equals("wgs84") || "6326".equals(code(datum))) {
            // A datum ensemble (SIS gives no datum for one) is WGS 84 in what EpsgDatums returns.
            return datum == null
                            && !(AbstractCRS.castOrCopy(base) instanceof DefaultGeographicCRS g
                                    && g.getDatumEnsemble() != null
                                    && EpsgDatums.key(g.getDatumEnsemble()
                                                    .getName()
                                                    .getCode())
                                            .startsWith("wgs84"))
                    ? null
                    : CommonCRS.WGS84.geographic();
        }
        String code = code(datum);
        if (code == null || !code.matches("6\\d{3}")) {
            return null;
        }
        EpsgDatabase.require();
        try {
            CoordinateReferenceSystem candidate = CRS.forCode("EPSG:" + (Integer.parseInt(code) - 2000));
            if (candidate instanceof GeographicCRS g
                    && g.getCoordinateSystem().getDimension() == 2
                    && g.getDatum() != null
                    && code.equals(code(g.getDatum()))) {
                return g;
            }
        } catch (FactoryException e) {
            // No such code: let SIS search.
        }
        return null;
    }

    private static boolean degrees(GeographicCRS crs) {
        var cs = crs.getCoordinateSystem();
        return cs.getDimension() == 2
                && Units.DEGREE.equals(cs.getAxis(0).getUnit())
                && Units.DEGREE.equals(cs.getAxis(1).getUnit());
    }

    private static String code(IdentifiedObject object) {
        var id = IdentifiedObjects.getIdentifier(object, Citations.EPSG);
        return id == null ? null : id.getCode();
    }

    /**
     * The geographic box covering {@code minX..maxX, minY..maxY} in this CRS's own units, for
     * {@link #toWgs84(GeographicBoundingBox)}; empty when the box is not finite or cannot be
     * converted (the operation is then chosen without an area).
     */
    public Optional<GeographicBoundingBox> areaOf(double minX, double minY, double maxX, double maxY) {
        if (!(Double.isFinite(minX) && Double.isFinite(minY) && Double.isFinite(maxX) && Double.isFinite(maxY))
                || minX > maxX
                || minY > maxY) {
            return Optional.empty();
        }
        try {
            GeneralEnvelope box = new GeneralEnvelope(crs);
            box.setRange(0, minX, maxX);
            box.setRange(1, minY, maxY);
            // By the math transforms, not Envelopes.transform(box, crs): that asks SIS for an
            // operation from this CRS, which without an EPSG code means a scan (see toWgs84).
            GeographicCRS base = crs instanceof ProjectedCRS p ? p.getBaseCRS() : (GeographicCRS) crs;
            MathTransform toLonLat = axes(base, (GeographicCRS) eastNorth(base));
            if (crs instanceof ProjectedCRS p) {
                toLonLat = MathTransforms.concatenate(
                        p.getConversionFromBase().getMathTransform().inverse(), toLonLat);
            }
            org.opengis.geometry.Envelope lonLat = Envelopes.transform(toLonLat, box);
            double west = Math.max(-180, lonLat.getMinimum(0));
            double east = Math.min(180, lonLat.getMaximum(0));
            double south = Math.max(-90, lonLat.getMinimum(1));
            double north = Math.min(90, lonLat.getMaximum(1));
            if (!(west <= east && south <= north)) {
                return Optional.empty();
            }
            return Optional.of(new DefaultGeographicBoundingBox(west, east, south, north));
        } catch (TransformException | FactoryException | IllegalArgumentException e) {
            // Outside the projection's domain or a degenerate box: choose without an area.
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        String code = epsgCode;
        return "PrjCrs[" + name + (code == null || code == UNKNOWN ? "" : ", " + code) + "]";
    }
}
