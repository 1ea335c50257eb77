package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.model.Feature;
import org.standoff.model.Layer;
import org.standoff.render.basemap.BasemapLoader;

class GeoPackageReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheBundledBasemapTablesWithNamesAndGeometry() throws Exception {
        Path gpkg = BasemapLoader.extractBundled(dir);
        GeoPackageReader reader = new GeoPackageReader(gpkg);
        assertTrue(reader.featureTables().containsAll(java.util.List.of("countries", "land", "states")));
        Layer states = reader.readLayer("states");
        assertEquals(56, states.features().size());
        int name = states.fieldIndex("name");
        Feature wyoming = states.features().stream()
                .filter(f -> "Wyoming".equals(f.value(name)))
                .findFirst()
                .orElseThrow();
        var cheyenne = new GeometryFactory().createPoint(new Coordinate(-104.82, 41.14));
        assertTrue(wyoming.geometry().contains(cheyenne), "Cheyenne lies in Wyoming");
    }

    @Test
    void namesTheFileWhenItIsMissing() {
        Path missing = dir.resolve("nope.gpkg");
        StoreException e = assertThrows(StoreException.class, () -> new GeoPackageReader(missing).featureTables());
        assertTrue(e.getMessage().contains("nope.gpkg"), e.getMessage());
    }

    @Test
    void namesTheFileWhenItIsNotAGeoPackage() throws Exception {
        Path junk = dir.resolve("junk.gpkg");
        Files.writeString(junk, "this is not SQLite");
        StoreException e = assertThrows(StoreException.class, () -> new GeoPackageReader(junk).featureTables());
        assertTrue(e.getMessage().contains("junk.gpkg"), e.getMessage());
    }

    @Test
    void refusesATableThatIsNotAFeatureTable() throws Exception {
        Path gpkg = BasemapLoader.extractBundled(dir);
        StoreException e =
                assertThrows(StoreException.class, () -> new GeoPackageReader(gpkg).readLayer("gpkg_contents"));
        assertTrue(e.getMessage().contains("gpkg_contents"), e.getMessage());
    }
}
