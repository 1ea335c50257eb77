package org.standoff.io.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash or power loss at any moment leaves either the old file or the
 * complete new one: the content is written to a temporary file in the same directory (same
 * file system, so the rename is atomic), forced to disk, renamed over the target
 * ({@code ATOMIC_MOVE}; {@code REPLACE_EXISTING} where the file system cannot), and the
 * directory is forced so the rename itself is durable. The target is never opened for writing.
 * On any failure the temporary file is deleted and the target is untouched. Stateless and
 * thread-safe; two concurrent replacements of one target leave one of the two complete files.
 */
final class AtomicFiles {

    /** Fills the (empty, existing) temporary file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path temp) throws StoreException;
    }

    private AtomicFiles() {
    }

    static void replace(Path target, Content content) throws StoreException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".saving");
        } catch (IOException e) {
            throw new StoreException(target + ": cannot save, cannot create a file in " + dir + " (" + e.getMessage() + ")", e);
        }
        boolean moved = false;
        try {
            content.writeTo(temp);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(dir);
        } catch (IOException e) {
            throw new StoreException(target + ": cannot save (" + e + "); the previous file is unchanged", e);
        } finally {
            if (!moved) {
                deleteLeftovers(temp);
            }
        }
    }

    /**
     * Makes the rename durable. Some platforms (Windows) cannot open a directory; there the
     * rename is as durable as the file system makes it, and the save has still succeeded.
     */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not a failure of the save: the new file is complete and in place.
        }
    }

    /** The temporary file and any SQLite side files next to it. */
    static void deleteLeftovers(Path temp) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
            } catch (IOException e) {
                // Best effort: a stray temp file costs disk space, not data; the save's own error is reported.
            }
        }
    }
}
