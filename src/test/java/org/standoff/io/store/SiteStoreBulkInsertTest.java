package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.MiningSite;

/** {@link SiteStore#insertAllNew}: the bulk insert a registry pull uses. */
class SiteStoreBulkInsertTest {

    @TempDir
    Path dir;

    @Test
    void givesIdsAboveEveryIdEverUsedSoADeletedIdIsNeverReused() throws Exception {
        try (SiteFile store = SiteFile.open(dir.resolve("p.gpkg"))) {
            store.insertAll(List.of(MiningSite.at("a", 1, 1), MiningSite.at("b", 2, 2), MiningSite.at("c", 3, 3)));
            store.delete(3);
            List<Long> ids = store.insertAllNew(List.of(MiningSite.at("d", 4, 4).withId(2), MiningSite.at("e", 5, 5)));
            assertEquals(List.of(4L, 5L), ids, "the given ids are ignored and 3 stays unused");
            assertEquals("e", store.get(5).orElseThrow().name());
            assertEquals(4, store.count());
        }
    }

    @Test
    void storesNothingWhenOneSiteIsUnusable() throws Exception {
        try (SiteFile store = SiteFile.open(dir.resolve("p.gpkg"))) {
            assertThrows(
                    StoreException.class,
                    () -> store.insertAllNew(List.of(MiningSite.at("ok", 1, 1), MiningSite.at("bad", 1, 95))));
            assertEquals(0, store.count());
        }
    }
}
