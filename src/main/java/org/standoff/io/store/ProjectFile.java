package org.standoff.io.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.standoff.model.Project;

/**
 * The project file (DESIGN.md decision 7): one GeoPackage that holds a whole {@link Project}.
 * Layout: {@code docs/PROJECT_FILE.md}.
 *
 * <p><b>Guarantees.</b> Saving over an existing GeoPackage is one SQLite write transaction in
 * the file itself ({@link InPlaceSave}): it takes SQLite's write lock and respects other
 * programs' locks, lets SQLite deal with a stale WAL or journal first, replaces only Standoff's
 * own tables and carries every other table through, keeps the file's links, owner and mode,
 * refuses a read-only file, and is verified by reading the file back. A crash or power loss at
 * any moment leaves the previous content or the new one, never a mix. A new file (or one that
 * is not SQLite at all) is written complete beside the target, forced to disk and renamed into
 * place, after any SQLite side files left at that name by a deleted database are moved aside
 * so SQLite can never replay them over it. A symlink is saved through to its target. Hidden
 * temporary files that a killed save left beside the target are removed at the next save.
 * {@link #read} gives back what was written, with
 * the limits listed in the layout document (timestamps of layer fields to the millisecond, NaN
 * doubles as null, features in id order, 2D geometries). Each layer is a real GeoPackage
 * feature table with an R-tree index, so GDAL and QGIS open the file directly. Files from a
 * newer Standoff, damaged files and files that are not Standoff projects are refused with a
 * {@link StoreException} naming the file and saying what it is.
 *
 * <p><b>Does not</b> schedule autosaves (see {@link RecoveryFiles} for the files), ask the user
 * anything, or upgrade a file in place: an older file is read as is and flagged
 * {@link OpenedProject#needsUpgrade()}; saving it writes the current schema.
 *
 * <p><b>Thread safety.</b> Stateless: every call opens and closes its own connection. Writing
 * an immutable {@link Project} snapshot from a background thread is safe. Two concurrent
 * writes to the same target leave one of them complete.
 */
public final class ProjectFile {

    /** What {@link #inspect} finds. */
    public enum Kind {
        /** A file written by Standoff (it has {@code standoff_meta}); {@link #read} may still refuse a newer one. */
        STANDOFF_PROJECT,
        /** A GeoPackage from another program: offer to import its layers ({@link GeoPackageReader}). */
        FOREIGN_GEOPACKAGE,
        /** Empty, not SQLite, or SQLite without GeoPackage tables. */
        NOT_A_GEOPACKAGE
    }

    /** The usual file name extension. */
    public static final String EXTENSION = ".gpkg";
    /** The schema version this build writes and reads up to. */
    public static final int SCHEMA_VERSION = StandoffSchema.CURRENT_VERSION;

    private ProjectFile() {}

    /**
     * Saves {@code project} to {@code target} (see the class comment). When the target is
     * already a Standoff project its creation time is carried over.
     */
    public static void write(Project project, Path target) throws StoreException {
        write(project, target, Clock.systemUTC());
    }

    /** As {@link #write(Project, Path)}, with the clock that stamps saved_at (and new sites' times). */
    public static void write(Project project, Path target, Clock clock) throws StoreException {
        write(project, target, Map.of(), clock);
    }

    /** As {@link #write(Project, Path)} with extra {@code standoff_meta} entries (used by recovery files). */
    static void write(Project project, Path target, Map<String, String> meta) throws StoreException {
        write(project, target, meta, Clock.systemUTC());
    }

    private static void write(Project project, Path target, Map<String, String> meta, Clock clock)
            throws StoreException {
        write(project, target, meta, clock, SaveOptions.PLAIN, SaveDisk.SYSTEM);
    }

    /** As {@link #write(Project, Path)}, through {@code disk} (fault-injection tests). */
    static void write(Project project, Path target, Map<String, String> meta, Clock clock, SaveDisk disk)
            throws StoreException {
        write(project, target, meta, clock, SaveOptions.PLAIN, disk);
    }

    /** @return the write id the file now has */
    private static String write(
            Project project, Path target, Map<String, String> meta, Clock clock, SaveOptions options)
            throws StoreException {
        return write(project, target, meta, clock, options, SaveDisk.SYSTEM);
    }

    /** @return the write id the file now has */
    private static String write(
            Project project, Path target, Map<String, String> meta, Clock clock, SaveOptions options, SaveDisk disk)
            throws StoreException {
        Objects.requireNonNull(project, "project");
        Path file = SaveTargets.resolve(target);
        SaveTargets.removeStaleTemporaries(file);
        String writeId = UUID.randomUUID().toString();
        Map<String, String> withId = new HashMap<>(meta);
        withId.put(ProjectMeta.WRITE_ID, writeId);
        if (Files.exists(file) && SqliteFiles.header(file) != SqliteFiles.Header.NOT_SQLITE) {
            InPlaceSave.write(project, file, withId, clock, options, disk);
        } else {
            SaveTargets.moveAsideSideFiles(file);
            replace(
                    file,
                    temp -> ProjectWriter.writeNew(project, temp, withId, clock, file, options, disk),
                    disk.files());
        }
        return writeId;
    }

