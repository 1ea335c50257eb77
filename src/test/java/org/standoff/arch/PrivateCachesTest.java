package org.standoff.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.io.StandoffHome;
import org.standoff.print.BriefingExport;
import org.standoff.render.basemap.BasemapLoader;

/**
 * Case 9 of issue #16: caches are per user, in the Standoff home, in folders private to the user
 * (0700), never at a predictable shared path, and what is in them is trusted only by content.
 * The print basemap once lived in {@code java.io.tmpdir/standoff-print-basemap}, where another
 * account could plant a file of the right size that changed every state label of a briefing.
 */
class PrivateCachesTest {

    @TempDir
    Path dir;

    @Test
    void noCodeMakesTemporaryFilesInTheSharedTemporaryFolder() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.standoff");
        noClasses()
                .should()
                .callMethod(Files.class, "createTempFile", String.class, String.class, FileAttribute[].class)
                .orShould()
                .callMethod(Files.class, "createTempDirectory", String.class, FileAttribute[].class)
                .orShould()
                .callMethod(File.class, "createTempFile", String.class, String.class)
                .orShould()
                .callMethod(File.class, "createTempFile", String.class, String.class, File.class)
                .because(
                        "a file in java.io.tmpdir can be planted or read by another account; use StandoffHome.privateFolder")
                .check(classes);
    }

    @Test
    void noCompiledClassNamesTheSharedTemporaryFolder() throws Exception {
        Path classes = Path.of(BriefingExport.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Assumptions.assumeTrue(Files.isDirectory(classes), "run from target/classes");
        try (Stream<Path> all = Files.walk(classes)) {
            List<Path> naming = all.filter(p -> p.toString().endsWith(".class"))
                    .filter(p -> {
                        try {
                            return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                                    .contains("java.io.tmpdir");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertEquals(List.of(), naming, "classes that read java.io.tmpdir");
        }
    }

    @Test
    void thePrintBasemapIsExtractedIntoTheUsersPrivateCache() throws Exception {
        BriefingExport.bundledRenderer();
        Path cache = StandoffHome.defaultHome().resolve("cache").resolve("print-basemap");
        try (Stream<Path> files = Files.list(cache)) {
            assertTrue(
                    files.anyMatch(p -> p.getFileName().toString().matches("basemap-[0-9a-f]{16}\\.gpkg")),
                    "extracted here");
        }
        if (cache.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(cache));
        }
    }

    @Test
    void aSymlinkPlantedAtTheCachedNameIsReplacedAndItsTargetLeftAlone() throws Exception {
        Path cache = dir.resolve("print-basemap");
        Path genuine = BasemapLoader.extractBundled(cache);
        Path elsewhere = Files.writeString(dir.resolve("victim.txt"), "another file of the user's");
        Files.delete(genuine);
        Files.createSymbolicLink(genuine, elsewhere);

        Path again = BasemapLoader.extractBundled(cache);

        assertEquals(genuine, again);
        assertTrue(Files.isRegularFile(again, java.nio.file.LinkOption.NOFOLLOW_LINKS), "a real file, not the link");
        assertEquals("another file of the user's", Files.readString(elsewhere), "the link's target is untouched");
    }
}
