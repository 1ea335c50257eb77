package org.standoff.ui.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.standoff.io.AtomicFiles;

/**
 * The user's preferences, kept in {@code settings.properties} in the Standoff home folder:
 * {@code $STANDOFF_HOME}, the system property {@code standoff.home}, or {@code ~/.standoff}.
 *
 * <p>Reads tolerate a missing or damaged file (defaults apply); writes are atomic. Values are
 * strings; typed accessors with defaults live with the code that uses them. Not thread-safe:
 * used from the JavaFX thread.
 */
public final class AppSettings {

    public static final String ONLINE_BASEMAP = "basemap.online";
    public static final String UNIT = "display.unit";
    public static final String COORDINATE_STYLE = "display.coordinates";

    private final Path home;
    private final Properties values = new Properties();

    private AppSettings(Path home) {
        this.home = home;
    }

    /** The settings of the Standoff home folder, loaded now. */
    public static AppSettings load() {
        return load(defaultHome());
    }

    /** The settings of a given home folder, loaded now (tests pass a temporary folder). */
    public static AppSettings load(Path home) {
        flushWrites(); // a load sees every earlier put, of this instance or another
        AppSettings s = new AppSettings(home);
        Path file = s.file();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                System.getLogger(AppSettings.class.getName())
                        .log(
                                System.Logger.Level.WARNING,
                                "ignoring unreadable settings file " + file + ": " + e.getMessage());
            }
        }
        return s;
    }

    /** The folder holding settings, caches and crash-recovery files. */
    public static Path defaultHome() {
        return org.standoff.io.StandoffHome.defaultHome();
    }

    public Path home() {
        return home;
    }

    /** The folder for disposable caches such as basemap tiles. */
    public Path cacheDir() {
        return home.resolve("cache");
    }

    public String get(String key, String defaultValue) {
        return values.getProperty(key, defaultValue);
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        String v = values.getProperty(key);
        return v == null ? defaultValue : Boolean.parseBoolean(v);
    }

    /**
     * Sets a value and has the file saved at once, on the settings writer thread (never on the
     * caller's, which is usually the FX thread): a crash loses no preference but the last few
     * milliseconds' worth. Quick successive puts are written once, with the latest values.
     */
    public void put(String key, String value) {
        values.setProperty(key, value);
        save();
    }

    /** Waits (a few seconds at most) until every put so far is on disk; at exit and before a load. */
    public static void flushWrites() {
        try {
            WRITER.submit(() -> {}).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            System.getLogger(AppSettings.class.getName())
                    .log(System.Logger.Level.WARNING, "settings were not all written: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One writer for every settings instance (static, as {@link #flushWrites} is): the app's pools, not a test's. */
    private static final java.util.concurrent.ExecutorService WRITER =
            ThreadPools.daemon().threads("settings-writer", 1);

    /** The latest values not yet written, or null when the writer has nothing to do. */
    private final java.util.concurrent.atomic.AtomicReference<java.util.Properties> toWrite =
            new java.util.concurrent.atomic.AtomicReference<>();

    private void save() {
        java.util.Properties snapshot = new java.util.Properties();
        snapshot.putAll(values);
        if (toWrite.getAndSet(snapshot) == null) {
            WRITER.execute(() -> write(toWrite.getAndSet(null)));
        }
    }

    private void write(java.util.Properties snapshot) {
        if (snapshot == null) {
            return;
        }
        try {
            Files.createDirectories(home);
            AtomicFiles.replace(file(), temp -> {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    snapshot.store(out, "Standoff settings");
                }
            });
        } catch (IOException e) {
            System.getLogger(AppSettings.class.getName())
                    .log(System.Logger.Level.WARNING, "cannot save settings to " + file() + ": " + e.getMessage());
        }
    }

    private Path file() {
        return home.resolve("settings.properties");
    }
}
