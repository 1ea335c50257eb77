package org.standoff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.standoff.Version;

class StandoffCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return StandoffCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsTheVersionAndExitsZero() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("Standoff " + Version.get()), out.toString());
    }

    @Test
    void printsUsageAndExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().startsWith("Usage: standoff"), out.toString());
    }

    @Test
    void rejectsAnUnknownCommandWithOneLineAndExitCodeTwo() {
        assertEquals(2, run("frobnicate"));
        String e = err.toString().strip();
        assertFalse(e.contains("\n"), "one line: " + e);
        assertTrue(e.contains("frobnicate"), e);
    }

    @Test
    void sendsOptionsAndCommandsToTheCliAndProjectsToTheWindow() {
        assertTrue(StandoffCli.wantsCli(new String[] {"--version"}));
        assertTrue(StandoffCli.wantsCli(new String[] {"inspect", "a.shp"}));
        assertTrue(StandoffCli.wantsCli(new String[] {"frobnicate"}));
        assertFalse(StandoffCli.wantsCli(new String[] {}));
        assertFalse(StandoffCli.wantsCli(new String[] {"project.gpkg"}));
    }

    @Test
    void versionIsStampedByTheBuild() {
        assertFalse(Version.get().contains("${"), Version.get());
        assertFalse(Version.get().equals("unknown"));
    }
}
