package org.standoff.geo.crs;

/**
 * A coordinate reference system could not be understood or a coordinate could not be
 * converted. The message is meant for the user: it says what was wrong, not where in SIS.
 */
public final class CrsException extends Exception {
    private static final long serialVersionUID = 1L;

    public CrsException(String message) {
        super(message);
    }

    public CrsException(String message, Throwable cause) {
        super(message, cause);
    }
}