    /**
     * Where a project being saved from the app came from: the file it was opened from or last
     * saved to, and that file's {@link OpenedProject#writeId() write id} then (null for a file
     * that had none). Null as a whole for a project never saved.
     */
    public record Origin(Path file, String writeId) {
        public Origin {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * What {@link #save} did: the write id the file now has (the next save's {@link Origin}), and
     * what became of the neighbours' tables of its origin (the registry link).
     */
    public record Saved(String writeId, Neighbours neighbours) {
        /** True when the file has its origin's neighbour tables (or they are its own). */
        public boolean neighboursKept() {
            return neighbours == Neighbours.KEPT;
        }
    }

    /** What a {@link #save} did with the neighbours' tables of its origin. */
    public enum Neighbours {
        /** The file has them: a save over the origin, or Save As from an unchanged origin. */
        KEPT,
        /** The origin had none (or there was no origin). */
        NONE,
        /** Save As left them behind: the origin was written since the project was read from it. */
        LEFT_BEHIND
    }

    /**
     * Saves a project the app shows, guarding against a second writer (issue #21). Over its own
     * {@code origin} file: refused with {@link ProjectChangedException}, nothing written, when the
     * file was written since (a {@code standoff registry pull}, another Standoff window, a
     * {@code standoff zones} command), so their work is never overwritten unseen. To another
     * file (Save As, or the first save): the target's own neighbour tables are dropped (they
     * described its old sites) and the origin's copied in with the project, read in one read
     * transaction of the origin; when the origin changed since it was read, the copy gets none
     * and {@link Saved#neighboursKept()} says so, since a link newer than the sites would push
     * their old values as changes.
     */
    public static Saved save(Project project, Path target, Origin origin) throws StoreException {
        Objects.requireNonNull(target, "target");
        Path file = SaveTargets.resolve(target);
        if (origin != null && isSameFile(file, origin.file())) {
            return new Saved(
                    write(project, file, Map.of(), Clock.systemUTC(), SaveOptions.expecting(origin.writeId())),
                    Neighbours.KEPT);
        }
        if (origin == null || !Files.isRegularFile(origin.file())) {
            return new Saved(
                    write(project, file, Map.of(), Clock.systemUTC(), SaveOptions.REPLACE_NEIGHBOURS), Neighbours.NONE);
        }
        Path from = SaveTargets.resolve(origin.file());
        try (java.sql.Connection source = SqliteFiles.openReadOnly(from)) {
            source.setAutoCommit(false); // one read transaction: the write id and the tables copied are of one state
            String now = StandoffSchema.isStandoffFile(source)
                    ? new ProjectRows(source, from.toString())
                            .readKeyValues("standoff_meta")
                            .get(ProjectMeta.WRITE_ID)
                    : null;
            boolean any = NeighbourTables.any(source);
            boolean unchanged = Objects.equals(now, origin.writeId());
            String id = write(
                    project,
                    file,
                    Map.of(),
                    Clock.systemUTC(),
                    any && unchanged ? SaveOptions.copyingFrom(source) : SaveOptions.REPLACE_NEIGHBOURS);
            source.commit();
            return new Saved(id, !any ? Neighbours.NONE : unchanged ? Neighbours.KEPT : Neighbours.LEFT_BEHIND);
        } catch (java.sql.SQLException e) {
            throw SqliteFiles.damaged(from, e);
        }
    }

    private static boolean isSameFile(Path resolvedTarget, Path origin) {
        try {
            return Files.exists(resolvedTarget) && Files.exists(origin) && Files.isSameFile(resolvedTarget, origin);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file's write id now: changed by every save and every {@link #update} that changed something; null when it has none. */
    public static String writeId(Path file) throws StoreException {
        return ProjectReader.meta(SaveTargets.resolve(file)).get(ProjectMeta.WRITE_ID);
    }

    /**
     * Deletes from {@code file} the site, zone and rule rows that cannot be used, which
     * {@link #open} sets aside and lists in {@link OpenedProject#warnings()} (a site's bad or
     * non-point geometry, invalid longitude/latitude, a negative id; a zone's unknown kind, bad
     * geometry or bands; a rule's unknown role or status), and returns a sentence for each. Takes SQLite's write
     * lock like a save; the rest of the file is untouched.
     */
    public static List<String> removeUnusableRows(Path file) throws StoreException {
        Path resolved = SaveTargets.resolve(file);
        ProjectReader.meta(
                resolved); // refuses what is not a Standoff project, with the usual message, without reading it whole
        return InPlaceSave.removeSetAsideRows(resolved);
    }

    /** Work done on a project file's database inside {@link #update}'s write transaction. */
    @FunctionalInterface
    public interface Update<T> {
        T run(java.sql.Connection connection) throws java.sql.SQLException, StoreException;
    }

    /**
     * Runs {@code work} on the Standoff project {@code file} in one SQLite write transaction,
     * with the locking of a save ({@link InPlaceSave}: SQLite's write lock first, another
     * program's lock waited for, everything rolled back if the work fails). For a neighbour that
     * keeps its own {@code standoff_*} tables in the file (the team registry link, issue #21)
     * and edits sites through {@link SiteStore#attach}; such tables are carried through saves,
     * and into a new file by {@link #save} (Save As) when their file is unchanged. The file must be
     * a Standoff project of the current schema: an older one is refused (it is upgraded, with its
     * backup, by opening and saving it in the app), as are a newer one and anything else. When
     * the work changed any row the file gets a new {@link #writeId write id}, so an app that has
     * the file open does not save its older copy over the change.
     */
    public static <T> T update(Path file, Update<T> work) throws StoreException {
        Objects.requireNonNull(work, "work");
        Path resolved = SaveTargets.resolve(file);
        requireCurrent(resolved);
        return InPlaceSave.inWriteTransaction(resolved, c -> {
            T result = work.run(c);
            InPlaceSave.newWriteIdIfChanged(c);
            return result;
        });
    }

    /** As {@link #update}, read-only: {@code work} sees the file as it is and cannot change it. */
    public static <T> T query(Path file, Update<T> work) throws StoreException {
        Objects.requireNonNull(work, "work");
        requireCurrent(file);
        try (java.sql.Connection c = SqliteFiles.openReadOnly(file)) {
            return work.run(c);
        } catch (java.sql.SQLException e) {
            throw SqliteFiles.damaged(file, e);
        }
    }

    private static void requireCurrent(Path file) throws StoreException {
        String v = ProjectReader.meta(file).get("schema_version"); // refuses what is not a Standoff project or is newer
        if (v == null || !v.strip().equals(Integer.toString(SCHEMA_VERSION))) {
            throw new StoreException(
                    file + " was saved by an older Standoff (schema " + v + "); open it in Standoff and save it once "
                            + "(a backup of the old file is kept), then try again.");
        }
    }

    /** Reads the project in {@code file}; see {@link #open} for what the file says about itself. */
    public static Project read(Path file) throws StoreException {
        return open(file).project();
    }

    /** Reads the project and the file's schema version, upgrade flag, app version and times. */
    public static OpenedProject open(Path file) throws StoreException {
        return ProjectReader.open(file);
    }

    /**
     * What kind of file this is, without reading it whole.
     *
     * @throws StoreException if the file is missing or unreadable, or is an SQLite file that is
     *     truncated or damaged
     */
    public static Kind inspect(Path file) throws StoreException {
        return ProjectReader.inspect(file);
    }

    /**
     * Before saving over a file written by an older Standoff, keeps a copy of it as
     * {@code NAME.gpkg.bak-vN} (N its schema version) in the same directory and returns the
     * copy's path. An existing backup of that version is kept, not overwritten: it is the
     * oldest state. The copy is made atomically (temporary file, then rename).
     */
    public static Path backupBeforeUpgrade(Path file, int schemaVersion) throws StoreException {
        Path backup = file.resolveSibling(file.getFileName() + ".bak-v" + schemaVersion);
        if (Files.exists(backup)) {
            return backup;
        }
        replace(backup, temp -> {
            try {
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new StoreException(
                        file + ": cannot make the backup copy " + backup.getFileName() + " (" + e.getMessage() + ")",
                        e);
            }
        });
        return backup;
    }

    /** {@link org.standoff.io.AtomicFiles#replace} with its I/O errors as a {@link StoreException} naming the file. */
    private static void replace(Path target, org.standoff.io.AtomicFiles.Content<StoreException> content)
            throws StoreException {
        replace(target, content, org.standoff.io.AtomicFiles.Disk.SYSTEM);
    }

    private static void replace(
            Path target,
            org.standoff.io.AtomicFiles.Content<StoreException> content,
            org.standoff.io.AtomicFiles.Disk disk)
            throws StoreException {
        boolean existed = Files.exists(target);
        try {
            org.standoff.io.AtomicFiles.replace(target, content, disk);
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            throw new StoreException(
                    msg.contains(target.toString())
                            ? msg
                            : target + ": cannot save (" + msg + "); "
                                    + (existed ? "the previous file is unchanged" : "nothing was written"),
                    e);
        }
    }
}
