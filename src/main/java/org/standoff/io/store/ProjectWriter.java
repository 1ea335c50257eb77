package org.standoff.io.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;

/**
 * Writes a whole project: GeoPackage core and Standoff tables at the current schema, then
 * every layer, site, zone, rule set, setting and the metadata, with prepared-statement batches.
 * {@link #writeNew} fills a new, empty file (the temporary file of an
 * {@link org.standoff.io.AtomicFiles#replace atomic replacement}) with journal and synchronous writes off: the
 * file is private until it is complete, forced to disk and renamed, so SQLite's own crash
 * safety would only cost time. {@link #writeContent} fills a database whose old Standoff
 * content the caller has removed inside its own transaction ({@link InPlaceSave}). Stateless
 * apart from its arguments; each call uses its own connection, so concurrent writes of
 * different snapshots to different files are safe.
 */
final class ProjectWriter {

    private ProjectWriter() {}

    /**
     * @param meta extra {@code standoff_meta} entries (created_at, recovery information); the
     *     writer adds schema_version, app_version, saved_at, project name and view
     * @param target the file the temporary {@code file} will become, named in messages
     */
    static void writeNew(Project project, Path file, Map<String, String> meta, Clock clock, Path target)
            throws StoreException {
        writeNew(project, file, meta, clock, target, SaveOptions.PLAIN, SaveDisk.SYSTEM);
    }

    /**
     * As above; {@code options} may copy another file's neighbour tables in ({@link NeighbourTables}),
     * and the file is written through {@code disk} (fault-injection tests).
     */
    static void writeNew(
            Project project,
            Path file,
            Map<String, String> meta,
            Clock clock,
            Path target,
            SaveOptions options,
            SaveDisk disk)
            throws StoreException {
        String what = target.toString(); // messages name the file the user saves, not the hidden temporary one
        try (Connection c = DriverManager.getConnection(
                "jdbc:sqlite:" + file.toAbsolutePath(),
                disk.apply(new SQLiteConfig()).toProperties())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
            }
            c.setAutoCommit(false);
            writeContent(c, project, meta, clock, what, Set.of());
            if (options.neighboursFrom() != null) {
                NeighbourTables.copy(options.neighboursFrom(), c);
            }
            c.commit();
        } catch (SQLException e) {
            throw SqliteFiles.newFileFailure(target, e);
        }
    }

    /**
     * Writes the project into the database behind {@code c}, inside the caller's transaction.
     *
     * @param takenTables names of tables already in the database (other programs'), which the
     *     layer tables must not take
     * @return the saved_at value written, by which a reader can tell this save from an older one
     */
    static String writeContent(
            Connection c, Project project, Map<String, String> meta, Clock clock, String what, Set<String> takenTables)
            throws SQLException, StoreException {
        StandoffSchema.prepare(c, what);
        List<ProjectLayer> layers = project.layers();
        LayerTables tables = new LayerTables(c, takenTables);
        for (int i = 0; i < layers.size(); i++) {
            tables.write(layers.get(i), i);
        }
        SiteStore.attach(c, clock).loadAll(project.sites());
        ProjectRows rows = new ProjectRows(c, what);
        rows.writeZones(project.zones());
        rows.writeRuleSets(project.ruleSets());
        rows.writeKeyValues(ProjectSchema.SETTINGS, project.settings());
        Map<String, String> metadata = metadata(project, meta, clock.instant());
        rows.writeKeyValues("standoff_meta", metadata);
        return metadata.get(ProjectMeta.SAVED_AT);
    }

    private static Map<String, String> metadata(Project project, Map<String, String> extra, Instant now) {
        Map<String, String> m = new LinkedHashMap<>(extra);
        m.putIfAbsent(ProjectMeta.CREATED_AT, now.toString());
        m.put(ProjectMeta.SAVED_AT, now.toString());
        m.put(ProjectMeta.APP_VERSION, ProjectMeta.appVersion());
        if (project.name() != null) {
            m.put(ProjectMeta.PROJECT_NAME, project.name());
        }
        Project.MapViewState v = project.view();
        if (v != null) {
            m.put(ProjectMeta.VIEW_CENTER_LAT, Double.toString(v.centerLat()));
            m.put(ProjectMeta.VIEW_CENTER_LON, Double.toString(v.centerLon()));
            m.put(ProjectMeta.VIEW_ZOOM, Double.toString(v.zoom()));
        }
        return m;
    }
}
