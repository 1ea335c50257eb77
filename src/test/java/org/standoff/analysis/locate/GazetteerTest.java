package org.standoff.analysis.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.standoff.model.MiningSite;

/** The bundled gazetteer finds US places, counties, states and world cities, larger places first. */
class GazetteerTest {

    private static final Gazetteer BUNDLED = Gazetteer.bundled();

    private static List<String> labels(String text) {
        return BUNDLED.search(text, 8).stream().map(h -> h.place().label()).toList();
    }

    @Test
    void bundledGazetteerHoldsWorldPlacesAndEveryUsCountyAndState() {
        assertTrue(BUNDLED.size() > 135_000, "places: " + BUNDLED.size());
        long counties = BUNDLED.search("county", 10_000).size();
        assertTrue(counties > 2900, "counties named ... County: " + counties);
    }

    @Test
    void cheyenneIsTheWyomingCityFirstThenSmallerPlacesThenCounties() {
        List<Gazetteer.Hit> hits = BUNDLED.search("Cheyenne", 8);
        Gazetteer.Place first = hits.get(0).place();
        assertEquals("Cheyenne, WY", first.label());
        assertEquals(41.14, first.lat(), 0.05);
        assertEquals(-104.82, first.lon(), 0.05);
        assertTrue(
                labels("Cheyenne")
                        .containsAll(List.of("Cheyenne County, KS", "Cheyenne County, NE", "Cheyenne County, CO")),
                labels("Cheyenne").toString());
    }

    @Test
    void aQualifierAfterACommaNarrowsToTheStateOrCountry() {
        assertEquals("Cheyenne, WY", labels("cheyenne, wy").get(0));
        assertEquals(List.of("Cheyenne, OK"), labels("Cheyenne, Oklahoma").subList(0, 1));
        assertEquals("Laramie County, WY", labels("Laramie County, Wyoming").get(0));
        assertEquals("Paris, France", labels("Paris, France").get(0));
        assertTrue(
                labels("Paris, TX").get(0).equals("Paris, TX"),
                labels("Paris, TX").toString());
    }

    @Test
    void largerPlacesComeFirstAndAccentsDotsAndCaseAreIgnored() {
        assertEquals("Paris, France", labels("paris").get(0), "Paris, France before Paris, TX");
        assertEquals("St. Louis, MO", labels("st louis").get(0));
        assertTrue(labels("bogota").get(0).startsWith("Bogot"), labels("bogota").toString());
        assertEquals("Wyoming", labels("Wyoming").get(0), "the state before Wyoming, MI");
    }

    @Test
    void aWordInsideTheNameIsFoundAfterNamesThatStartWithTheText() {
        List<Gazetteer.Hit> hits = BUNDLED.search("york", 8);
        assertTrue(
                hits.stream().anyMatch(h -> h.place().label().equals("New York City, NY") && h.tier() == 2),
                hits.toString());
        assertEquals("York, United Kingdom", hits.get(0).place().label());
    }

    @Test
    void locatorOffersGazetteerPlacesAfterTheProjectsOwnExactNames() {
        List<MiningSite> sites = List.of(MiningSite.at("Cheyenne", -104.9, 41.2));
        List<Locator.Match> m = Locator.find("Cheyenne", sites, List.of(), List.of());
        assertEquals(Locator.Kind.SITE, m.get(0).kind());
        assertEquals("Cheyenne, WY", m.get(1).name());
        assertEquals(Locator.Kind.PLACE, m.get(1).kind());
        assertTrue(m.get(1).box().getWidth() > 0.05, "a town is shown by a box around it");
        assertTrue(m.stream().anyMatch(x -> x.kind() == Locator.Kind.COUNTY), m.toString());
    }

    @Test
    void aDamagedLineIsReportedWithItsNumber() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("P\tA\tWY\tUS\t1\t41\t-104\t\t\t\t\nX\tB\n".getBytes(StandardCharsets.UTF_8));
        }
        IOException e = assertThrows(
                IOException.class, () -> Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()), "g.tsv.gz"));
        assertEquals("g.tsv.gz, line 2: expected 11 tab-separated fields, found 2", e.getMessage());
    }
}
