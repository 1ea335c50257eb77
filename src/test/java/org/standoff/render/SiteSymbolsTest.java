package org.standoff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteStatus;

class SiteSymbolsTest {

    /** Every combination of status (four and unknown) and control (yes, no, unknown). */
    private static List<MiningSite> everyKind() {
        List<MiningSite> out = new ArrayList<>();
        List<Parsed<SiteStatus>> statuses = new ArrayList<>();
        for (SiteStatus st : SiteStatus.values()) {
            statuses.add(Parsed.of(st));
        }
        statuses.add(Parsed.empty());
        statuses.add(Parsed.unrecognised("idle"));
        List<Parsed<Boolean>> controls = List.of(Parsed.of(true), Parsed.of(false), Parsed.empty());
        for (Parsed<SiteStatus> st : statuses) {
            for (Parsed<Boolean> c : controls) {
                out.add(MiningSite.at("s", -100, 40).withStatus(st).withForeignControlled(c));
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(SiteSymbols.Scheme.class)
    void theLegendOfASchemeShowsTheColourOfEverySymbolItDraws(SiteSymbols.Scheme scheme) {
        List<SiteSymbols.LegendItem> legend = SiteSymbols.legend(scheme);
        for (MiningSite s : everyKind()) {
            SymbolStyle drawn = SiteSymbols.symbol(s, SiteSymbols.SIZE, scheme);
            assertTrue(
                    legend.stream()
                            .anyMatch(i -> i.symbol().fill().equals(drawn.fill())
                                    || i.symbol()
                                                    .fill()
                                                    .withOpacity(1)
                                                    .equals(drawn.fill().withOpacity(1))
                                            && i.symbol().shape() == SymbolStyle.Shape.CIRCLE),
                    scheme + ": " + s.status() + "/" + s.foreignControlled()
                            + " drawn in a colour the legend does not list");
            if (scheme != SiteSymbols.Scheme.STATUS_AND_CONTROL) {
                assertEquals(SymbolStyle.Shape.CIRCLE, drawn.shape(), "one attribute: circles only");
            } else {
                SymbolStyle.Shape shape = drawn.shape();
                assertTrue(
                        legend.stream().anyMatch(i -> i.symbol().shape() == shape),
                        "the legend lists the shape " + shape);
            }
        }
    }

    @Test
    void byStatusTellsStatusesApartAndIgnoresControl() {
        MiningSite operating = MiningSite.at("a", -100, 40).withStatus(Parsed.of(SiteStatus.OPERATING));
        MiningSite planned = MiningSite.at("b", -100, 40).withStatus(Parsed.of(SiteStatus.PLANNED));
        SiteSymbols.Scheme st = SiteSymbols.Scheme.STATUS;
        assertNotEquals(
                SiteSymbols.symbol(operating, 9, st).fill(),
                SiteSymbols.symbol(planned, 9, st).fill());
        assertEquals(
                SiteSymbols.symbol(operating.withForeignControlled(Parsed.of(true)), 9, st),
                SiteSymbols.symbol(operating.withForeignControlled(Parsed.of(false)), 9, st));
        assertEquals(
                List.of("Operating", "Under construction", "Planned", "Closed", "Status unknown"),
                SiteSymbols.legend(st).stream()
                        .map(SiteSymbols.LegendItem::label)
                        .toList());
    }

    @ParameterizedTest
    @EnumSource(SiteSymbols.Scheme.class)
    void sitesDrawnAlikeShareABatchKeyAndOnlyThen(SiteSymbols.Scheme scheme) {
        List<MiningSite> kinds = everyKind();
        for (MiningSite a : kinds) {
            for (MiningSite b : kinds) {
                int ka = SiteSymbols.key(a, scheme);
                assertTrue(ka >= 0 && ka < SiteSymbols.KEYS);
                assertEquals(
                        SiteSymbols.symbol(a, 9, scheme).equals(SiteSymbols.symbol(b, 9, scheme)),
                        ka == SiteSymbols.key(b, scheme),
                        scheme + " " + a.status() + a.foreignControlled() + " / " + b.status() + b.foreignControlled());
            }
        }
    }

    @Test
    void symbolsKeepTheirScreenSizeWhenZoomedInAndTheChosenSizeIsDrawn() {
        SiteStyle large = SiteStyle.DEFAULT.withSizePx(15);
        for (double zoom : new double[] {8, 12, 16, 19}) {
            Viewport v = Viewport.centredOn(-100, 40, zoom, 200, 200);
            assertEquals(9, SitePainter.symbolSize(v), 1e-9, "zoom " + zoom);
            assertEquals(15, SitePainter.symbolSize(v, large), 1e-9, "zoom " + zoom);
        }
        Viewport v = Viewport.centredOn(-100, 40, 12, 200, 200);
        MiningSite s = MiningSite.at("a", -100, 40)
                .withStatus(Parsed.of(SiteStatus.OPERATING))
                .withForeignControlled(Parsed.of(true));
        int normal = paintedWidth(v, s, SiteStyle.DEFAULT);
        assertTrue(normal >= 9 && normal <= 12, normal + " px with its outline");
        assertEquals(6, paintedWidth(v, s, large) - normal, 1, "6 px wider");
    }

    /** The width in pixels of the opaque run through the centre of one painted site. */
    private static int paintedWidth(Viewport v, MiningSite s, SiteStyle style) {
        BufferedImage img = new BufferedImage((int) v.width(), (int) v.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        SitePainter.paint(new Java2DSurface(g, v.width(), v.height()), v, List.of(s), null, style);
        g.dispose();
        int y = (int) v.y(s.lat());
        int n = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            if ((img.getRGB(x, y) >>> 24) > 128) {
                n++;
            }
        }
        return n;
    }
}
