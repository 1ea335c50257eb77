package org.standoff.model;

import java.util.Objects;

/**
 * One attribute column of a layer: its name, type and, where the source declares them, its
 * width and decimal count (0 when unknown).
 */
public record Field(String name, FieldType type, int length, int decimals) {

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A field with no declared width. */
    public static Field of(String name, FieldType type) {
        return new Field(name, type, 0, 0);
    }
}
