package org.standoff.io.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.standoff.model.Confidence;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteProblem;
import org.standoff.model.SiteStatus;
import org.standoff.model.SiteValidator;

/**
 * Maps a {@link MiningSite} to and from a row of {@code standoff_sites}: the column list, the
 * parameter binding and the reading. The "value or raw text" fields that are numbers or
 * booleans use two columns (e.g. {@code capacity_mw} REAL and {@code capacity_text} TEXT) so
 * that GDAL/QGIS see properly typed columns while nothing written is lost; status and
 * confidence are TEXT holding the code or the text as written. Not thread-safe (the geometry
 * codec keeps state); one instance per store.
 */
final class SiteRows {

    /** Every column after id and geom, in binding order. */
    static final String COLUMNS = "name, operator, owner, owner_country, foreign_controlled, foreign_controlled_text, "
            + "capacity_mw, capacity_text, status, address, source, confidence, notes, created_at, updated_at";

    static final String SELECT = "SELECT id, geom, " + COLUMNS + " FROM " + StandoffSchema.SITES_TABLE;
    static final String INSERT = "INSERT INTO " + StandoffSchema.SITES_TABLE + " (id, geom, " + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Leaves created_at alone: an update never rewrites when a site was first saved. */
    static final String UPDATE =
            "UPDATE " + StandoffSchema.SITES_TABLE + " SET geom = ?, name = ?, operator = ?, owner = ?, "
                    + "owner_country = ?, foreign_controlled = ?, foreign_controlled_text = ?, capacity_mw = ?, capacity_text = ?, "
                    + "status = ?, address = ?, source = ?, confidence = ?, notes = ?, updated_at = ? WHERE id = ?";

    /** GeoPackage DATETIME: ISO 8601 UTC with milliseconds (GeoPackage 1.3, clause 1.1.1.1.1). */
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final GeometryFactory factory = new GeometryFactory();
    private final GeoPackageGeometry codec = new GeoPackageGeometry(factory);

    /** Binds an insert; {@code created}/{@code updated} are the timestamps to store. */
    void bindInsert(PreparedStatement ps, MiningSite s, Instant created, Instant updated) throws SQLException {
        if (s.id() > 0) {
            ps.setLong(1, s.id());
        } else {
            ps.setNull(1, Types.INTEGER);
        }
        ps.setBytes(2, point(s));
        bindFields(ps, 3, s);
        ps.setString(16, timestamp(created));
        ps.setString(17, timestamp(updated));
    }

    void bindUpdate(PreparedStatement ps, MiningSite s, Instant updated) throws SQLException {
        ps.setBytes(1, point(s));
        bindFields(ps, 2, s);
        ps.setString(15, timestamp(updated));
        ps.setLong(16, s.id());
    }

    private Instant lastInstant;
    private String lastText;

    /**
     * {@link #datetime}, remembering the last one: a batch stamps all its rows with one time, and
     * formatting it 200,000 times was a tenth of a 100,000-site pull's CPU.
     */
    private String timestamp(Instant t) {
        if (!t.equals(lastInstant)) {
            lastText = datetime(t);
            lastInstant = t;
        }
        return lastText;
    }

