package org.standoff.model;

/** The value type of an attribute field, independent of the file format it came from. */
public enum FieldType {
    /** Text; values are {@link String}. */
    STRING,
    /** Whole numbers; values are {@link Long}. */
    INTEGER,
    /** Real numbers; values are {@link Double}. */
    DOUBLE,
    /** True/false; values are {@link Boolean}. */
    BOOLEAN,
    /** Calendar dates; values are {@link java.time.LocalDate}. */
    DATE,
    /** Instants; values are {@link java.time.Instant}. */
    TIMESTAMP
}
