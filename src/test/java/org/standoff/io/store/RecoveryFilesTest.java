package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.Project;

class RecoveryFilesTest {

    @TempDir
    Path home;

    @Test
    void aRecoveryCopyIsListedWithItsOriginalAndReadsBackAsTheProject() throws Exception {
        RecoveryFiles rf = new RecoveryFiles(home);
        Path original = home.resolve("work").resolve("screening.gpkg");
        Project p = ProjectFixtures.everything();
        Path written = rf.writeRecovery(p, original);
        List<RecoveryFiles.Recovery> found = rf.findRecoveries();
        assertEquals(1, found.size());
        RecoveryFiles.Recovery r = found.get(0);
        assertEquals(written, r.file());
        assertEquals(original.toAbsolutePath().normalize(), r.original());
        assertEquals("Test project", r.projectName());
        assertTrue(r.saved() != null);
        ProjectFixtures.assertProjectEquals(p, ProjectFile.read(r.file()));
    }

    @Test
    void writingAgainReplacesTheSameProjectsCopyAndUnsavedProjectsGetTheirOwn() throws Exception {
        RecoveryFiles rf = new RecoveryFiles(home);
        Path original = home.resolve("a.gpkg");
        Path first = rf.writeRecovery(Project.empty("A"), original);
        Path second = rf.writeRecovery(Project.empty("A renamed"), original);
        assertEquals(first, second);
        Path untitled = rf.writeRecovery(Project.empty("Untitled 1"), null);
        List<RecoveryFiles.Recovery> found = rf.findRecoveries();
        assertEquals(2, found.size());
        RecoveryFiles.Recovery unsaved = found.stream()
                .filter(r -> r.file().equals(untitled))
                .findFirst()
                .orElseThrow();
        assertNull(unsaved.original());
        assertEquals("Untitled 1", unsaved.projectName());
        assertEquals("A renamed", ProjectFile.read(first).name());
        try (var s = Files.list(rf.folder())) {
            assertEquals(2, s.count(), "no temporary files");
        }
    }

    @Test
    void aDamagedRecoveryFileIsListedSoItCanBeDiscarded() throws Exception {
        RecoveryFiles rf = new RecoveryFiles(home);
        Files.createDirectories(rf.folder());
        Path junk = Files.writeString(rf.folder().resolve("recovery-junk.gpkg"), "not a database");
        List<RecoveryFiles.Recovery> found = rf.findRecoveries();
        assertEquals(1, found.size());
        assertNull(found.get(0).saved());
        rf.discard(found.get(0));
        assertFalse(Files.exists(junk));
        assertTrue(rf.findRecoveries().isEmpty());
    }

    @Test
    void discardRefusesFilesOutsideTheRecoveryFolder() throws Exception {
        RecoveryFiles rf = new RecoveryFiles(home);
        Path project = home.resolve("precious.gpkg");
        ProjectFile.write(Project.empty("P"), project);
        assertThrows(StoreException.class, () -> rf.discard(project));
        assertTrue(Files.exists(project));
    }

    @Test
    void noFolderMeansNoRecoveries() throws Exception {
        assertTrue(new RecoveryFiles(home.resolve("fresh")).findRecoveries().isEmpty());
    }
}
