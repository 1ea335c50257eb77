package org.standoff.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.analysis.Finding;
import org.standoff.analysis.FindingRow;
import org.standoff.geo.LengthUnit;
import org.standoff.model.MiningSite;

/** Each exported distance is followed by the stated datum accuracy of the layer it was measured to (issue #18). */
class FindingsExportTest {

    @TempDir
    Path dir;

    private static List<FindingRow> rows() {
        Finding f = new Finding(
                1,
                Optional.of(new Finding.NearestFeature("l1", "Bases", 9, "Fort NAD27", 1600, -75.5, 40, 10.0)),
                Optional.of(new Finding.NearestFeature("l2", "Subs", 3, "Sub 3", 5000, -75.6, 40, Double.NaN)),
                List.of());
        return List.of(new FindingRow(MiningSite.at("Near", -75.5, 40.01).withId(1), f));
    }

    @Test
    void csvHasTheAccuracyBesideEachDistanceAndLeavesAnUnknownOneEmpty() throws Exception {
        Path csv = dir.resolve("f.csv");
        FindingsExport.csv(rows(), LengthUnit.MILE, csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(
                "site_id,site_name,lat,lon,status,foreign_controlled,owner_country,nearest_installation,nearest_installation_mi,"
                        + "nearest_installation_datum_accuracy_m,nearest_substation,nearest_substation_mi,nearest_substation_datum_accuracy_m,zones,reasons",
                lines.get(0));
        assertTrue(lines.get(1).contains(",Fort NAD27,0.994,10.00,Sub 3,3.107,,"), lines.get(1));
    }

    @Test
    void geoJsonHasTheAccuracyAsANumberOrNull() throws Exception {
        Path json = dir.resolve("f.geojson");
        FindingsExport.geoJson(rows(), LengthUnit.MILE, json);
        String text = Files.readString(json);
        assertTrue(text.contains("\"nearest_installation_datum_accuracy_m\":10.000"), text);
        assertTrue(text.contains("\"nearest_substation_datum_accuracy_m\":null"), text);
        com.google.gson.JsonParser.parseString(text);
    }
}
