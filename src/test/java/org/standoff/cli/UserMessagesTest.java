package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.store.ProjectFile;
import org.standoff.sample.SampleProject;

/**
 * Case 14 of issue #16: what the CLI says about bad input is in the user's words, naming the file
 * and the problem, never an internal text ({@code class … cannot be cast}, {@code No enum
 * constant}, {@code For input string}, an exception's name, {@code standoff: null}); a locked
 * file is "in use by another program", never "damaged".
 */
class UserMessagesTest extends CliTestSupport {

    /** Texts of Java or of Standoff's code that a user must never be shown. */
    private static final List<String> INTERNAL = List.of(
            "cannot be cast",
            "No enum constant",
            "For input string",
            "Exception",
            "standoff: null",
            "org.standoff.",
            "java.",
            "\tat ",
            "SQLITE_",
            "[SQLITE");

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path p = dir.resolve("p.gpkg");
        ProjectFile.write(SampleProject.build(), p);
        return p;
    }

    private void edit(Path p, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p);
                Statement s = c.createStatement()) {
            org.standoff.io.store.StoreTestAccess.registerGeoPackageFunctions(c);
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private void assertInUserWords(int code, String... args) {
        int rc = run(args);
        String said = err.toString() + out.toString();
        assertTrue(rc == 1 || rc == 2, String.join(" ", args) + " exits 1 or 2, not " + rc + ": " + said);
        for (String t : INTERNAL) {
            assertFalse(said.contains(t), String.join(" ", args) + " shows \"" + t + "\": " + said);
        }
        assertTrue(said.strip().length() > 10, "says something: " + said);
        if (code > 0) {
            assertEquals(code, rc, said);
        }
    }

    @Test
    void numbersOutOfRangeOnTheCommandLineAreNamedNotParsedIntoJavaErrors() throws Exception {
        Path p = sample();
        assertInUserWords(0, "zones", "add-radius", p.toString(), "--at", "41,-104", "--radius", "1e400mi");
        assertInUserWords(0, "zones", "add-radius", p.toString(), "--at", "1e400,-104", "--radius", "5mi");
        assertInUserWords(
                0,
                "analyze",
                p.toString(),
                "--radius",
                "1e400",
                "--out",
                dir.resolve("f.csv").toString());
        assertInUserWords(
                0, "print", p.toString(), "--out", dir.resolve("b.png").toString(), "--dpi", "99999999999");
    }

    @Test
    void valuesAnotherProgramWroteIntoTheProjectAreNamedNotThrownAsJavaErrors() throws Exception {
        Path p = sample();
        edit(p, "UPDATE standoff_meta SET value = '1e400x' WHERE key = 'view_zoom'");
        assertEquals(0, run("project", "info", p.toString()), "the project opens: " + err);
        assertEquals(1, run("project", "check", p.toString()));
        String said = err.toString() + out.toString();
        for (String t : INTERNAL) {
            assertFalse(said.contains(t), "shows \"" + t + "\": " + said);
        }
        assertTrue(said.contains("map view") && said.contains("1e400x"), said);
    }

    @Test
    void aPaperSizeThatDoesNotExistIsNamedAsAnUnknownValue() throws Exception {
        Path p = sample();
        java.util.Map.Entry<String, String> layout = ProjectFile.read(p).settings().entrySet().stream()
                .filter(e -> e.getKey().startsWith(PrintCommand.LAYOUT_PREFIX))
                .findFirst()
                .orElseThrow();
        String bad = layout.getValue().replaceFirst("\"paper\"\\s*:\\s*\"[A-Za-z0-9_]+\"", "\"paper\":\"A99\"");
        assertTrue(bad.contains("A99"), bad);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p);
                java.sql.PreparedStatement ps =
                        c.prepareStatement("UPDATE standoff_settings SET value = ? WHERE key = ?")) {
            ps.setString(1, bad);
            ps.setString(2, layout.getKey());
            assertEquals(1, ps.executeUpdate());
        }
        assertInUserWords(
                1, "print", p.toString(), "--out", dir.resolve("b.pdf").toString());
        assertTrue(err.toString().contains("A99"), "names the value: " + err);
    }

    @Test
    void aProjectLockedByAnotherProgramIsInUseNotDamaged() throws Exception {
        Path p = sample();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + p);
                Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE"); // what sqlite3 or a crashed GDAL writer in exclusive mode holds
            s.execute("UPDATE standoff_meta SET value = value WHERE key = 'saved_at'");
            int rc = run("project", "info", p.toString());
            String said = err.toString();
            assertEquals(1, rc, said);
            assertTrue(said.contains("in use by another program"), said);
            assertFalse(said.contains("damaged"), said);
            Path csv = Files.writeString(dir.resolve("s.csv"), "name,lat,lon\nX,41,-104\n");
            rc = run("sites", "import", p.toString(), csv.toString());
            said = err.toString();
            assertEquals(1, rc, said);
            assertTrue(said.contains("in use by another program"), said);
            assertFalse(said.contains("damaged"), said);
            s.execute("ROLLBACK");
        }
    }
}
