package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF and PNG come from one painter ({@link BriefingRenderer} over a {@link PageCanvas}): the
 * same page exported both ways, the PDF rasterised by PDFBox at the PNG's resolution, agrees
 * pixel by pixel apart from antialiasing and font differences (the PNG uses Java's SansSerif,
 * the PDF embeds DejaVu). Text is kept to a minimum: only the map element is visible (basemap,
 * zones, installations, substations, site symbols; no map labels), so the comparison measures
 * the geometry. A page whose map is shifted must fail the same comparison, so the threshold
 * means something.
 */
class PdfPngParityTest {

    static final int DPI = 72;
    /** Largest Euclidean RGB distance a pixel may differ by and still count as agreeing. */
    static final double TOLERANCE = 40;
    /** Share of pixels that must agree. */
    static final double REQUIRED = 0.97;

    @TempDir
    Path dir;

    /** Letter landscape with every element but the map hidden. */
    static BriefingLayout mapOnly() {
        BriefingLayout l = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        return l.withElements(l.elements().stream()
                .map(e -> e.withVisible(e.kind() == ElementKind.MAP))
                .toList());
    }

    /** The sample briefing without map labels, so the map frame has no text of ours. */
    static BriefingContent noLabels(MapExtent extent) throws Exception {
        BriefingPdfTest.load();
        SampleBriefing d = BriefingPdfTest.data;
        return new BriefingContent(
                "t",
                "",
                "",
                null,
                "",
                "",
                List.of(),
                extent,
                d.painter(SampleBriefing.ZONE_FILL),
                List.of(),
                List.of(),
                FindingRow.HEADERS,
                List.of());
    }

