package org.standoff.io.shapefile;

import java.nio.file.Path;

/**
 * The one checked exception of shapefile reading and writing. Its message is complete and
 * readable on its own: it names the file, the record number when there is one, and the problem,
 * e.g. {@code "roads.shp: record 17: ring with 3 points (at least 4 needed)"}.
 */
public final class ShapefileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean missingCrs;

    public ShapefileException(String message) {
        this(message, false);
    }

    private ShapefileException(String message, boolean missingCrs) {
        super(message);
        this.missingCrs = missingCrs;
    }

    /**
     * True when the only problem is that the coordinate system is unknown (no {@code .prj} and
     * coordinates that are not lon/lat): the caller can ask the user for one and read again
     * with {@link ShapefileReadOptions#withCrs}.
     */
    public boolean isMissingCrs() {
        return missingCrs;
    }

    /** The coordinate system is unknown and must be supplied. */
    static ShapefileException missingCrs(Path file, String problem) {
        return new ShapefileException(file.getFileName() + ": " + problem, true);
    }

    public ShapefileException(String message, Throwable cause) {
        super(message, cause);
        this.missingCrs = false;
    }

    /** A problem with a whole file. */
    static ShapefileException of(Path file, String problem) {
        return new ShapefileException(file.getFileName() + ": " + problem);
    }

    /** A problem with one record; {@code recordNumber} is 1-based as in the file format. */
    static ShapefileException of(Path file, long recordNumber, String problem) {
        return new ShapefileException(file.getFileName() + ": record " + recordNumber + ": " + problem);
    }

    /** An I/O failure; the exception's message is kept because it often says "no such file". */
    static ShapefileException io(Path file, java.io.IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ShapefileException(file.getFileName() + ": cannot read: " + detail, e);
    }
}
