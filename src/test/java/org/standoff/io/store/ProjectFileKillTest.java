package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: a process saving a project is killed (SIGKILL) at random moments, over and
 * over, the first time while it writes a new file and then while it saves in place. After every
 * kill the file must open, pass SQLite's integrity check and hold a complete save: the last one
 * the process reported or the one it was making, never a mix and never less. Runs 6 kills by
 * default; {@code -Dstandoff.fault.kills=N} runs more.
 */
class ProjectFileKillTest {

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesACompleteProject() throws Exception {
        int kills = Integer.getInteger("standoff.fault.kills", 6);
        Path file = dir.resolve("killed.gpkg");
        Random random = new Random(20261204L);
        int lastSaved = 0;
        for (int k = 0; k < kills; k++) {
            int first = lastSaved + 1;
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            SaveLoop.class.getName(),
                            file.toString(),
                            Integer.toString(first))
                    .redirectErrorStream(true)
                    .start();
            AtomicInteger saved = new AtomicInteger(lastSaved);
            Thread reader = new Thread(() -> {
                try (BufferedReader r =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("saved ")) {
                            saved.set(Integer.parseInt(line.substring(6).strip()));
                        }
                    }
                } catch (java.io.IOException e) {
                    // the process was killed
                }
            });
            reader.start();
            // wait for the first save of this run, then kill at a random moment of a later one
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (saved.get() < first && p.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertTrue(saved.get() >= first, "the saving process reported its first save (is it running?)");
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50 + random.nextInt(600));
            while (System.nanoTime() < killAt) {
                Thread.onSpinWait();
            }
            p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            reader.join(5000);
            int reported = saved.get();

            int sites = ProjectFile.read(file).sites().size();
            assertTrue(
                    sites == reported || sites == reported + 1,
                    "kill " + k + ": the file holds " + sites + " sites; the last reported save had " + reported);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1), "kill " + k);
            }
            assertEquals(
                    "kill " + sites,
                    ProjectFile.read(file).name(),
                    "the project's name and sites come from the same save");
            lastSaved = sites;
        }
    }
}
