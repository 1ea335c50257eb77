package org.standoff.io.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.standoff.model.Project;

/**
 * A project as read from a file, with what the file says about itself. When
 * {@code needsUpgrade} is true the file was written by an older Standoff (a lower schema
 * version): the project is complete as far as that version could store it, and the UI should
 * ask before saving over it, keeping a copy with {@link ProjectFile#backupBeforeUpgrade}.
 * Immutable.
 *
 * @param schemaVersion the file's schema version (at most {@link ProjectFile#SCHEMA_VERSION})
 * @param appVersion the Standoff version that saved it, or null when not recorded
 * @param created when the project was first saved, or null when not recorded
 * @param saved when this file was saved, or null when not recorded
 * @param warnings what could not be read as it stands and what was done instead, one sentence
 *     each naming the table and row: site rows set aside (kept in the file, not in the project),
 *     layer columns missing; empty for a clean file
 * @param writeId the file's write id when read ({@link ProjectFile#writeId}), or null when it has
 *     none; give it back in the {@link ProjectFile.Origin} of the next {@link ProjectFile#save}
 */
public record OpenedProject(
        Project project,
        Path file,
        int schemaVersion,
        boolean needsUpgrade,
        String appVersion,
        Instant created,
        Instant saved,
        List<String> warnings,
        String writeId) {

    public OpenedProject {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(file, "file");
        warnings = List.copyOf(warnings);
    }
}
