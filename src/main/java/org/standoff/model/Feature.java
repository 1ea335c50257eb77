package org.standoff.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a layer: a stable id, its geometry in WGS84 longitude/latitude (DESIGN.md
 * decision 1) and its attribute values in the order of the layer's {@link Field}s.
 *
 * <p>The geometry may be empty (a null shape) but never null. Values may be null. The value
 * array is copied on the way in and out, so a feature is immutable as long as nobody mutates
 * its geometry, which by convention nobody does once a feature is built.
 */
public final class Feature {

    private final long id;
    private final Geometry geometry;
    private final Object[] values;
    private final Geometry original;

    public Feature(long id, Geometry geometry, Object[] values) {
        this(id, geometry, values, null);
    }

    /**
     * A feature whose geometry was repaired on loading (DESIGN.md decision 12): {@code original}
     * is the geometry as the file had it, kept for the user to compare; null when nothing was
     * repaired. It lives in memory only (the project file stores the repaired geometry).
     */
    public Feature(long id, Geometry geometry, Object[] values, Geometry original) {
        this.id = id;
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.values = values.clone();
        this.original = original;
    }

    public long id() {
        return id;
    }

    public Geometry geometry() {
        return geometry;
    }

    /** The geometry as read from the file, when {@link #geometry()} is a repair of it. */
    public Optional<Geometry> original() {
        return Optional.ofNullable(original);
    }

    /** The value of the field at {@code index}, or null. */
    public Object value(int index) {
        return values[index];
    }

    /** The number of values, which equals the layer's field count. */
    public int valueCount() {
        return values.length;
    }

    /** A copy of all values. */
    public Object[] values() {
        return values.clone();
    }

    @Override
    public String toString() {
        return "Feature[" + id + ", " + geometry.getGeometryType() + ", " + Arrays.toString(values) + "]";
    }
}
