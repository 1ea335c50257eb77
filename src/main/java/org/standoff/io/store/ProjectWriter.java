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
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;

/**
 * Writes a whole project into a new, empty file (the temporary file of an
 * {@link AtomicFiles#replace atomic replacement}): GeoPackage core and Standoff tables at the
 * current schema, then every layer, site, zone, rule set, setting and the metadata, in one
 * transaction with prepared-statement batches. Journal and synchronous writes are off: the
 * file is private until it is complete, forced to disk and renamed, so SQLite's own crash
 * safety would only cost time. Stateless apart from its arguments; each call uses its own
 * connection, so concurrent writes of different snapshots to different files are safe.
 */
final class ProjectWriter {

    private ProjectWriter() {
    }

    /**
     * @param meta extra {@code standoff_meta} entries (created_at, recovery information); the
     *     writer adds schema_version, app_version, saved_at, project name and view
     */
    static void write(Project project, Path file, Map<String, String> meta, Clock clock) throws StoreException {
        String what = file.toString();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
            }
            StandoffSchema.prepare(c, what);
            c.setAutoCommit(false);
            List<ProjectLayer> layers = project.layers();
            LayerTables tables = new LayerTables(c);
            for (int i = 0; i < layers.size(); i++) {
                tables.write(layers.get(i), i);
            }
            SiteStore.attach(c, clock).loadAll(project.sites());
            ProjectRows rows = new ProjectRows(c, what);
            rows.writeZones(project.zones());
            rows.writeRuleSets(project.ruleSets());
            rows.writeKeyValues(ProjectSchema.SETTINGS, project.settings());
            rows.writeKeyValues("standoff_meta", metadata(project, meta, clock.instant()));
            c.commit();
        } catch (SQLException e) {
            throw new StoreException(what + ": cannot write the project (" + e.getMessage() + ")", e);
        }
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
