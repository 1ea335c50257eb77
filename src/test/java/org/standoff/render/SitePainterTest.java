package org.standoff.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.model.MiningSite;

class SitePainterTest {

    private static BufferedImage paint(Viewport v, List<MiningSite> sites) {
        BufferedImage img = new BufferedImage((int) v.width(), (int) v.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        SitePainter.paint(new Java2DSurface(g, v.width(), v.height()), v, sites, null);
        g.dispose();
        return img;
    }

    private static boolean drawnAt(BufferedImage img, Viewport v, double lon, double lat) {
        return (img.getRGB((int) v.x(lon), (int) v.y(lat)) >>> 24) > 200;
    }

    @Test
    void theKeptPositionsOfAListDrawTheSitesWhereTheyAre() {
        Viewport v = Viewport.centredOn(-100, 40, 8, 400, 300);
        List<MiningSite> sites = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sites.add(
                    MiningSite.at("s" + i, -100.6 + i * 0.025, 39.7 + i * 0.012).withId(i + 1));
        }
        List<MiningSite> fixed = List.copyOf(sites);
        BufferedImage first = paint(v, fixed);
        BufferedImage again = paint(Viewport.centredOn(-100, 40, 8, 400, 300), fixed); // from the kept positions
        BufferedImage direct = paint(v, sites);
        for (MiningSite s : sites) {
            assertTrue(drawnAt(again, v, s.lon(), s.lat()), s.name());
        }
        assertArrayEquals(first.getRGB(0, 0, 400, 300, null, 0, 400), again.getRGB(0, 0, 400, 300, null, 0, 400));
        assertArrayEquals(first.getRGB(0, 0, 400, 300, null, 0, 400), direct.getRGB(0, 0, 400, 300, null, 0, 400));
    }

    @Test
    void aListChangedInPlaceIsDrawnAsItIsNow() {
        Viewport v = Viewport.centredOn(-100, 40, 8, 400, 300);
        List<MiningSite> sites =
                new ArrayList<>(List.of(MiningSite.at("a", -100.3, 40.1).withId(1)));
        assertTrue(drawnAt(paint(v, sites), v, -100.3, 40.1));
        sites.set(0, MiningSite.at("a", -99.7, 39.9).withId(1));
        BufferedImage moved = paint(v, sites);
        assertTrue(drawnAt(moved, v, -99.7, 39.9), "drawn where it is now");
        assertEquals(0, moved.getRGB((int) v.x(-100.3), (int) v.y(40.1)) >>> 24, "and not where it was");
    }
}
