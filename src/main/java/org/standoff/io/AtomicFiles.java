package org.standoff.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The one way Standoff replaces a whole file (projects written anew, CSV, GeoJSON, PNG and PDF
 * exports), so that a crash or power loss at any moment leaves either the old file or the
 * complete new one.
 *
 * <p><b>Guarantees.</b> The target is first {@link #resolveTarget resolved}: a symlink is
 * followed to the file it names (so that file is updated and the link stays a link), and a
 * target that is not a regular file (a folder, a device such as {@code /dev/null}, a pipe) or
 * that nobody may write is refused. The content goes to a hidden temporary file in the same
 * folder ({@code .NAME.<random>.saving}, created with the user's umask, never 0600), is forced
 * to disk, and renamed over the target with {@code ATOMIC_MOVE} only (no copy-then-delete
 * fallback, which with a full disk can lose both files); the folder is then forced so the
 * rename is durable. A replaced file keeps its permissions and, where the process may, its
 * owner and group. On any failure the temporary file is deleted and the target is untouched.
 *
 * <p><b>Does not</b> protect a file that another program holds open and writes in place (an
 * SQLite database shared with others is saved in place, by SQLite, instead), or break hard
 * links more gently: a replaced file is a new inode. Stateless and thread-safe; two
 * concurrent replacements of one target leave one of the two complete files.
 */
public final class AtomicFiles {

    /** Fills the (empty, existing) temporary file. */
    @FunctionalInterface
    public interface Content<E extends Exception> {
        void writeTo(Path temp) throws E, IOException;
    }

    /** Writes text. */
    @FunctionalInterface
    public interface Text {
        void write(Writer w) throws IOException;
    }

    /**
     * The three steps of a replacement that the disk may refuse: forcing the temporary file,
     * renaming it over the target, forcing the folder. {@link #SYSTEM} is the real disk; a
     * fault-injection test passes one that fails a step, to check that every failure leaves
     * the previous file and is reported as a failure.
     */
    public interface Disk {
        /** The real disk: {@code FileChannel.force}, {@code Files.move} with {@code ATOMIC_MOVE} only. */
        Disk SYSTEM = new Disk() {};

        /** Forces the file's content and metadata to the device. */
        default void force(Path file) throws IOException {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }

        /** Renames {@code from} over {@code to} in one step, or fails (never a copy-then-delete). */
        default void move(Path from, Path to) throws IOException {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }

        /** Forces the folder, so the rename is durable; a platform that cannot open a folder throws. */
        default void forceDirectory(Path dir) throws IOException {
            try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
                ch.force(true);
            }
        }
    }

    /** The ending of the temporary files, by which a later save finds a killed save's leftovers. */
    public static final String TEMP_SUFFIX = ".saving";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    /**
     * The file a write to {@code target} should replace: absolute, through every symlink.
     *
     * @throws IOException naming the target if it is not a regular file, is read-only (no
     *     write permission bit at all: root too is refused), or its folder does not exist
     */
    public static Path resolveTarget(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs)) {
            abs = abs.toRealPath();
        } else if (Files.isSymbolicLink(abs)) {
            abs = abs.getParent().resolve(Files.readSymbolicLink(abs)).normalize(); // a link to a file not made yet
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(
                    target + " is not a regular file (a folder or a device): nothing was written. Choose a file name.");
        }
        if (abs.getParent() == null || !Files.isDirectory(abs.getParent())) {
            throw new IOException(target + ": the folder " + abs.getParent() + " does not exist; nothing was written.");
        }
        if (Files.exists(abs) && isReadOnly(abs)) {
            throw new IOException(
                    target + " is read-only: nothing was written. Save to another file, or make it writable first.");
        }
        return abs;
    }

    /**
     * True when no one may write the file by its mode bits (or the OS says this process may
     * not). Root may write any file; a save must still not change a file its owner made read-only.
     */
    public static boolean isReadOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return false;
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
        return !(p.contains(PosixFilePermission.OWNER_WRITE)
                || p.contains(PosixFilePermission.GROUP_WRITE)
                || p.contains(PosixFilePermission.OTHERS_WRITE));
    }

    /** Replaces {@code target} with what {@code content} writes into a temporary file (see the class comment). */
    public static <E extends Exception> void replace(Path target, Content<E> content) throws E, IOException {
        replace(target, content, Disk.SYSTEM);
    }

    /** As {@link #replace(Path, Content)}, through {@code disk} (fault-injection tests). */
    public static <E extends Exception> void replace(Path target, Content<E> content, Disk disk) throws E, IOException {
        Path abs = resolveTarget(target);
        Path dir = abs.getParent();
        Path temp = createTemp(dir, abs.getFileName().toString());
        boolean moved = false;
        try {
            keepAttributes(abs, temp);
            content.writeTo(temp);
            try {
                disk.force(temp);
            } catch (IOException e) {
                throw new IOException(
                        target + ": the disk did not confirm the new content (" + e.getMessage() + ")" + unchanged(abs),
                        e);
            }
            try {
                disk.move(temp, abs);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(
                        target + ": the file system cannot replace the file in one step (" + e.getMessage() + ")"
                                + unchanged(abs),
                        e);
            } catch (IOException e) {
                throw new IOException(
                        target + ": the new file could not be put in place (" + e.getMessage() + ")" + unchanged(abs),
                        e);
            }
            moved = true;
            forceDirectory(disk, dir);
        } finally {
            if (!moved) {
                deleteLeftovers(temp);
            }
        }
    }

    /** Replaces {@code target} with UTF-8 text (no byte-order mark). */
    public static void writeUtf8(Path target, Text text) throws IOException {
        replace(target, temp -> {
            try (OutputStream out = Files.newOutputStream(temp);
                    Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                text.write(w);
            }
        });
    }

    /** An empty file {@code .NAME.<random>.saving}, with the user's usual permissions (not createTempFile's 0600). */
    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + TEMP_SUFFIX);
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // Another save picked the same name; draw again.
            }
        }
    }

    /** A replaced file keeps its permissions (e.g. group-readable on a shared drive) and, where allowed, its owner and group. */
    private static void keepAttributes(Path target, Path temp) throws IOException {
        if (!Files.isRegularFile(target) || Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) {
            return;
        }
        PosixFileAttributes a = Files.readAttributes(target, PosixFileAttributes.class);
        Set<PosixFilePermission> perms = a.permissions();
        perms.add(PosixFilePermission.OWNER_READ);
        perms.add(PosixFilePermission.OWNER_WRITE);
        Files.setPosixFilePermissions(temp, perms);
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        try {
            if (!view.readAttributes().owner().equals(a.owner())) {
                view.setOwner(a.owner());
            }
            if (!view.readAttributes().group().equals(a.group())) {
                view.setGroup(a.group());
            }
        } catch (IOException e) {
            // Only root may give a file away; a user's own save keeps the user as owner, as every editor does.
        }
    }

    /**
     * Makes the rename durable. Some platforms (Windows) cannot open a directory; there the
     * rename is as durable as the file system makes it, and the save has still succeeded.
     */
    private static void forceDirectory(Disk disk, Path dir) {
        try {
            disk.forceDirectory(dir);
        } catch (IOException e) {
            // Not a failure of the save: the new file is complete and in place.
        }
    }

    /** The end of a failure's message: what is true of the target after it. */
    private static String unchanged(Path target) {
        return Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                ? "; the previous file is unchanged"
                : "; nothing was written";
    }

    /** The temporary file and any SQLite side files next to it. */
    public static void deleteLeftovers(Path temp) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
            } catch (IOException e) {
                // Best effort: a stray temp file costs disk space, not data; the save's own error is reported.
            }
        }
    }
}