    BufferedImage pdfImage(BriefingLayout layout, BriefingContent c, String name) throws Exception {
        Path pdf = dir.resolve(name + ".pdf");
        BriefingExport.pdf(BriefingPdfTest.renderer, layout, c, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB);
        }
    }

    BufferedImage pngImage(BriefingLayout layout, BriefingContent c, String name) throws Exception {
        List<Path> files = BriefingExport.png(BriefingPdfTest.renderer, layout, c, DPI, dir.resolve(name + ".png"));
        return ImageIO.read(files.get(0).toFile());
    }

    /** Share of pixels of the whole page whose RGB distance is within {@link #TOLERANCE}. */
    static double agreement(BufferedImage a, BufferedImage b) {
        return agreement(a, b, new Rect(0, 0, a.getWidth(), a.getHeight()), 0);
    }

    /**
     * Share of the pixels in {@code r} (pixels) of {@code a} that have a pixel within
     * {@link #TOLERANCE} in {@code b} at most {@code radius} pixels away: radius 1 forgives
     * antialiasing that lands a one-pixel line on the neighbouring pixel.
     */
    static double agreement(BufferedImage a, BufferedImage b, Rect r, int radius) {
        assertEquals(a.getWidth(), b.getWidth(), "width");
        assertEquals(a.getHeight(), b.getHeight(), "height");
        int x0 = (int) r.x();
        int y0 = (int) r.y();
        int x1 = (int) Math.min(a.getWidth(), Math.ceil(r.right()));
        int y1 = (int) Math.min(a.getHeight(), Math.ceil(r.bottom()));
        long ok = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = a.getRGB(x, y);
                search:
                for (int j = Math.max(0, y - radius); j <= Math.min(b.getHeight() - 1, y + radius); j++) {
                    for (int i = Math.max(0, x - radius); i <= Math.min(b.getWidth() - 1, x + radius); i++) {
                        if (distance(p, b.getRGB(i, j)) <= TOLERANCE) {
                            ok++;
                            break search;
                        }
                    }
                }
            }
        }
        return ok / (double) ((long) (x1 - x0) * (y1 - y0));
    }

    static double distance(int p, int q) {
        int dr = ((p >> 16) & 0xff) - ((q >> 16) & 0xff);
        int dg = ((p >> 8) & 0xff) - ((q >> 8) & 0xff);
        int db = (p & 0xff) - (q & 0xff);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    /** The map frame in pixels at {@link #DPI}. */
    static Rect mapFrame(BriefingLayout layout) {
        Rect r = layout.pageRect(layout.visible(ElementKind.MAP).orElseThrow());
        double k = DPI / 72.0;
        return new Rect(r.x() * k, r.y() * k, r.width() * k, r.height() * k);
    }

    /** With -Dstandoff.parityDir=DIR, writes both images and a difference map there for a person to look at. */
    static void dump(BufferedImage pdf, BufferedImage png, String name) throws java.io.IOException {
        String d = System.getProperty("standoff.parityDir");
        if (d == null) {
            return;
        }
        Path out = Path.of(d);
        java.nio.file.Files.createDirectories(out);
        ImageIO.write(pdf, "png", out.resolve(name + "-pdf.png").toFile());
        ImageIO.write(png, "png", out.resolve(name + "-png.png").toFile());
        BufferedImage diff = new BufferedImage(pdf.getWidth(), pdf.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < pdf.getHeight(); y++) {
            for (int x = 0; x < pdf.getWidth(); x++) {
                int p = pdf.getRGB(x, y);
                int q = png.getRGB(x, y);
                int dr = ((p >> 16) & 0xff) - ((q >> 16) & 0xff);
                int dg = ((p >> 8) & 0xff) - ((q >> 8) & 0xff);
                int db = (p & 0xff) - (q & 0xff);
                boolean off = Math.sqrt(dr * dr + dg * dg + db * db) > TOLERANCE;
                diff.setRGB(x, y, off ? 0xff0000 : (0xffffff - ((0xffffff - (q & 0xffffff)) >> 2 & 0x3f3f3f)));
            }
        }
        ImageIO.write(diff, "png", out.resolve(name + "-diff.png").toFile());
    }

    /** Share of non-paper pixels in the image: the comparison must not be of a blank page. */
    static double inked(BufferedImage a) {
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xffffff) != (PrintStyles.PAPER.argb() & 0xffffff)) {
                    n++;
                }
            }
        }
        return n / (double) ((long) a.getWidth() * a.getHeight());
    }

    /**
     * Both measures: the whole page pixel for pixel, and the map frame alone (where all the
     * drawing is, so blank paper does not dilute it) allowing one pixel of antialiasing shift,
     * in both directions (the lower of the two).
     */
    record Score(double page, double frame) {
        boolean passes() {
            return page >= REQUIRED && frame >= REQUIRED;
        }

        @Override
        public String toString() {
            return String.format(
                    java.util.Locale.ROOT,
                    "page %.2f %%, map frame (1 px) %.2f %% of pixels within %.0f",
                    page * 100,
                    frame * 100,
                    TOLERANCE);
        }
    }

    static Score score(BufferedImage pdf, BufferedImage png, BriefingLayout layout) {
        Rect f = mapFrame(layout);
        return new Score(agreement(pdf, png), Math.min(agreement(pdf, png, f, 1), agreement(png, pdf, f, 1)));
    }

    @Test
    void pdfRasterisedAtThePngResolutionMatchesThePng() throws Exception {
        BriefingLayout layout = mapOnly();
        BriefingContent c = noLabels(BriefingPdfTest.OKLAHOMA);
        BufferedImage pdf = pdfImage(layout, c, "same");
        BufferedImage png = pngImage(layout, c, "same");
        assertEquals(792, png.getWidth());
        assertEquals(612, png.getHeight());
        double inked = inked(png);
        assertTrue(inked > 0.3, "the map should cover much of the page, inked " + inked);
        dump(pdf, png, "same");
        Score s = score(pdf, png, layout);
        System.out.println("PDF vs PNG at " + DPI + " DPI: " + s);
        assertTrue(s.passes(), "PDF and PNG should agree: " + s);
    }

    @Test
    void aShiftedMapFailsTheSameComparison() throws Exception {
        BriefingLayout layout = mapOnly();
        MapExtent o = BriefingPdfTest.OKLAHOMA;
        BufferedImage pdf = pdfImage(layout, noLabels(o), "base");
        // A tenth of the frame to the east: same basemap, same symbols, in other places.
        double dx = (o.east() - o.west()) / 10;
        BufferedImage shifted = pngImage(
                layout, noLabels(MapExtent.box(o.west() + dx, o.south(), o.east() + dx, o.north())), "shifted");
        dump(pdf, shifted, "shifted");
        Score s = score(pdf, shifted, layout);
        System.out.println("PDF vs shifted PNG: " + s);
        assertTrue(s.page() < REQUIRED, "a shifted map should fail the page comparison: " + s);
        assertTrue(s.frame() < REQUIRED, "a shifted map should fail the frame comparison: " + s);
    }

    @Test
    void aPageWithoutTheZonesFailsTheSameComparison() throws Exception {
        BriefingLayout layout = mapOnly();
        BufferedImage pdf = pdfImage(layout, noLabels(BriefingPdfTest.OKLAHOMA), "zones");
        SampleBriefing d = BriefingPdfTest.data;
        BriefingContent basemapOnly = new BriefingContent(
                "t",
                "",
                "",
                null,
                "",
                "",
                List.of(),
                BriefingPdfTest.OKLAHOMA,
                MapPainter.NONE,
                List.of(),
                List.of(),
                FindingRow.HEADERS,
                List.of());
        BufferedImage png = pngImage(layout, basemapOnly, "nozones");
        Score s = score(pdf, png, layout);
        System.out.println("PDF vs PNG without the caller's layers: " + s + " (" + d.zones.size() + " zones missing)");
        assertTrue(!s.passes(), "a page missing its zones, installations and sites should not pass: " + s);
    }
}
