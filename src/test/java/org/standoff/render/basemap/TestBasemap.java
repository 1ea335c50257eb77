package org.standoff.render.basemap;

import java.nio.file.Files;
import java.nio.file.Path;
import org.standoff.io.store.StoreException;

/** Loads the bundled basemap once per test JVM, from a temporary copy. */
public final class TestBasemap {

    private static Basemap basemap;

    private TestBasemap() {}

    public static synchronized Basemap get() throws StoreException {
        if (basemap == null) {
            try {
                Path dir = Files.createTempDirectory("standoff-basemap-test");
                dir.toFile().deleteOnExit();
                basemap = BasemapLoader.loadBundled(dir);
            } catch (java.io.IOException e) {
                throw new StoreException("cannot create a temporary folder: " + e.getMessage(), e);
            }
        }
        return basemap;
    }
}
