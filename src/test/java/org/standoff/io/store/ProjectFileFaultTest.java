package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.AtomicFiles;
import org.standoff.model.Project;

/**
 * Fault injection for the disk (issue #16): the disk fills up, or refuses to force or rename a
 * file, in the middle of a save. Whatever fails, the previous file opens with all its data,
 * no temporary file is left, and the message says what happened and that nothing was saved;
 * it never claims a save that did not happen. SQLite's "disk full" is made with
 * {@code PRAGMA max_page_count} on the save's own connection; the operating system's refusal
 * with a file-size limit ({@code ulimit -f}) on a saving child process; force and rename
 * failures through {@link AtomicFiles.Disk}. (Killing a saving process: {@link ProjectFileKillTest}.)
 */
class ProjectFileFaultTest {

    @TempDir
    Path dir;

    @TempDir
    static Path libs;

    /** A disk on which every SQLite database stops growing at {@code pages} pages. */
    private static SaveDisk fullAt(int pages) {
        return new SaveDisk(AtomicFiles.Disk.SYSTEM, config -> config.setMaxPageCount(pages));
    }

    private static SaveDisk failing(AtomicFiles.Disk files) {
        return new SaveDisk(files, config -> {});
    }

    private static int pageCount(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            return rs.getInt(1);
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The previous save, whole: SQLite's integrity check passes and every table reads back as saved. */
    private static void assertPreviousFileIntact(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            assertEquals("ok", rs.getString(1));
        }
        ProjectFixtures.assertProjectEquals(ProjectFixtures.everything(), ProjectFile.read(file));
    }

    private static void assertTellsTheTruth(String message, Path file, String what) {
        assertTrue(message.startsWith(file.toString()), "names the file the user saved: " + message);
        assertTrue(message.contains(what), message);
        assertFalse(
                message.contains(AtomicFiles.TEMP_SUFFIX)
                        || message.contains("rollback")
                        || message.contains("Exception"),
                "no temporary file, rollback or exception in the user's message: " + message);
    }

    @Test
    void aDiskThatFillsUpDuringASaveInPlaceLeavesThePreviousFileWithAllItsData() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        List<String> before = listing(dir);

        StoreException e = assertThrows(
                StoreException.class,
                () -> ProjectFile.write(
                        SaveOnce.grown(20_000), file, Map.of(), java.time.Clock.systemUTC(), fullAt(pageCount(file))));

