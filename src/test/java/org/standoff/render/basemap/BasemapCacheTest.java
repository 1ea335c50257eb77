package org.standoff.render.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extracted basemap is trusted only by its content, in a folder private to the user (issue #16 point 9). */
class BasemapCacheTest {

    @TempDir
    Path dir;

    @Test
    void aPlantedFileOfTheRightNameAndSizeIsReplacedNotRead() throws Exception {
        Path cache = dir.resolve("print-basemap");
        Path genuine = BasemapLoader.extractBundled(cache);
        byte[] good = Files.readAllBytes(genuine);
        byte[] planted = good.clone();
        planted[planted.length / 2] ^= 0x55; // same size, other content: what changed every state label on a briefing
        Files.write(genuine, planted);

        Path again = BasemapLoader.extractBundled(cache);

        assertEquals(genuine, again);
        assertArrayEquals(good, Files.readAllBytes(again), "the planted file was replaced by the bundled content");
    }

    @Test
    void theCacheFolderIsPrivateToTheUser() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path cache = dir.resolve("print-basemap");
        BasemapLoader.extractBundled(cache);
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(cache));
    }
}
