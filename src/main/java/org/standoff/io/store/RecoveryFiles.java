package org.standoff.io.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.standoff.model.Project;

/**
 * Crash-recovery copies of open projects, in {@code <standoff home>/recovery}: the UI's
 * autosave writes the current snapshot here with {@link #writeRecovery}; after a crash the
 * next start lists them with {@link #findRecoveries}, and after a normal save or close the UI
 * {@link #discard}s them.
 *
 * <p><b>Guarantees.</b> A recovery file is a complete project file written by the same atomic
 * writer as {@link ProjectFile#write}, so a crash during an autosave leaves the previous
 * recovery copy. There is one recovery file per saved project (named from a hash of its path)
 * and one per unsaved project name; writing again replaces it. {@code findRecoveries} lists
 * damaged recovery files too (with null details) so they can be discarded.
 *
 * <p><b>Does not</b> schedule autosaves or decide what to offer the user. <b>Thread
 * safety:</b> no state besides the folder; safe to call from a background thread with an
 * immutable {@link Project} snapshot.
 */
public final class RecoveryFiles {

    /**
     * One recovery file.
     *
     * @param file the recovery file (open it with {@link ProjectFile#open})
     * @param original the project file it stands in for, or null for a project never saved
     * @param saved when it was written, or null if the file is damaged
     * @param projectName the project's name, or null if the file is damaged
     */
    public record Recovery(Path file, Path original, Instant saved, String projectName) {
        public Recovery {
            Objects.requireNonNull(file, "file");
        }
    }

    private static final String PREFIX = "recovery-";

    private final Path folder;

    /** @param standoffHome the user's Standoff folder; recovery files go to its {@code recovery} subfolder */
    public RecoveryFiles(Path standoffHome) {
        this.folder = standoffHome.resolve("recovery");
    }

    /** The folder holding the recovery files. */
    public Path folder() {
        return folder;
    }

    /**
     * Writes (or replaces) the recovery copy of {@code project}.
     *
     * @param original the project's file, or null when it has never been saved
     * @return the recovery file written
     */
    public Path writeRecovery(Project project, Path original) throws StoreException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot create the recovery folder (" + e.getMessage() + ")", e);
        }
        Path file = folder.resolve(fileName(project, original));
        String originalText =
                original == null ? "" : original.toAbsolutePath().normalize().toString();
        ProjectFile.write(project, file, Map.of(ProjectMeta.RECOVERY_ORIGINAL, originalText));
        return file;
    }

    /** Every recovery file, newest first (damaged ones last). */
    public List<Recovery> findRecoveries() throws StoreException {
        List<Recovery> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + ProjectFile.EXTENSION)) {
            for (Path f : files) {
                out.add(describe(f));
            }
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot list recovery files (" + e.getMessage() + ")", e);
        }
        out.sort(Comparator.comparing(Recovery::saved, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /** Deletes a recovery file (after a normal save, or when the user declines it). */
    public void discard(Recovery recovery) throws StoreException {
        discard(recovery.file());
    }

    /** Deletes the recovery file at {@code file}, if it is in this folder. */
    public void discard(Path file) throws StoreException {
        if (!file.toAbsolutePath()
                .normalize()
                .getParent()
                .equals(folder.toAbsolutePath().normalize())) {
            throw new StoreException(file + " is not a recovery file of " + folder + "; not deleted");
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot delete the recovery file (" + e.getMessage() + ")", e);
        }
    }

    /** The recovery file a later {@link #writeRecovery} for the same project would write. */
    public Path recoveryFileFor(Project project, Path original) {
        return folder.resolve(fileName(project, original));
    }

    private static Recovery describe(Path f) {
        Map<String, String> meta;
        try {
            meta = ProjectReader.meta(f);
        } catch (StoreException e) {
            // A damaged recovery file is still listed so the UI can offer to discard it.
            return new Recovery(f, null, null, null);
        }
        String original = meta.getOrDefault(ProjectMeta.RECOVERY_ORIGINAL, "");
        Instant saved;
        try {
            saved = ProjectRows.instant(meta.get(ProjectMeta.SAVED_AT), f.toString());
        } catch (StoreException e) {
            saved = null;
        }
        return new Recovery(
                f, original.isEmpty() ? null : Path.of(original), saved, meta.get(ProjectMeta.PROJECT_NAME));
    }

    /** {@code recovery-<hash of the original path>.gpkg}, or {@code recovery-untitled-<name>.gpkg}. */
    private static String fileName(Project project, Path original) {
        if (original != null) {
            return PREFIX
                    + sha256(original.toAbsolutePath().normalize().toString()).substring(0, 16)
                    + ProjectFile.EXTENSION;
        }
        String name = project.name() == null
                ? ""
                : project.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        name = name.length() > 40 ? name.substring(0, 40) : name;
        return PREFIX + "untitled-" + name + "-"
                + sha256(String.valueOf(project.name())).substring(0, 8) + ProjectFile.EXTENSION;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
