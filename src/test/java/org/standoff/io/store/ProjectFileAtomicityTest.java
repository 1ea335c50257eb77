package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.sample.SyntheticData;

/** A save that fails part-way leaves the previous file as it was and no temporary file behind. */
class ProjectFileAtomicityTest {

    @TempDir
    Path dir;

    private static List<Path> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aSaveThatFailsMidWriteLeavesThePreviousFileUntouchedAndNoTempFile() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        byte[] before = Files.readAllBytes(file);
        List<Path> filesBefore = listing(dir);

        // The first layer is written in full, then the second holds a value its field type cannot store.
        Layer bad = new Layer(
                "Bad",
                List.of(Field.of("NAME", FieldType.STRING)),
                List.of(new Feature(1, ProjectFixtures.wkt("POINT (1 2)"), new Object[] {42})),
                null);
        Project failing = new Project(
                "Failing",
                List.of(
                        new ProjectLayer(
                                "big",
                                SyntheticData.substations(20_000, 3),
                                LayerRole.SUBSTATIONS,
                                LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
                                true),
                        new ProjectLayer("bad", bad, LayerRole.OTHER, LayerStyle.defaultFor(LayerRole.OTHER), true)),
                List.of(),
                List.of(),
                List.of(),
                Project.MapViewState.WHOLE_US,
                java.util.Map.of());
        StoreException e = assertThrows(StoreException.class, () -> ProjectFile.write(failing, file));
        assertTrue(e.getMessage().contains("layer \"Bad\", feature 1, field NAME"), e.getMessage());

        assertArrayEquals(before, Files.readAllBytes(file), "the previous file is untouched");
        assertEquals(filesBefore, listing(dir), "no temporary file is left behind");
        ProjectFixtures.assertProjectEquals(ProjectFixtures.everything(), ProjectFile.read(file));
    }

    @Test
    void aSaveOverAFolderIsRefusedAndLeavesNoTempFile() throws Exception {
        Path target = Files.createDirectory(dir.resolve("p.gpkg"));
        Files.writeString(target.resolve("keep.txt"), "keep");
        StoreException e =
                assertThrows(StoreException.class, () -> ProjectFile.write(ProjectFixtures.everything(), target));
        assertTrue(
                e.getMessage().contains("not a regular file") && e.getMessage().contains("nothing was written"),
                e.getMessage());
        assertEquals(List.of(target), listing(dir));
        assertEquals("keep", Files.readString(target.resolve("keep.txt")));
    }

    @Test
    void savingOverAFileKeepsItsPermissionsAndANewFileIsNotMadePrivate() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(Project.empty("a"), file);
        assertTrue(
                Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ));
        assertEquals(
                Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain"))),
                Files.getPosixFilePermissions(file),
                "same permissions as any new file of this user");
        var groupRead = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, groupRead);
        ProjectFile.write(Project.empty("b"), file);
        assertEquals(groupRead, Files.getPosixFilePermissions(file));
    }

    @Test
    void aSaveIntoAMissingFolderFailsCleanly() {
        Path target = dir.resolve("no-such-folder").resolve("p.gpkg");
        StoreException e = assertThrows(StoreException.class, () -> ProjectFile.write(Project.empty("x"), target));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
    }

    @Test
    void concurrentBackgroundSavesOfSnapshotsLeaveOneCompleteFile() throws Exception {
        Path file = dir.resolve("p.gpkg");
        List<Project> snapshots = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            snapshots.add(new Project(
                    "snapshot " + i,
                    List.of(new ProjectLayer(
                            "s",
                            SyntheticData.substations(2_000 + i, i),
                            LayerRole.SUBSTATIONS,
                            LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
                            true)),
                    ProjectFixtures.sites(),
                    List.of(),
                    List.of(),
                    Project.MapViewState.WHOLE_US,
                    java.util.Map.of()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Project p : snapshots) {
                done.add(pool.submit(() -> {
                    ProjectFile.write(p, file);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Project read = ProjectFile.read(file);
        Project written = snapshots.stream()
                .filter(p -> p.name().equals(read.name()))
                .findFirst()
                .orElseThrow();
        ProjectFixtures.assertProjectEquals(written, read);
        assertEquals(List.of(file), listing(dir));
    }
}
