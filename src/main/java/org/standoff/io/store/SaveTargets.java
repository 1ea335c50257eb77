package org.standoff.io.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * What a save does to the target's name before it writes: follows a symlink to the file it
 * names (so the real file on a shared drive is the one updated), refuses a target that is not
 * a regular file (a folder, a device such as {@code /dev/null}), removes the hidden temporary
 * files a killed save left beside it, and moves aside the SQLite side files
 * ({@code -wal}, {@code -shm}, {@code -journal}) left at a name whose database is gone, which
 * SQLite would otherwise replay over a new file of that name. Stateless.
 */
final class SaveTargets {

    /** A temporary file this old is a killed save's, not a save in progress. */
    static final Duration STALE_TEMPORARY = Duration.ofMinutes(10);

    private static final String[] SIDE_FILES = {"-wal", "-shm", "-journal"};

    private SaveTargets() {}

    /** The path a save should write (see {@link org.standoff.io.AtomicFiles#resolveTarget}), as a {@link StoreException}. */
    static Path resolve(Path target) throws StoreException {
        try {
            return org.standoff.io.AtomicFiles.resolveTarget(target);
        } catch (IOException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** Deletes {@code .NAME.*.saving} files (and their side files) older than {@link #STALE_TEMPORARY}. */
    static void removeStaleTemporaries(Path file) {
        String prefix = "." + file.getFileName() + ".";
        Instant before = Instant.now().minus(STALE_TEMPORARY);
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(file.getParent(), p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(org.standoff.io.AtomicFiles.TEMP_SUFFIX);
        })) {
            for (Path temp : dir) {
                FileTime modified = Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS);
                if (modified.toInstant().isBefore(before) && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
                    org.standoff.io.AtomicFiles.deleteLeftovers(temp);
                }
            }
        } catch (IOException e) {
            // Best effort: a leftover costs disk space, not data; the save goes on.
        }
    }

    /**
     * Before a new file is renamed to {@code file}: side files at that name belong to a
     * database that no longer exists there. They are renamed {@code NAME-wal.stale-<millis>}
     * rather than deleted, so nothing anyone might want is destroyed.
     */
    static void moveAsideSideFiles(Path file) throws StoreException {
        long now = System.currentTimeMillis();
        for (String suffix : SIDE_FILES) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(side, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.move(side, side.resolveSibling(side.getFileName() + ".stale-" + now));
                } catch (IOException e) {
                    throw new StoreException(
                            file + ": an old SQLite file " + side.getFileName()
                                    + " lies beside it and cannot be moved aside (" + e.getMessage()
                                    + "); nothing was written. Remove it, then save again.",
                            e);
                }
            }
        }
    }
}
