package org.standoff.io.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;

/**
 * Reads a project file, read-only, after the checks of {@link ProjectFile#inspect}: a file that
 * is empty, not SQLite, truncated, damaged, a plain SQLite database or another program's
 * GeoPackage is refused with a message naming the file and saying what it is; a file from a
 * newer Standoff is refused with the schema numbers. An older file reads (tables it predates
 * are simply empty) and is flagged for upgrade. Never writes, never migrates. Stateless.
 */
final class ProjectReader {

    private ProjectReader() {}

    static OpenedProject open(Path file) throws StoreException {
        checkHeader(file);
        try (Connection c = SqliteFiles.openReadOnly(file)) {
            int version = checkedVersion(c, file);
            Map<String, String> meta = new ProjectRows(c, file.toString()).readKeyValues("standoff_meta");
            String what = file.toString();
            List<String> warnings = new ArrayList<>();
            List<ProjectLayer> layers = StandoffSchema.hasTable(c, ProjectSchema.LAYERS)
                    ? new LayerTableReader(c, what).readAll(warnings)
                    : List.of();
            List<MiningSite> sites = new ArrayList<>();
            if (StandoffSchema.hasTable(c, StandoffSchema.SITES_TABLE)) {
                for (SiteRows.SetAside a : SiteRows.readUsable(c, sites::add)) {
                    warnings.add(a.message());
                }
            }
            ProjectRows rows = new ProjectRows(c, what);
            List<ProjectRows.SetAsideZone> zoneRows = new ArrayList<>();
            List<Zone> zones = StandoffSchema.hasTable(c, ProjectSchema.ZONES) ? rows.readZones(zoneRows) : List.of();
            zoneRows.forEach(z -> warnings.add(z.message()));
            List<ProjectRows.SetAsideRule> ruleRows = new ArrayList<>();
            List<RuleSet> ruleSets =
                    StandoffSchema.hasTable(c, ProjectSchema.RULE_SETS) ? rows.readRuleSets(ruleRows) : List.of();
            ruleRows.forEach(r -> warnings.add(r.message()));
            Map<String, String> settings = rows.readKeyValues(ProjectSchema.SETTINGS);
            String name = meta.getOrDefault(
                    ProjectMeta.PROJECT_NAME, file.getFileName().toString().replaceFirst("(?i)\\.gpkg$", ""));
            Project project = new Project(name, layers, sites, zones, ruleSets, view(meta, what, warnings), settings);
            return new OpenedProject(
                    project,
                    file,
                    version,
                    version < StandoffSchema.CURRENT_VERSION,
                    meta.get(ProjectMeta.APP_VERSION),
                    ProjectRows.instant(meta.get(ProjectMeta.CREATED_AT), what + ", created_at"),
                    ProjectRows.instant(meta.get(ProjectMeta.SAVED_AT), what + ", saved_at"),
                    warnings,
                    meta.get(ProjectMeta.WRITE_ID));
        } catch (SQLException e) {
            throw SqliteFiles.damaged(file, e);
        }
    }

    /** The {@code standoff_meta} entries only, for listing recovery files without reading them whole. */
    static Map<String, String> meta(Path file) throws StoreException {
        checkHeader(file);
        try (Connection c = SqliteFiles.openReadOnly(file)) {
            checkedVersion(c, file);
            return new ProjectRows(c, file.toString()).readKeyValues("standoff_meta");
        } catch (SQLException e) {
            throw SqliteFiles.damaged(file, e);
        }
    }

    static ProjectFile.Kind inspect(Path file) throws StoreException {
        if (SqliteFiles.header(file) != SqliteFiles.Header.SQLITE) {
            return ProjectFile.Kind.NOT_A_GEOPACKAGE;
        }
        try (Connection c = SqliteFiles.openReadOnly(file)) {
            if (StandoffSchema.isStandoffFile(c)) {
                return ProjectFile.Kind.STANDOFF_PROJECT;
            }
            return StandoffSchema.hasTable(c, "gpkg_contents")
                    ? ProjectFile.Kind.FOREIGN_GEOPACKAGE
                    : ProjectFile.Kind.NOT_A_GEOPACKAGE;
        } catch (SQLException e) {
            throw SqliteFiles.damaged(file, e);
        }
    }

    private static void checkHeader(Path file) throws StoreException {
        switch (SqliteFiles.header(file)) {
            case EMPTY ->
                throw new StoreException(file + " is empty (0 bytes): it is not a Standoff project. "
                        + "If a save was interrupted, look for a recovery copy.");
            case NOT_SQLITE ->
                throw new StoreException(
                        file + " is not a Standoff project: it is not a GeoPackage (SQLite) file at all.");
            case SQLITE -> {
                // Checked further once open.
            }
        }
    }

    private static int checkedVersion(Connection c, Path file) throws SQLException, StoreException {
        if (!StandoffSchema.isStandoffFile(c)) {
            if (StandoffSchema.hasTable(c, "gpkg_contents")) {
                throw new StoreException(file + " is a GeoPackage made by another program, not a Standoff project. "
                        + "Its layers can be imported into a project instead.");
            }
            throw new StoreException(file + " is an SQLite database but not a GeoPackage, so not a Standoff project.");
        }
        int version = StandoffSchema.schemaVersion(c);
        if (version > StandoffSchema.CURRENT_VERSION) {
            throw new StoreException(StandoffSchema.newerVersionMessage(file.toString(), version));
        }
        if (version < 1) {
            throw new StoreException(file + " is damaged: its standoff_meta table has no schema_version.");
        }
        return version;
    }

    /** The saved map view; one that is not numbers (another program edited it) is the whole-US view, with a warning. */
    private static Project.MapViewState view(Map<String, String> meta, String what, List<String> warnings) {
        String lat = meta.get(ProjectMeta.VIEW_CENTER_LAT);
        String lon = meta.get(ProjectMeta.VIEW_CENTER_LON);
        String zoom = meta.get(ProjectMeta.VIEW_ZOOM);
        if (lat == null || lon == null || zoom == null) {
            return Project.MapViewState.WHOLE_US;
        }
        try {
            Project.MapViewState v = new Project.MapViewState(
                    Double.parseDouble(lat), Double.parseDouble(lon), Double.parseDouble(zoom));
            if (Double.isFinite(v.centerLat()) && Double.isFinite(v.centerLon()) && Double.isFinite(v.zoom())) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below, in words
        }
        warnings.add(what + ", standoff_meta: the saved map view (latitude \"" + lat + "\", longitude \"" + lon
                + "\", zoom \"" + zoom + "\") is not a position; the map opens on the whole United States instead.");
        return Project.MapViewState.WHOLE_US;
    }
}
