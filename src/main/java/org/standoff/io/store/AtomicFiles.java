package org.standoff.io.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Replaces a file so that a crash or power loss at any moment leaves either the old file or the
 * complete new one: the content is written to a temporary file in the same directory (same
 * file system, so the rename is atomic), forced to disk, renamed over the target
 * ({@code ATOMIC_MOVE} only: where the file system cannot, the save fails), and the
 * directory is forced so the rename itself is durable. The target is never opened for writing.
 * On any failure the temporary file is deleted and the target is untouched. A replaced file
 * keeps its POSIX permissions; a new one gets the user's usual ones. Stateless and
 * thread-safe; two concurrent replacements of one target leave one of the two complete files.
 */
final class AtomicFiles {

    /** Fills the (empty, existing) temporary file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path temp) throws StoreException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    static void replace(Path target, Content content) throws StoreException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path temp;
        try {
            temp = createTemp(dir, abs.getFileName().toString());
            keepPermissions(abs, temp);
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
                // Never a copy-then-delete fallback: with the disk full it can lose both files.
                throw new StoreException(target + ": cannot save, the file system cannot replace the file in one step "
                        + "(" + e.getMessage() + "); the previous file is unchanged", e);
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
     * An empty file {@code .NAME.<random>.saving}. Not {@link Files#createTempFile}: that makes the
     * file private (0600), and the rename would then silently take away the permissions a saved
     * file normally has; a plain create gets the user's usual ones (umask).
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".saving");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // Another save picked the same name; draw again.
            }
        }
    }

    /** Replacing a file keeps its permissions (e.g. group-readable on a shared drive), as editors do. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
            perms.add(PosixFilePermission.OWNER_READ);
            perms.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(temp, perms);
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
