package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SiteRowsTest {

    @Test
    void theFastDatetimeParserAgreesWithInstantParseOnWhatIsWritten() {
        Random r = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            Instant t =
                    Instant.ofEpochMilli(r.nextLong() % 253_402_300_799_000L).plusMillis(0);
            if (t.isBefore(Instant.parse("0000-01-01T00:00:00Z"))) {
                continue;
            }
            String text = SiteRows.datetime(t);
            assertEquals(Instant.parse(text), SiteRows.fastDatetime(text), text);
        }
        assertEquals(Instant.parse("2024-02-29T23:59:59.999Z"), SiteRows.fastDatetime("2024-02-29T23:59:59.999Z"));
    }

    @Test
    void theFastDatetimeParserLeavesOtherFormsAndImpossibleDatesToTheGeneralOne() {
        for (String s : new String[] {
            "2023-02-29T00:00:00.000Z",
            "2024-13-01T00:00:00.000Z",
            "2024-01-01T24:00:00.000Z",
            "2024-01-01T00:00:00Z",
            "2024-01-01 00:00:00.000Z",
            "2024-01-01T00:00:00.000+",
            "+2024-01-01T00:00:00.00Z",
            "2024-01-01T00:00:60.000Z"
        }) {
            assertNull(SiteRows.fastDatetime(s), s);
        }
    }
}
