package org.standoff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.standoff.Version;
import org.standoff.io.StandoffHome;

/**
 * Writes an internal error's stack trace to {@code <standoff home>/logs/cli-<time>.log}, a
 * folder private to the user, so the terminal shows one plain line and the details can be
 * sent to the developers. Stateless.
 */
final class CrashLog {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private CrashLog() {}

    /** Writes the log and returns a sentence naming it (or saying it could not be written). */
    static String write(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        try {
            Path dir = StandoffHome.privateFolder("logs");
            Path log = dir.resolve("cli-" + STAMP.format(Instant.now()) + ".log");
            Files.writeString(
                    log, "Standoff " + Version.get() + ", Java " + System.getProperty("java.version") + "\n" + trace);
            return "Details are in " + log + ".";
        } catch (IOException | RuntimeException e) {
            return "The details could not be written to a log (" + e.getMessage() + ").";
        }
    }
}
