package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.Project;

class ProjectFileRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aProjectWithEveryKindOfThingReadsBackEqual() throws Exception {
        Project p = ProjectFixtures.everything();
        Path file = dir.resolve("all.gpkg");
        ProjectFile.write(p, file);
        OpenedProject opened = ProjectFile.open(file);
        ProjectFixtures.assertProjectEquals(p, opened.project());
        assertEquals(ProjectFile.SCHEMA_VERSION, opened.schemaVersion());
        assertFalse(opened.needsUpgrade());
        assertNotNull(opened.saved());
        assertNotNull(opened.appVersion());
        assertEquals(ProjectFile.Kind.STANDOFF_PROJECT, ProjectFile.inspect(file));
    }

    @Test
    void importingFromASavedProjectOffersItsLayersAndSitesButNotItsInternalTables() throws Exception {
        Path file = dir.resolve("all.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        java.util.List<String> names = new SqliteTableReader(file)
                .tables().stream().map(TableInfo::name).toList();
        assertEquals(
                java.util.List.of(
                        "layer_installations",
                        "layer_mixed_every_type",
                        "layer_substations",
                        "layer_substations_2",
                        "standoff_sites"),
                names);
    }

    @Test
    void sitesKeepTheirIdsAndNewSitesAreGivenOne() throws Exception {
        java.util.List<org.standoff.model.MiningSite> sites = new java.util.ArrayList<>(ProjectFixtures.sites());
        sites.add(org.standoff.model.MiningSite.at("New", -100, 40));
        Project p = new Project(
                "p",
                java.util.List.of(),
                sites,
                java.util.List.of(),
                java.util.List.of(),
                Project.MapViewState.WHOLE_US,
                java.util.Map.of());
        Path file = dir.resolve("sites.gpkg");
        ProjectFile.write(p, file);
        java.util.List<org.standoff.model.MiningSite> read =
                ProjectFile.read(file).sites();
        assertEquals(
                java.util.List.of(5L, 42L, 43L),
                read.stream().map(org.standoff.model.MiningSite::id).toList());
        assertEquals(ProjectFixtures.sites(), read.subList(0, 2));
        assertNotNull(read.get(2).created(), "stamped when first saved");
    }

    @Test
    void anEmptyProjectReadsBackEqual() throws Exception {
        Project p = Project.empty("Nothing yet");
        Path file = dir.resolve("empty.gpkg");
        ProjectFile.write(p, file);
        assertEquals(p, ProjectFile.read(file));
    }

    @Test
    void savingAgainReplacesTheContentAndKeepsTheCreationTime() throws Exception {
        Path file = dir.resolve("p.gpkg");
        java.time.Instant t0 = java.time.Instant.parse("2026-03-01T10:00:00Z");
        ProjectFile.write(ProjectFixtures.everything(), file, java.time.Clock.fixed(t0, java.time.ZoneOffset.UTC));
        OpenedProject first = ProjectFile.open(file);
        assertEquals(t0, first.saved());
        ProjectFile.write(
                Project.empty("Renamed"), file, java.time.Clock.fixed(t0.plusSeconds(60), java.time.ZoneOffset.UTC));
        OpenedProject second = ProjectFile.open(file);
        assertEquals(Project.empty("Renamed"), second.project());
        assertEquals(first.created(), second.created());
        assertTrue(second.saved().isAfter(first.saved()));
    }
}
