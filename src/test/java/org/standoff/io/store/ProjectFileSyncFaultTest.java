package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection below Java (issue #16), on demand: a saving child process runs with an
 * {@code LD_PRELOAD} shim ({@code syncfault.c}, compiled here with the C compiler) that makes the
 * operating system refuse its first, second, third… fsync, or every rename, with EIO. That reaches
 * SQLite's own syncs in a save in place, which no Java seam can. For every refused step: a save
 * reported as failed leaves the previous file opening with all its data; a save reported as done
 * left the new file. Linux with a C compiler only; tagged {@code fault}, run with
 * {@code mvn -B -o test -Dtest=ProjectFileSyncFaultTest -Dstandoff.test.excluded=none}. The in-suite
 * version, through Java seams and a file-size limit, is {@link ProjectFileFaultTest}.
 */
@Tag("fault")
class ProjectFileSyncFaultTest {

    @TempDir
    static Path libs;

    @TempDir
    Path dir;

    private static Path shim;

    @BeforeAll
    static void compileShim() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "LD_PRELOAD is Linux's");
        Path source = libs.resolve("syncfault.c");
        try (InputStream in = ProjectFileSyncFaultTest.class.getResourceAsStream("syncfault.c")) {
            Files.copy(in, source);
        }
        shim = libs.resolve("libsyncfault.so");
        Process cc;
        try {
            cc = new ProcessBuilder("cc", "-shared", "-fPIC", "-o", shim.toString(), source.toString(), "-ldl")
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("no C compiler (cc) here");
            return;
        }
        String said = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(cc.waitFor() == 0 && Files.exists(shim), "the shim compiles: " + said);
    }

    /** Saves {@link SaveOnce#grown} to {@code file} in a child process under the shim with {@code env}; its last line. */
    private static String save(Path file, Map<String, String> env) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dorg.sqlite.lib.path="
                                + ProjectFileFaultTest.sqliteLibrary(libs).getParent(),
                        "-Dorg.sqlite.lib.name="
                                + ProjectFileFaultTest.sqliteLibrary(libs).getFileName(),
                        SaveOnce.class.getName(),
                        file.toString(),
                        "3000")
                .redirectErrorStream(true);
        pb.environment().put("LD_PRELOAD", shim.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertFalse(out.contains("Exception") || out.contains("\tat "), "no stack trace: " + out);
        return out.lines()
                .filter(l -> !l.startsWith("SLF4J"))
                .reduce((a, b) -> b)
                .orElse("")
                .strip();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyRefusedSyncOfASaveInPlaceLeavesThePreviousFileOrReportsTheNewOne() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            Path file = dir.resolve("p" + n + ".gpkg");
            ProjectFile.write(ProjectFixtures.everything(), file);
            String out = save(file, Map.of("STANDOFF_FAIL_SYNC_AFTER", Integer.toString(n)));
            outcomes.add(n + ": " + out);
            if (out.equals("saved")) {
                assertEquals(
                        ProjectFixtures.everything().layers().size() + 1,
                        ProjectFile.read(file).layers().size(),
                        "the new save");
                assertTrue(n >= 2, "SQLite's syncs (journal, then database) reached the shim: " + outcomes);
                System.out.println("save in place: " + n + " refused syncs checked, each leaving the previous file");
                return; // every sync of the save succeeded: all the earlier ones were refused in turn
            }
            assertTrue(out.startsWith("failed: " + file) && out.contains("Nothing was written"), out);
            ProjectFixtures.assertProjectEquals(ProjectFixtures.everything(), ProjectFile.read(file));
        }
        throw new AssertionError("the save never got through all its syncs: " + outcomes);
    }

    @Test
    void everyRefusedSyncOfANewFileLeavesNoFileOrReportsTheNewOne() throws Exception {
        for (int n = 0; n < 40; n++) {
            Path sub = Files.createDirectory(dir.resolve("n" + n));
            Path file = sub.resolve("new.gpkg");
            String out = save(file, Map.of("STANDOFF_FAIL_SYNC_AFTER", Integer.toString(n)));
            if (out.equals("saved")) {
                assertEquals(
                        ProjectFixtures.everything().layers().size() + 1,
                        ProjectFile.read(file).layers().size());
                assertTrue(n >= 1, "the new file's sync reached the shim");
                return;
            }
            assertTrue(
                    out.startsWith("failed: " + file)
                            && out.toLowerCase(java.util.Locale.ROOT).contains("nothing was written"),
                    out);
            assertEquals(List.of(), listing(sub), "neither the project nor its temporary file is there");
        }
        throw new AssertionError("the save never got through all its syncs");
    }

    @Test
    void aRefusedRenameLeavesThePreviousFile() throws Exception {
        Path file = dir.resolve("notes.gpkg");
        Files.writeString(file, "not a project, but the user's file");
        String out = save(file, Map.of("STANDOFF_FAIL_RENAME", "1"));
        assertTrue(out.startsWith("failed: " + file) && out.contains("the previous file is unchanged"), out);
        assertEquals("not a project, but the user's file", Files.readString(file));
        assertEquals(List.of("notes.gpkg"), listing(dir));
    }
}
