package org.standoff.io.csv;

import java.util.List;
import java.util.Locale;

/**
 * A mining-site field a source column can be mapped to, with the header names that map to it
 * automatically and the header written on export ({@link #exportName()}, with units where
 * they matter: {@code capacity_mw}, {@code latitude_deg}).
 *
 * <p>Header names are compared after {@link #normalise}: lower case, every run of other
 * characters than letters and digits made one underscore, so "Capacity (MW)" matches
 * {@code capacity_mw} and "Site Name" matches {@code site_name}.
 */
public enum SiteField {
    ID("id", "id", "site_id"),
    NAME("name", "name", "site", "site_name", "facility", "facility_name"),
    OPERATOR("operator", "operator", "operator_name"),
    OWNER("owner", "owner", "owner_name"),
    OWNER_COUNTRY("owner_country", "owner_country", "country"),
    FOREIGN_CONTROLLED("foreign_controlled", "foreign_controlled", "foreign"),
    CAPACITY_MW("capacity_mw", "capacity_mw", "capacity", "mw"),
    STATUS("status", "status"),
    LATITUDE("latitude_deg", "latitude_deg", "lat", "latitude", "y"),
    LONGITUDE("longitude_deg", "longitude_deg", "lon", "lng", "long", "longitude", "x"),
    /** One column with both coordinates: decimal, DMS, MGRS or WKT POINT. */
    LOCATION(
            "location", "location", "coordinates", "coords", "position", "mgrs", "wkt", "geom", "geometry", "the_geom"),
    ADDRESS("address", "address"),
    SOURCE("source", "source", "citation", "url", "source_url"),
    CONFIDENCE("confidence", "confidence"),
    NOTES("notes", "notes", "note", "comments"),
    CREATED_AT("created_at", "created_at", "created"),
    UPDATED_AT("updated_at", "updated_at", "updated");

    private final String exportName;
    private final List<String> aliases;

    SiteField(String exportName, String... aliases) {
        this.exportName = exportName;
        this.aliases = List.of(aliases);
    }

    /** The CSV header written on export. */
    public String exportName() {
        return exportName;
    }

    /** Normalised header names that map to this field automatically. */
    public List<String> aliases() {
        return aliases;
    }

    /** True if {@code header} names this field. */
    public boolean matches(String header) {
        return aliases.contains(normalise(header));
    }

    /** Lower case; runs of non-alphanumerics become one underscore, none at the ends. */
    public static String normalise(String header) {
        String s = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", "_");
        return s.replaceAll("^_+|_+$", "");
    }
}
