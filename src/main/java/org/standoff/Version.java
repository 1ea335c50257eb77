package org.standoff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's version, as Maven stamped it into {@code version.properties} at build time. */
public final class Version {

    private static final String VERSION = load();

    private Version() {}

    /** The version string, for example {@code 0.1.0-SNAPSHOT}; never null. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled version.properties", e);
        }
    }
}
