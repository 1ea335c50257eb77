package org.standoff.render.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.geo.WebMercator;

/** The bundled basemap's orientation layers: the Great Lakes are water, rivers run, towns are labelled without overlaps. */
class OrientationLayersTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static boolean inLake(Basemap b, double lon, double lat) {
        return b.lakes(new Envelope(lon, lon, lat, lat)).stream()
                .anyMatch(s -> s.geometry().contains(GF.createPoint(new Coordinate(lon, lat))));
    }

    @Test
    void everyGreatLakeIsWaterAndChicagoIsNot() throws Exception {
        Basemap b = TestBasemap.get();
        assertTrue(inLake(b, -87.0, 43.5), "Lake Michigan");
        assertTrue(inLake(b, -87.5, 47.6), "Lake Superior");
        assertTrue(inLake(b, -82.2, 44.8), "Lake Huron");
        assertTrue(inLake(b, -81.2, 42.2), "Lake Erie");
        assertTrue(inLake(b, -77.8, 43.6), "Lake Ontario");
        assertFalse(inLake(b, -87.75, 41.85), "Chicago is on the shore, not in the lake");
        assertFalse(b.rivers(new Envelope(-91.5, -89.5, 35, 37)).isEmpty(), "the Mississippi passes Memphis");
    }

    @Test
    void theNationalViewLabelsTheBigCitiesAndLeavesTownsOut() throws Exception {
        Basemap b = TestBasemap.get();
        List<String> names = b.townLabels(4, new Envelope(-125, -66, 24, 50)).stream()
                .map(p -> p.town().name())
                .toList();
        assertTrue(names.containsAll(List.of("Chicago", "Houston", "Los Angeles")), names.toString());
        assertFalse(names.contains("Cheyenne"), "a town of 60,000 waits for a closer zoom");
        List<String> closer = b.townLabels(7, new Envelope(-106, -103, 40, 42)).stream()
                .map(p -> p.town().name())
                .toList();
        assertTrue(closer.containsAll(List.of("Cheyenne", "Fort Collins")), closer.toString());
    }

    @Test
    void placedLabelsNeverOverlapAndEveryTileOfAZoomAgrees() throws Exception {
        Basemap b = TestBasemap.get();
        int zoom = 9;
        Envelope view = new Envelope(-75.5, -72.5, 39.8, 41.6); // around New York City, the densest area
        List<TownLabels.Placed> all = b.townLabels(zoom, view);
        assertTrue(all.size() > 100, "a dense area has many labels: " + all.size());
        List<double[]> boxes = all.stream().map(p -> box(p, zoom)).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] c = boxes.get(j);
                boolean overlap = a[0] < c[2] && c[0] < a[2] && a[1] < c[3] && c[1] < a[3];
                assertFalse(
                        overlap,
                        all.get(i).town().name() + " overlaps "
                                + all.get(j).town().name());
            }
        }
        // asking for a quarter of the view gives exactly the labels of the whole view that fall in it
        Envelope quarter = new Envelope(-74.5, -73.0, 40.5, 41.2);
        List<TownLabels.Placed> part = b.townLabels(zoom, quarter);
        assertEquals(
                all.stream()
                        .filter(p -> quarter.contains(p.town().lon(), p.town().lat()))
                        .toList(),
                part);
    }

    @Test
    void theScreenPainterDrawsTownNamesAndThePrintPainterLeavesThemToItsLabelEngine() throws Exception {
        Basemap b = TestBasemap.get();
        int zoom = 8;
        long x = (long) Math.floor(WebMercator.x(-104.82, zoom) / WebMercator.TILE_SIZE);
        long y = (long) Math.floor(WebMercator.y(41.14, zoom) / WebMercator.TILE_SIZE);
        java.awt.image.BufferedImage screen =
                new org.standoff.render.tiles.TileRenderer(BasemapPainter.forScreen(b)).render(zoom, x, y);
        java.awt.image.BufferedImage print =
                new org.standoff.render.tiles.TileRenderer(new BasemapPainter(b)).render(zoom, x, y);
        int differ = 0;
        int dark = 0;
        for (int i = 0; i < 256; i++) {
            for (int j = 0; j < 256; j++) {
                if (screen.getRGB(i, j) != print.getRGB(i, j)) {
                    differ++;
                    if ((screen.getRGB(i, j) & 0xff) < 0x80) {
                        dark++; // town text and dots are dark grey on the pale land
                    }
                }
            }
        }
        assertTrue(
                dark > 30,
                "Cheyenne's dot and name are drawn on the screen tile: " + dark + " dark pixels of " + differ
                        + " changed");
    }

    /** A placed label's estimated box in world pixels, as the layout reserves it. */
    private static double[] box(TownLabels.Placed p, int zoom) {
        double x = WebMercator.x(p.town().lon(), zoom);
        double y = WebMercator.y(p.town().lat(), zoom);
        double w = p.town().name().length() * p.size() * 0.56;
        double h = p.size() * 1.2;
        return p.left()
                ? new double[] {x - 4 - w, y - h / 2, x - 4, y + h / 2}
                : new double[] {x + 4, y - h / 2, x + 4 + w, y + h / 2};
    }
}