        assertTellsTheTruth(e.getMessage(), file, "the disk is full");
        assertTrue(e.getMessage().contains("Nothing was written"), e.getMessage());
        assertPreviousFileIntact(file);
        assertEquals(before, listing(dir), "no journal or temporary file is left");
    }

    @Test
    void aDiskThatFillsUpWritingANewFileLeavesNoFileAndSaysNothingWasWritten() throws Exception {
        Path file = dir.resolve("new.gpkg");
        StoreException e = assertThrows(
                StoreException.class,
                () -> ProjectFile.write(
                        SaveOnce.grown(20_000), file, Map.of(), java.time.Clock.systemUTC(), fullAt(40)));

        assertTellsTheTruth(e.getMessage(), file, "the disk is full");
        assertTrue(e.getMessage().contains("Nothing was written"), e.getMessage());
        assertEquals(List.of(), listing(dir), "no temporary file is left");
    }

    @Test
    void aNewFileThatTheDiskDoesNotForceIsNeverRenamedIntoPlace() throws Exception {
        Path file = dir.resolve("new.gpkg");
        StoreException e = assertThrows(
                StoreException.class,
                () -> ProjectFile.write(
                        ProjectFixtures.everything(),
                        file,
                        Map.of(),
                        java.time.Clock.systemUTC(),
                        failing(new AtomicFiles.Disk() {
                            @Override
                            public void force(Path f) throws IOException {
                                throw new IOException("Input/output error");
                            }
                        })));

        assertTellsTheTruth(e.getMessage(), file, "the disk did not confirm the new content");
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
        assertEquals(List.of(), listing(dir), "neither the project nor its temporary file is there");
    }

    @Test
    void aRenameThatFailsLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("notes.gpkg");
        byte[] previous = "not a project, but the user's file".getBytes(StandardCharsets.UTF_8);
        Files.write(file, previous); // not SQLite, so the save writes a new file and renames it over this one
        for (IOException refusal : List.of(
                new IOException("Input/output error"),
                new java.nio.file.AtomicMoveNotSupportedException("a", "b", "Invalid cross-device link"))) {
            StoreException e = assertThrows(
                    StoreException.class,
                    () -> ProjectFile.write(
                            ProjectFixtures.everything(),
                            file,
                            Map.of(),
                            java.time.Clock.systemUTC(),
                            failing(new AtomicFiles.Disk() {
                                @Override
                                public void move(Path from, Path to) throws IOException {
                                    throw refusal;
                                }
                            })));
            assertTellsTheTruth(e.getMessage(), file, "the previous file is unchanged");
            assertEquals(new String(previous, StandardCharsets.UTF_8), Files.readString(file));
            assertEquals(List.of("notes.gpkg"), listing(dir), "no temporary file is left");
        }
    }

    @Test
    void aFolderThatCannotBeForcedAfterTheRenameIsNotAFailedSave() throws Exception {
        Path file = dir.resolve("new.gpkg");
        ProjectFile.write(
                ProjectFixtures.everything(),
                file,
                Map.of(),
                java.time.Clock.systemUTC(),
                failing(new AtomicFiles.Disk() {
                    @Override
                    public void forceDirectory(Path d) throws IOException {
                        throw new IOException("Operation not permitted");
                    }
                }));
        assertPreviousFileIntact(file); // the new file is complete and in place: saying "saved" is true
    }

    /**
     * SQLite's native library, extracted here rather than by the child, whose file-size limit
     * would stop sqlite-jdbc extracting it to the temporary folder.
     */
    private static Path sqliteLibrary() throws IOException {
        return sqliteLibrary(libs);
    }

    /** As {@link #sqliteLibrary()}, into {@code libs}. */
    static Path sqliteLibrary(Path libs) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc");
        Path lib = libs.resolve(name);
        if (!Files.exists(lib)) {
            String resource =
                    "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
            try (java.io.InputStream in = org.sqlite.SQLiteConfig.class.getResourceAsStream(resource)) {
                Assumptions.assumeTrue(in != null, "sqlite-jdbc has no bundled native library for this platform");
                Files.copy(in, lib);
            }
        }
        return lib;
    }

    /** Saves {@link SaveOnce#grown} to {@code file} in a child process that may write files of at most {@code limitKiB}. */
    private static String saveUnderFileSizeLimit(Path file, long limitKiB) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell for ulimit");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        "/bin/sh",
                        "-c",
                        "ulimit -f " + limitKiB + " && exec \"$0\" -cp \"$1\" -Dorg.sqlite.lib.path=\"$3\" "
                                + "-Dorg.sqlite.lib.name=\"$4\" " + SaveOnce.class.getName() + " \"$2\" 30000",
                        java,
                        System.getProperty("java.class.path"),
                        file.toString(),
                        libs.toString(),
                        sqliteLibrary().getFileName().toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the saving process ended");
        assertFalse(out.contains("Exception") || out.contains("\tat "), "no stack trace: " + out);
        return out.lines()
                .filter(l -> !l.startsWith("SLF4J"))
                .reduce((a, b) -> b)
                .orElse("")
                .strip(); // sqlite-jdbc's logger notice aside
    }

    @Test
    void aFileSizeLimitHitDuringASaveInPlaceLeavesThePreviousFileWithAllItsData() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        List<String> before = listing(dir);

        // the file may not grow, but its rollback journal (at most its size and a little) fits
        String out = saveUnderFileSizeLimit(file, Files.size(file) / 1024 + 64);

        assertTrue(out.startsWith("failed: "), "the save is reported as failed, with no stack trace: " + out);
        assertTellsTheTruth(out.substring(8), file, "Nothing was written");
        assertTrue(out.contains("the disk refused to write"), out);
        assertPreviousFileIntact(file);
        assertEquals(before, listing(dir), "no journal or temporary file is left");
    }

    @Test
    void aFileSizeLimitHitWritingANewFileLeavesNoFile() throws Exception {
        Path file = dir.resolve("new.gpkg");
        String out = saveUnderFileSizeLimit(file, 256);

        assertTrue(out.startsWith("failed: "), "the save is reported as failed, with no stack trace: " + out);
        assertTellsTheTruth(out.substring(8), file, "Nothing was written");
        assertEquals(List.of(), listing(dir), "no temporary file is left");
    }

    @Test
    void theFixtureOfTheseTestsIsWhatASaveWritesWhenNothingFails() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        Project grown = SaveOnce.grown(300);
        ProjectFile.write(grown, file, Map.of(), java.time.Clock.systemUTC(), fullAt(1_000_000));
        assertEquals(grown.layers().size(), ProjectFile.read(file).layers().size());
    }
}
