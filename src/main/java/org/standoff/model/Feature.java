package org.standoff.model;

import java.util.Arrays;
import java.util.Objects;
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

    public Feature(long id, Geometry geometry, Object[] values) {
        this.id = id;
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.values = values.clone();
    }

    public long id() {
        return id;
    }

    public Geometry geometry() {
        return geometry;
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
