package org.standoff.io.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * Looks at a file before SQLite does, so that a zero-byte file, a file that is not SQLite at
 * all and a truncated SQLite file each get a plain message naming the file instead of SQLite's
 * "file is not a database". The truncation check compares the file size with the page count
 * and page size in the 100-byte SQLite header (valid when the header's change counter and
 * "version valid for" agree, as they do for every file a current SQLite wrote). Stateless.
 */
final class SqliteFiles {

    /** What the first bytes say. */
    enum Header {
        EMPTY,
        NOT_SQLITE,
        SQLITE
    }

    /** SQLITE_IOERR in the user's words: the OS refused a write (EIO, a full quota, a file-size limit). */
    private static final String WRITE_REFUSED =
            "the disk refused to write (it may be full, or the file larger than this account or " + "disk allows)";

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFiles() {}

    /**
     * Classifies the file; throws for a missing or unreadable file and for an SQLite file that
     * is shorter than its header says.
     */
    static Header header(Path file) throws StoreException {
        byte[] head = new byte[100];
        long size;
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new StoreException(file + ": file not found", e);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (n == 0) {
            return Header.EMPTY;
        }
        if (n < MAGIC.length || !Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC)) {
            return Header.NOT_SQLITE;
        }
        if (n < head.length) {
            throw truncated(file, size, -1);
        }
        ByteBuffer b = ByteBuffer.wrap(head);
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        pageSize = pageSize == 1 ? 65536 : pageSize;
        long pages = Integer.toUnsignedLong(b.getInt(28));
        boolean countValid = b.getInt(24) == b.getInt(92) && pages > 0;
        if (pageSize >= 512 && (countValid && size < pages * pageSize || size % pageSize != 0)) {
            throw truncated(file, size, countValid ? pages * pageSize : -1);
        }
        return Header.SQLITE;
    }

    private static StoreException truncated(Path file, long size, long expected) {
        return new StoreException(file + " is damaged: the file is cut short (" + size + " bytes"
                + (expected > 0 ? " of " + expected : "") + "), as after an interrupted copy or download. "
                + "Use a backup or a recovery copy.");
    }

    /**
     * A read-only connection; the caller closes it. If a save that was killed left a rollback
     * journal, a read-write connection first lets SQLite roll it back (it does so only for a
     * hot journal, one no live process holds), so the previous content reads instead of the
     * file being refused as damaged.
     */
    static Connection openReadOnly(Path file) throws StoreException {
        rollBackHotJournal(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(
                InPlaceSave.BUSY_TIMEOUT_MS); // another program's short write is waited for, as a save waits
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open (" + e.getMessage() + ")", e);
        }
    }

    private static void rollBackHotJournal(Path file) {
        Path journal = file.resolveSibling(file.getFileName() + "-journal");
        try {
            if (!Files.isRegularFile(journal) || Files.size(journal) == 0 || !Files.isWritable(file)) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(InPlaceSave.BUSY_TIMEOUT_MS);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
                java.sql.Statement s = c.createStatement()) {
            s.executeQuery("SELECT count(*) FROM sqlite_master").close(); // the first read rolls a hot journal back
        } catch (SQLException e) {
            // The read-only open that follows reports what is wrong with the file.
        }
    }

    /** The message for an SQLite error met while reading a file that passed {@link #header}. */
    static StoreException damaged(Path file, SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        if (code == 5 || code == 6) { // SQLITE_BUSY, SQLITE_LOCKED: a lock, not damage
            return new StoreException(
                    file + " is in use by another program (QGIS, GDAL or sqlite3?) that holds a lock on it. "
                            + "Close the file there, or finish its edit, and try again. The file was not changed.",
                    e);
        }
        return new StoreException(file + " is damaged or not a complete Standoff project (" + e.getMessage() + ")", e);
    }

    /**
     * The message for an SQLite error met while saving into an existing file, by SQLite's
     * primary result code: another program's lock, a read-only file or folder, a full disk, a
     * damaged file. In every case SQLite rolled the transaction back, so the file is unchanged.
     */
    static StoreException saveFailure(Path file, SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        String why = switch (code) {
            case 5, 6 ->
                " is in use by another program (QGIS, GDAL or sqlite3?) that holds its write lock. "
                        + "Close the file there, or finish its edit, and save again.";
            case 8 -> " cannot be written (the file or its folder is read-only). Save As to another file.";
            case 13 -> ": the disk is full.";
            case 10 -> ": " + WRITE_REFUSED + ".";
            case 11, 26 -> " is damaged (" + e.getMessage() + "). Save As to another file.";
            default -> ": cannot save (" + e.getMessage() + ").";
        };
        return new StoreException(file + why + " Nothing was written: the file is as it was before this save.", e);
    }

    /** The message for an SQLite error met while writing a new file for {@code target}; the target is untouched. */
    static StoreException newFileFailure(Path target, SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        String why = switch (code) {
            case 13 -> ": cannot save, the disk is full.";
            case 10 -> ": cannot save, " + WRITE_REFUSED + ".";
            case 8 -> ": cannot save, the folder is read-only.";
            default -> ": cannot write the project (" + e.getMessage() + ").";
        };
        return new StoreException(
                target + why + (Files.exists(target) ? " The previous file is unchanged." : " Nothing was written."),
                e);
    }
}
