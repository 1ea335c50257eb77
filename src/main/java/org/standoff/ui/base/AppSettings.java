package org.standoff.ui.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

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
        AppSettings s = new AppSettings(home);
        Path file = s.file();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                System.getLogger(AppSettings.class.getName())
                        .log(System.Logger.Level.WARNING, "ignoring unreadable settings file " + file + ": " + e.getMessage());
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

    /** Sets a value and saves the file at once, so a crash never loses a preference. */
    public void put(String key, String value) {
        values.setProperty(key, value);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(home);
            Path tmp = Files.createTempFile(home, "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "Standoff settings");
            }
            Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.getLogger(AppSettings.class.getName())
                    .log(System.Logger.Level.WARNING, "cannot save settings to " + file() + ": " + e.getMessage());
        }
    }

    private Path file() {
        return home.resolve("settings.properties");
    }
}
