package org.standoff.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.LayerSource;

class LayerSourcesTest {

    @TempDir
    Path dir;

    @Test
    void aShapefileIsUnchangedThenChangedWhenItsDbfChangesThenMissing() throws Exception {
        Path shp = Files.write(dir.resolve("bases.shp"), new byte[] {1, 2, 3});
        Path dbf = Files.write(dir.resolve("bases.dbf"), new byte[] {4, 5});
        LayerSource source = new LayerSource(shp.toString(), Instant.now(), ShapefileLayers.checksum(shp), "WGS 84");
        assertEquals(LayerSources.Status.UNCHANGED, LayerSources.check(source));
        Files.write(dbf, new byte[] {4, 6});
        assertEquals(LayerSources.Status.CHANGED, LayerSources.check(source));
        Files.delete(shp);
        assertEquals(LayerSources.Status.MISSING, LayerSources.check(source));
    }

    @Test
    void anotherKindOfFileIsCheckedByItsBytesAndWithoutAChecksumIsUnknown() throws Exception {
        Path gpkg = Files.writeString(dir.resolve("layers.gpkg"), "abc");
        // SHA-256 of "abc".
        LayerSource source = new LayerSource(
                gpkg.toString(), null, "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", null);
        assertEquals(LayerSources.Status.UNCHANGED, LayerSources.check(source));
        assertEquals(
                LayerSources.Status.UNKNOWN, LayerSources.check(new LayerSource(gpkg.toString(), null, null, null)));
    }
}
