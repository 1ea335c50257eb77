package org.standoff.io.csv;

import java.nio.file.Path;

/**
 * A CSV file could not be read or written. The message names the file, the physical line
 * (counting the header as line 1) where known, and the problem, in words a user can act on.
 * Nothing has been imported or written when this is thrown.
 */
public class CsvException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    /**
     * @param file the file, or null when reading from memory
     * @param line the physical line, 1-based, or 0 when the problem is not on one line
     */
    public CsvException(Path file, long line, String problem, Throwable cause) {
        super((file == null ? "CSV" : file.toString()) + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public CsvException(Path file, long line, String problem) {
        this(file, line, problem, null);
    }

    /** The file, or null. */
    public Path file() {
        return file;
    }

    /** The physical line (1-based), or 0. */
    public long line() {
        return line;
    }
}