    /** Binds name .. notes (13 parameters) from index {@code i}. */
    private static void bindFields(PreparedStatement ps, int i, MiningSite s) throws SQLException {
        ps.setString(i++, s.name());
        ps.setString(i++, s.operator());
        ps.setString(i++, s.owner());
        ps.setString(i++, s.ownerCountry());
        Boolean foreign = s.foreignControlled().value();
        if (foreign == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, foreign ? 1 : 0);
        }
        ps.setString(i++, s.foreignControlled().text());
        Double mw = s.capacityMw().value();
        if (mw == null) {
            ps.setNull(i++, Types.REAL);
        } else {
            ps.setDouble(i++, mw);
        }
        ps.setString(i++, s.capacityMw().text());
        ps.setString(i++, s.status().display(SiteStatus::code));
        ps.setString(i++, s.address());
        ps.setString(i++, s.source());
        ps.setString(i++, s.confidence().display(Confidence::code));
        ps.setString(i, s.notes());
    }

    /** A row of {@code standoff_sites} that cannot be used as a site, and why, in words naming the row. */
    record SetAside(long id, String message) {}

    /**
     * Reads every usable site in id order into {@code sink} and returns the rows set aside: a
     * geometry that does not decode, is not a point, or is not a valid longitude/latitude (NULL,
     * NaN, a polygon), a negative id, a timestamp that is not ISO 8601. Such a row stays in the
     * file untouched ({@link InPlaceSave} carries it through) and is listed, so one bad row never
     * keeps a project from opening, analysing or saving.
     */
    static List<SetAside> readUsable(Connection c, Consumer<MiningSite> sink) throws SQLException {
        SiteRows rows = new SiteRows();
        List<SetAside> setAside = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String why;
                try {
                    MiningSite s = rows.read(rs);
                    List<SiteProblem> problems = SiteValidator.locationProblems(s.lon(), s.lat());
                    why = id < 0
                            ? "its id is negative"
                            : problems.isEmpty() ? null : problems.get(0).message();
                    if (why == null) {
                        sink.accept(s);
                        continue;
                    }
                } catch (StoreException e) {
                    why = e.getMessage();
                }
                setAside.add(new SetAside(
                        id,
                        StandoffSchema.SITES_TABLE + ", row with id " + id + ": set aside, not loaded (" + why
                                + "). It stays in the file; fix or delete it with 'standoff project repair'."));
            }
        }
        return setAside;
    }

    /** Reads the current row of a result set made from {@link #SELECT}. */
    MiningSite read(ResultSet rs) throws SQLException, StoreException {
        long id = rs.getLong(1);
        double[] lonLat = lonLat(rs.getBytes(2), id);
        Object foreignRaw = rs.getObject(7);
        Parsed<Boolean> foreign =
                foreignRaw != null ? Parsed.of(rs.getLong(7) != 0) : Parsed.unrecognised(rs.getString(8));
        Object mwRaw = rs.getObject(9);
        Parsed<Double> mw = mwRaw != null ? Parsed.of(rs.getDouble(9)) : Parsed.unrecognised(rs.getString(10));
        return new MiningSite(
                id,
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                foreign,
                mw,
                SiteStatus.fromStored(rs.getString(11)),
                lonLat[0],
                lonLat[1],
                rs.getString(12),
                rs.getString(13),
                Confidence.fromStored(rs.getString(14)),
                rs.getString(15),
                instant(rs.getString(16), id),
                instant(rs.getString(17), id));
    }

    private byte[] point(MiningSite s) {
        return GeoPackageGeometry.encode(factory.createPoint(new Coordinate(s.lon(), s.lat())), 4326);
    }

    /** Decodes the point; another program may have left an empty or non-point geometry (NaN then). */
    private double[] lonLat(byte[] blob, long id) throws StoreException {
        if (blob != null
                && blob.length == 8 + 32 + 21
                && blob[0] == 'G'
                && blob[1] == 'P'
                && (blob[3] & 0x3F) == 0x03
                && blob[40] == 1
                && blob[41] == 1
                && blob[42] == 0
                && blob[43] == 0
                && blob[44] == 0) {
            // Fast path for what this class writes: little-endian header, XY envelope, LE WKB point.
            ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
            return new double[] {b.getDouble(45), b.getDouble(53)};
        }
        try {
            Geometry g = codec.decode(blob);
            if (g instanceof Point && !g.isEmpty()) {
                Point p = (Point) g;
                return new double[] {p.getX(), p.getY()};
            }
            return new double[] {Double.NaN, Double.NaN};
        } catch (ParseException e) {
            throw new StoreException(
                    StandoffSchema.SITES_TABLE + ", site " + id + ": bad geometry (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Parses exactly the form {@link #datetime} writes ({@code yyyy-MM-ddTHH:mm:ss.SSSZ}) without
     * the general parser, which dominates reading 100,000 sites; null for any other form, which
     * then goes to {@link Instant#parse}.
     */
    static Instant fastDatetime(String t) {
        if (t.length() != 24
                || t.charAt(4) != '-'
                || t.charAt(7) != '-'
                || t.charAt(10) != 'T'
                || t.charAt(13) != ':'
                || t.charAt(16) != ':'
                || t.charAt(19) != '.'
                || t.charAt(23) != 'Z') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int milli = digits(t, 20, 3);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > 31
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || milli < 0
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, milli * 1_000_000L);
    }

    /** The non-negative number written with {@code n} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static String datetime(Instant t) {
        return DATETIME.format(t);
    }

    private static Instant instant(String text, long id) throws StoreException {
        if (text == null) {
            return null;
        }
        Instant fast = fastDatetime(text);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new StoreException(
                    StandoffSchema.SITES_TABLE + ", site " + id + ": timestamp \"" + text + "\" is not ISO 8601 UTC",
                    e);
        }
    }
}
