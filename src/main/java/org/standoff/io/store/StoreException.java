package org.standoff.io.store;

/**
 * A GeoPackage or SQLite store could not be read or written. The message names the file, the
 * table or record where known, and the problem, in words a user can act on.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
