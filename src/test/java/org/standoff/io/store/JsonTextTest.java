package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.model.Zone;

class JsonTextTest {

    @TempDir
    Path dir;

    @Test
    void namesWithQuotesBackslashesControlCharactersAndUnicodeReadBackExactly() {
        List<String> names = List.of("", "a\"b", "c\\d", "tab\tnew\nline\r", "\u0001", "Ünïcode ✓ 中文", "[x, \"y\"]");
        assertEquals(names, JsonText.parseStrings(JsonText.strings(names)));
    }

    @Test
    void idsAreWrittenSortedAndBandsExactly() {
        assertEquals("[-3,2,9223372036854775807]", JsonText.longs(Set.of(2L, Long.MAX_VALUE, -3L)));
        List<Zone.Band> bands =
                List.of(Zone.Band.disc(0.1), new Zone.Band(1609.344, 160934.4), new Zone.Band(1e-9, 1e300));
        assertEquals(bands, JsonText.parseBands(JsonText.bands(bands)));
        assertEquals(List.of(), JsonText.parseLongs(" [ ] "));
    }

    @Test
    void malformedListsAreRefused() {
        for (String bad : new String[] {"", "[", "[1,]", "[\"a\"] x", "{\"a\":1}", "[true]", "[\"\\q\"]", "[[1]]"}) {
            assertThrows(IllegalArgumentException.class, () -> JsonText.parseBands(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> JsonText.parseLongs("[1.5]"));
        assertThrows(IllegalArgumentException.class, () -> JsonText.parseStrings("[1]"));
    }

    @Test
    void aZoneRowEditedIntoNonsenseIsSetAsideNamingTheZone() throws Exception {
        Path file = dir.resolve("p.gpkg");
        ProjectFile.write(ProjectFixtures.everything(), file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE standoff_zones SET bands = '[[5, 1]]' WHERE zone_id = 'Z3'");
        }
        OpenedProject opened = ProjectFile.open(file);
        assertEquals(1, opened.warnings().size(), opened.warnings().toString());
        assertTrue(
                opened.warnings().get(0).startsWith(file + ", zone Z3"),
                opened.warnings().get(0));
        assertEquals(
                ProjectFixtures.everything().zones().size() - 1,
                opened.project().zones().size());
    }

    @Test
    void aZoneOfMoreBandsThanTheLimitIsRefusedNotExpanded() {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= JsonText.MAX_BANDS; i++) {
            many.append(i == 0 ? "" : ",")
                    .append("[")
                    .append(i)
                    .append(",")
                    .append(i + 1)
                    .append("]");
        }
        String json = many.append("]").toString();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonText.parseBands(json));
        assertTrue(e.getMessage().contains("at most " + JsonText.MAX_BANDS), e.getMessage());
        assertEquals(
                JsonText.MAX_BANDS,
                JsonText.parseBands(json.replaceFirst(",\\[" + JsonText.MAX_BANDS + ",[0-9]+\\]\\]$", "]"))
                        .size());
    }

    @Test
    void emptyColumnsAreNamedInTheMessageNotReportedAsNull() throws Exception {
        // Standoff's tables refuse NULLs; another program that rebuilt a table (CREATE TABLE AS) would not.
        String[][] edits = {
            {"standoff_zones", "UPDATE standoff_zones SET name = NULL WHERE zone_id = 'Z3'", "name is empty"},
            {"standoff_zones", "UPDATE standoff_zones SET bands = NULL WHERE zone_id = 'Z3'", "found nothing"},
            {"standoff_zones", "UPDATE standoff_zones SET kind = NULL WHERE zone_id = 'Z3'", "kind: no value"},
            {"standoff_layers", "UPDATE standoff_layers SET color = NULL", "color is empty"},
        };
        for (String[] edit : edits) {
            Path file = dir.resolve("p" + edit[1].hashCode() + ".gpkg");
            ProjectFile.write(ProjectFixtures.everything(), file);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement s = c.createStatement()) {
                s.executeUpdate("ALTER TABLE " + edit[0] + " RENAME TO old_table");
                s.executeUpdate("CREATE TABLE " + edit[0] + " AS SELECT * FROM old_table");
                s.executeUpdate("DROP TABLE old_table");
                s.executeUpdate(edit[1]);
            }
            if (edit[0].equals("standoff_zones")) {
                // a zone row is set aside, not fatal (issue #16): the warning names the zone and the empty column
                OpenedProject opened = ProjectFile.open(file);
                assertEquals(1, opened.warnings().size(), edit[1] + ": " + opened.warnings());
                String w = opened.warnings().get(0);
                assertTrue(w.startsWith(file + ", zone Z3") && w.contains(edit[2]), edit[1] + ": " + w);
                assertFalse(w.contains("null"), edit[1] + ": " + w);
            } else {
                StoreException e = assertThrows(StoreException.class, () -> ProjectFile.read(file), edit[1]);
                assertTrue(e.getMessage().contains(edit[2]), edit[1] + ": " + e.getMessage());
            }
        }
    }
}
