package org.standoff.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The user's Standoff folder, which holds settings, caches, logs and crash-recovery files:
 * {@code -Dstandoff.home}, else {@code $STANDOFF_HOME}, else {@code ~/.standoff}. Its
 * sub-folders are private to the user (0700 where the file system has POSIX permissions), so
 * no other account can plant a file that Standoff would later trust, and nothing is put in a
 * shared, predictable place such as {@code java.io.tmpdir}. Stateless.
 */
public final class StandoffHome {

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private StandoffHome() {}

    /** The folder as configured now (it may not exist yet). */
    public static Path defaultHome() {
        String prop = System.getProperty("standoff.home");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("STANDOFF_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".standoff");
    }

    /** {@code name} under the default home, created private to the user if missing. */
    public static Path privateFolder(String name) throws IOException {
        return privateFolder(defaultHome().resolve(name));
    }

    /** Creates {@code dir} (and its parents) if missing and makes it private to the user. */
    public static Path privateFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(dir, PRIVATE);
        }
        return dir;
    }
}
