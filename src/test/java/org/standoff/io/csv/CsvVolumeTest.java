package org.standoff.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;

/** 100,000 rows exported, read and planned against 100,000 existing sites; prints times, asserts none. Tagged volume: run on demand with -Dstandoff.test.excluded=none.
 */
@Tag("volume")
class CsvVolumeTest {

    @TempDir
    Path dir;

    @Test
    void plansAHundredThousandRowImportAgainstAHundredThousandSites() throws Exception {
        List<MiningSite> sites = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            sites.add(MiningSite.at("Site " + i, -125 + (i % 600) * 0.1, 25 + (i / 600) * 0.1)
                    .withId(i + 1)
                    .withCapacityMw(Parsed.of(1.0 + i % 300))
                    .withNotes("row " + i));
        }
        Path csv = dir.resolve("big.csv");
        long t0 = System.nanoTime();
        SiteCsvWriter.write(sites, csv);
        long t1 = System.nanoTime();
        CsvFile f = CsvFile.read(csv);
        long t2 = System.nanoTime();
        ImportPlan plan =
                SiteImporter.plan(f.toSourceTable(), ColumnMapping.auto(f.header()), sites, DuplicatePolicy.SKIP);
        long t3 = System.nanoTime();
        assertEquals(100_000, plan.duplicates().size(), "every row has the id of an existing site");
        System.out.printf(
                "100k rows: CSV export %d ms, read %d ms, plan against 100k existing %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }
}
