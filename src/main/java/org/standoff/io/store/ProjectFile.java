package org.standoff.io.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.standoff.model.Project;

/**
 * The project file (DESIGN.md decision 7): one GeoPackage that holds a whole {@link Project}.
 * Layout: {@code docs/PROJECT_FILE.md}.
 *
 * <p><b>Guarantees.</b> {@link #write} never modifies the existing file: it writes a complete
 * new file beside it, forces it to disk and renames it over the old one atomically, so a crash
 * or power loss at any moment leaves the previous file or the new one, never a mix, and a
 * failed save leaves no temporary file behind. {@link #read} gives back what was written, with
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

    private ProjectFile() {
    }

    /**
     * Saves {@code project} to {@code target} atomically (see the class comment). When the
     * target is already a Standoff project its creation time is carried over.
     */
    public static void write(Project project, Path target) throws StoreException {
        Map<String, String> meta = new HashMap<>();
        String created = previousCreationTime(target);
        if (created != null) {
            meta.put(ProjectMeta.CREATED_AT, created);
        }
        write(project, target, meta);
    }

    /** As {@link #write(Project, Path)} with extra {@code standoff_meta} entries (used by recovery files). */
    static void write(Project project, Path target, Map<String, String> meta) throws StoreException {
        Objects.requireNonNull(project, "project");
        AtomicFiles.replace(target, temp -> ProjectWriter.write(project, temp, meta, Clock.systemUTC()));
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
        AtomicFiles.replace(backup, temp -> {
            try {
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new StoreException(file + ": cannot make the backup copy " + backup.getFileName() + " (" + e.getMessage() + ")", e);
            }
        });
        return backup;
    }

    /** The created_at of the Standoff project at {@code target}, or null when there is none to keep. */
    private static String previousCreationTime(Path target) {
        if (!Files.isRegularFile(target)) {
            return null;
        }
        try {
            return ProjectReader.meta(target).get(ProjectMeta.CREATED_AT);
        } catch (StoreException e) {
            // The old file is damaged or not a project: the user chose to save over it, so the new file starts afresh.
            return null;
        }
    }
}
