package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteStatus;

/** 100,000 sites in and out; prints the times (for docs/SITES.md) but does not assert on them. Tagged volume: run on demand with -Dstandoff.test.excluded=none.
 */
@Tag("volume")
class SiteStoreVolumeTest {

    @TempDir
    Path dir;

    @Test
    void storesAndReadsBackOneHundredThousandSitesInOneTransaction() throws Exception {
        List<MiningSite> sites = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            sites.add(MiningSite.at("Site " + i, -125 + (i % 600) * 0.1, 25 + (i / 600) * 0.1)
                    .withOperator("Operator " + (i % 97))
                    .withCapacityMw(Parsed.of(1.0 + i % 300))
                    .withStatus(Parsed.of(SiteStatus.values()[i % 4]))
                    .withSource("src " + i));
        }
        try (SiteFile store = SiteFile.open(dir.resolve("big.gpkg"))) {
            long t0 = System.nanoTime();
            List<Long> ids = store.insertAllNew(sites);
            long t1 = System.nanoTime();
            List<MiningSite> back = store.all();
            long t2 = System.nanoTime();
            store.all();
            long t3 = System.nanoTime();
            assertEquals(100_000, ids.size());
            assertEquals(100_000, back.size());
            assertEquals(
                    sites.get(54_321)
                            .withId(ids.get(54_321))
                            .withTimestamps(
                                    back.get(54_321).created(), back.get(54_321).updated()),
                    back.get(54_321));
            System.out.printf(
                    "100k sites: insertAllNew %d ms, all() %d ms (again, warm: %d ms)%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        }
    }
}
