package org.standoff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.standoff.model.Zone;

class ZoneCountsTest {

    private static Finding site(long id, Finding.ZoneHit... hits) {
        return new Finding(id, Optional.empty(), Optional.empty(), List.of(hits));
    }

    private static Finding.ZoneHit hit(String zone, int band) {
        return new Finding.ZoneHit(zone, "zone " + zone, band, Zone.Band.disc(1000 * (band + 1)), 10, null, null);
    }

    @Test
    void countsEachSiteOncePerZoneAndOncePerBandItLiesIn() {
        String a = "a";
        // equal ids that are other objects (as from two loads of a file) are one zone
        String a2 = new String("a");
        ZoneCounts c = ZoneCounts.of(List.of(
                site(1, hit(a, 0), hit(a, 1), hit(a, 2), hit("b", 0)),
                site(2, hit(a, 1), hit(a, 2)),
                site(3, hit(a2, 2)),
                site(4)));
        assertEquals(3, c.sites().get("a"));
        assertEquals(1, c.sites().get("b"));
        assertEquals(1, c.inBand("a", 0));
        assertEquals(2, c.inBand("a", 1));
        assertEquals(3, c.inBand("a", 2));
        assertEquals(0, c.inBand("a", 7));
        assertEquals(0, c.inBand("missing", 0));
        assertEquals(1, c.inBand("b", 0));
    }
}
