package org.standoff.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Compares CoordinateFormat with GeographicLib GeoConvert output committed under test-data/ok. */
class CoordinateFormatTest {

    static List<String[]> points() throws IOException {
        try (var in = CoordinateFormatTest.class.getResourceAsStream("test-data/ok/mgrs-dms.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\\|"))
                    .collect(Collectors.toList());
        }
    }

    /** GeoConvert writes "38d53'22.24\"N 077d02'06.94\"W"; ours is "38°53'22.24\" N, 77°02'06.94\" W". */
    static String fromGeoConvert(String dms) {
        String[] parts = dms.split(" ");
        return reformat(parts[0]) + ", " + reformat(parts[1]);
    }

    private static String reformat(String part) {
        String body = part.substring(0, part.length() - 1).replace('d', '°').replaceFirst("^0+(?=\\d)", "");
        return body + " " + part.charAt(part.length() - 1);
    }

    @Test
    void mgrsMatchesGeoConvertTruncatedToOneMetre() throws IOException {
        List<String[]> points = points();
        assertEquals(22, points.size());
        for (String[] p : points) {
            String ours = CoordinateFormat.mgrs(Double.parseDouble(p[0]), Double.parseDouble(p[1]));
            // GeoConvert zero-pads the zone number ("06V"), SIS does not ("6V"); both are valid MGRS.
            assertEquals(p[3].replaceFirst("^0", ""), ours.replace(" ", ""), () -> "MGRS of " + p[2]);
        }
    }

    @Test
    void mgrsSeparatesZoneSquareAndDigitsWithSpaces() {
        assertEquals("18S UJ 23481 06484", CoordinateFormat.mgrs(38.889510, -77.035260));
        assertEquals("13T EF 11162 53530", CoordinateFormat.mgrs(41.133, -104.867));
    }

    @Test
    void dmsMatchesGeoConvertToTheHundredthOfASecond() throws IOException {
        for (String[] p : points()) {
            String ours =
                    CoordinateFormat.latLon(Double.parseDouble(p[0]), Double.parseDouble(p[1]), CoordinateStyle.DMS);
            assertEquals(fromGeoConvert(p[4]), ours, () -> "DMS of " + p[2]);
        }
    }

    @Test
    void formatsTheDocumentedExamples() {
        assertEquals(
                "38.889510° N, 77.035260° W", CoordinateFormat.latLon(38.88951, -77.03526, CoordinateStyle.DECIMAL));
        assertEquals(
                "38°53'22.24\" N, 77°02'06.94\" W", CoordinateFormat.latLon(38.88951, -77.03526, CoordinateStyle.DMS));
    }

    @Test
    void dmsCarriesRoundedSecondsIntoMinutesAndDegrees() {
        // 10° 59' 59.999" rounds to 11° 00' 00.00", never 10°59'60.00".
        double v = 10 + 59 / 60.0 + 59.999 / 3600;
        assertEquals("11°00'00.00\" N, 11°00'00.00\" W", CoordinateFormat.latLon(v, -v, CoordinateStyle.DMS));
    }

    @Test
    void valuesThatRoundToZeroAreNorthAndEast() {
        assertEquals("0.000000° N, 0.000000° E", CoordinateFormat.latLon(-1e-9, -1e-9, CoordinateStyle.DECIMAL));
        assertEquals("0°00'00.00\" N, 0°00'00.00\" E", CoordinateFormat.latLon(-1e-9, -1e-9, CoordinateStyle.DMS));
    }

    @Test
    void parsesDecimalDmsAndMgrsForms() throws ParseException {
        double[] dc = {38.8895, -77.0353};
        assertArrayEquals(dc, CoordinateFormat.parseLatLon("38.8895, -77.0353"), 1e-12);
        assertArrayEquals(dc, CoordinateFormat.parseLatLon("38.8895 N 77.0353 W"), 1e-12);
        assertArrayEquals(dc, CoordinateFormat.parseLatLon("77.0353 W, 38.8895 N"), 1e-12);
        double[] dms = {38 + 53 / 60.0 + 22.2 / 3600, -(77 + 2 / 60.0 + 7.0 / 3600)};
        assertArrayEquals(dms, CoordinateFormat.parseLatLon("38°53'22.2\"N 77°2'7.0\"W"), 1e-12);
        assertArrayEquals(dms, CoordinateFormat.parseLatLon("38d53m22.2sN 77d2m7.0sW"), 1e-12);
        assertArrayEquals(dms, CoordinateFormat.parseLatLon("38 53 22.2 N 77 2 7.0 W"), 1e-12);
        assertArrayEquals(dms, CoordinateFormat.parseLatLon("N 38 53 22.2 W 77 2 7.0"), 1e-12);
        double[] southern = {-(33 + 52 / 60.0 + 7.68 / 3600), 151 + 12 / 60.0 + 33.48 / 3600};
        assertArrayEquals(southern, CoordinateFormat.parseLatLon("33°52'07.68\" S, 151°12'33.48\" E"), 1e-12);
    }

    @Test
    void parsesMgrsWithOrWithoutSpacesToTheCellCentre() throws ParseException {
        double[] a = CoordinateFormat.parseLatLon("18SUJ2348106484");
        double[] b = CoordinateFormat.parseLatLon("18S UJ 23481 06484");
        assertArrayEquals(a, b, 0);
        // The centre of the 1 m cell is within 1 m of the encoded point.
        assertTrue(Geodesic.distance(-77.035260, 38.889510, a[1], a[0]) < 1.0, () -> java.util.Arrays.toString(a));
    }

    @Test
    void roundTripsEveryReferencePointThroughAllThreeTextForms() throws IOException, ParseException {
        for (String[] p : points()) {
            double lat = Double.parseDouble(p[0]);
            double lon = Double.parseDouble(p[1]);
            double[] dec = CoordinateFormat.parseLatLon(CoordinateFormat.latLon(lat, lon, CoordinateStyle.DECIMAL));
            assertArrayEquals(new double[] {lat, lon}, dec, 1e-6, p[2]);
            double[] dms = CoordinateFormat.parseLatLon(CoordinateFormat.latLon(lat, lon, CoordinateStyle.DMS));
            assertArrayEquals(new double[] {lat, lon}, dms, 0.01 / 3600, p[2]);
            double[] grid = CoordinateFormat.parseLatLon(CoordinateFormat.mgrs(lat, lon));
            assertTrue(Geodesic.distance(lon, lat, grid[1], grid[0]) < 1.0, () -> "MGRS round trip of " + p[2]);
        }
    }

    @Test
    void rejectsGarbageWithReadableMessages() {
        assertMessage("No coordinates given", "   ");
        assertMessage("Unexpected character 'x'", "38.8 x 77");
        assertMessage("Expected a latitude and a longitude, found one", "38.8895");
        assertMessage("Latitude 98.0 is outside -90..90", "98, 10");
        assertMessage("Longitude -181.0 is outside -180..180", "10, -181");
        assertMessage("Minutes must be below 60", "38°75' N, 77° W");
        assertMessage("Both coordinates have a N/S", "38 N, 77 S");
        assertMessage("either a minus sign or a hemisphere letter", "-38 N, 77 W");
        assertMessage("Not a valid MGRS reference", "18SUJ234810648");
    }

    private static void assertMessage(String expectedStart, String input) {
        ParseException e = assertThrows(ParseException.class, () -> CoordinateFormat.parseLatLon(input), input);
        assertTrue(e.getMessage().contains(expectedStart), () -> "message for \"" + input + "\": " + e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"BAD", "ABC", "Yak", "ZZZ", "AAA", "Abe", "ash", "13T EF"})
    void ordinaryWordsAndGridSquaresWithoutDigitsAreNotCoordinates(String word) {
        assertThrows(
                java.text.ParseException.class,
                () -> CoordinateFormat.parseLatLon(word),
                word + " is a word, not a grid reference");
    }

    @org.junit.jupiter.api.Test
    void aRealGridReferenceWithItsDigitsStillReads() throws Exception {
        String mgrs = CoordinateFormat.mgrs(41.1335, -104.8667);
        double[] ll = CoordinateFormat.parseLatLon(mgrs);
        org.junit.jupiter.api.Assertions.assertEquals(41.1335, ll[0], 1e-4);
        String ups = CoordinateFormat.mgrs(-85, 30);
        org.junit.jupiter.api.Assertions.assertTrue(ups.startsWith("A") || ups.startsWith("B"), ups);
        org.junit.jupiter.api.Assertions.assertEquals(-85, CoordinateFormat.parseLatLon(ups)[0], 1e-4);
    }
}
