package org.standoff.io.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which source column feeds which {@link SiteField}: suggested from the header by
 * {@link #auto}, then changed by the user with {@link #with} and {@link #without}.
 *
 * <p>Immutable; each change returns a new mapping. A column feeds at most one field and a
 * field takes at most one column: mapping a column already used moves it. Coordinates come
 * from {@link SiteField#LATITUDE} plus {@link SiteField#LONGITUDE}, and where a row has
 * neither, from {@link SiteField#LOCATION}.
 */
public final class ColumnMapping {

    private final List<String> header;
    private final Map<SiteField, Integer> columns;

    private ColumnMapping(List<String> header, Map<SiteField, Integer> columns) {
        this.header = List.copyOf(header);
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    /** Matches each header name against the fields' aliases; the first column wins a field. */
    public static ColumnMapping auto(List<String> header) {
        Map<SiteField, Integer> m = new EnumMap<>(SiteField.class);
        for (int i = 0; i < header.size(); i++) {
            for (SiteField f : SiteField.values()) {
                if (!m.containsKey(f) && f.matches(header.get(i))) {
                    m.put(f, i);
                    break;
                }
            }
        }
        return new ColumnMapping(header, m);
    }

    /** No column mapped. */
    public static ColumnMapping none(List<String> header) {
        return new ColumnMapping(header, Map.of());
    }

    /** This mapping with {@code field} read from column {@code column} (0-based). */
    public ColumnMapping with(SiteField field, int column) {
        if (column < 0 || column >= header.size()) {
            throw new IndexOutOfBoundsException("column " + column + " of " + header.size());
        }
        Map<SiteField, Integer> m = new EnumMap<>(SiteField.class);
        m.putAll(columns);
        m.values().removeIf(c -> c == column);
        m.put(field, column);
        return new ColumnMapping(header, m);
    }

    /** This mapping with {@code field} read from the column named {@code headerName}. */
    public ColumnMapping with(SiteField field, String headerName) {
        int i = header.indexOf(headerName);
        if (i < 0) {
            throw new IllegalArgumentException("no column named \"" + headerName + "\"");
        }
        return with(field, i);
    }

    /** This mapping with {@code field} not imported. */
    public ColumnMapping without(SiteField field) {
        Map<SiteField, Integer> m = new EnumMap<>(SiteField.class);
        m.putAll(columns);
        m.remove(field);
        return new ColumnMapping(header, m);
    }

    /** The column feeding {@code field}, if any. */
    public Optional<Integer> column(SiteField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** Every mapped field and its column. */
    public Map<SiteField, Integer> asMap() {
        return columns;
    }

    /** The header this mapping is for. */
    public List<String> header() {
        return header;
    }

    /** Names of columns that feed no field: their values will not be imported. */
    public List<String> unmappedColumns() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!columns.containsValue(i)) {
                out.add(header.get(i));
            }
        }
        return out;
    }

    /** True if the mapping can locate sites at all: latitude and longitude, or a location column. */
    public boolean hasLocation() {
        return (columns.containsKey(SiteField.LATITUDE) && columns.containsKey(SiteField.LONGITUDE))
                || columns.containsKey(SiteField.LOCATION);
    }

    @Override
    public String toString() {
        return "ColumnMapping" + columns;
    }
}
