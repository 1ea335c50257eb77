package org.standoff.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.LengthUnit;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.ProjectLayer;
import org.standoff.model.SiteStatus;
import org.standoff.model.Zone;
import org.standoff.render.LayerPainter;
import org.standoff.render.SitePainter;
import org.standoff.render.ZonePainter;
import org.standoff.sample.SyntheticData;

/**
 * Exports one Letter landscape briefing of a national-scale project: 70,000 substations, 800
 * installations (50–2,000 vertices each), 50 zones of 10 mi circles (shapes precomputed, drawn
 * with ZonePainter), 2,000 sites with labels, 6 findings rows (one page), over the bundled basemap. Prints
 * time and size for the vector PDF and for PNG at 300 DPI. Goals: PDF under 3 s and 5 MB.
 *
 * <p>Not a test (surefire skips *Benchmark). Run:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.print.PrintBenchmark [outDir] [runs]}
 */
public final class PrintBenchmark {

    static final double MILE = 1609.344;

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("print-bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Files.createDirectories(out);

        long t0 = System.nanoTime();
        BriefingContent content = content();
        BriefingRenderer renderer = BriefingExport.bundledRenderer();
        BriefingLayout layout = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        System.out.printf(
                Locale.ROOT,
                "data + zone shapes + basemap load (not timed below): %.2f s%n",
                (System.nanoTime() - t0) / 1e9);

        Path pdf = out.resolve("bench.pdf");
        List<Double> pdfTimes = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long s = System.nanoTime();
            BriefingExport.pdf(renderer, layout, content, pdf);
            double t = (System.nanoTime() - s) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "PDF run %d%s: %.2f s, %.2f MB%n",
                    i,
                    i == 0 ? " (cold)" : "",
                    t,
                    Files.size(pdf) / 1e6);
            if (i > 0) {
                pdfTimes.add(t);
            }
        }
        Path png = out.resolve("bench.png");
        List<Double> pngTimes = new ArrayList<>();
        for (int i = 0; i <= Math.max(1, runs - 1); i++) {
            long s = System.nanoTime();
            List<Path> files = BriefingExport.png(renderer, layout, content, 300, png);
            double t = (System.nanoTime() - s) / 1e9;
            if (files.size() != 1) {
                throw new IllegalStateException("expected one page, got " + files);
            }
            System.out.printf(
                    Locale.ROOT,
                    "PNG 300 DPI run %d%s: %.2f s, %.2f MB%n",
                    i,
                    i == 0 ? " (cold)" : "",
                    t,
                    Files.size(png) / 1e6);
            if (i > 0) {
                pngTimes.add(t);
            }
        }
        double pdfMean = pdfTimes.stream().mapToDouble(d -> d).average().orElse(Double.NaN);
        double pngMean = pngTimes.stream().mapToDouble(d -> d).average().orElse(Double.NaN);
        double pdfMb = Files.size(pdf) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "PDF: warm mean %.2f s (best %.2f s), %.2f MB — goal < 3 s: %s, < 5 MB: %s%n",
                pdfMean,
                pdfTimes.stream().mapToDouble(d -> d).min().orElse(Double.NaN),
                pdfMb,
                pdfMean < 3 ? "met" : "NOT met",
                pdfMb < 5 ? "met" : "NOT met");
        System.out.printf(
                Locale.ROOT, "PNG 300 DPI (3300x2550): warm mean %.2f s, %.2f MB%n", pngMean, Files.size(png) / 1e6);
        breakdown(renderer, layout, out);
        System.out.println("files in " + out);
    }

    /** PDF time and size with one part of the map at a time, to see where the bytes go. */
    static void breakdown(BriefingRenderer renderer, BriefingLayout layout, Path out) throws Exception {
        String[] parts = {"none", "substations", "installations", "zones", "sites", "labels"};
        for (String part : parts) {
            BriefingContent c = content(Set.of(part));
            Path f = out.resolve("part-" + part + ".pdf");
            BriefingExport.pdf(renderer, layout, c, f);
            long s = System.nanoTime();
            BriefingExport.pdf(renderer, layout, c, f);
            System.out.printf(
                    Locale.ROOT,
                    "  PDF with only %-13s %.2f s, %.2f MB%n",
                    part + ":",
                    (System.nanoTime() - s) / 1e9,
                    Files.size(f) / 1e6);
        }
    }

    /** The seeded national-scale briefing. */
    static BriefingContent content() {
        return content(Set.of("substations", "installations", "zones", "sites", "labels"));
    }

    /** The briefing with only the named parts of the map (substations, installations, zones, sites, labels). */
    static BriefingContent content(Set<String> parts) {
        Layer subs = SyntheticData.substations(70_000, 11);
        Layer inst = SyntheticData.installations(800, 12);
        ProjectLayer subLayer = new ProjectLayer(
                "subs", subs, LayerRole.SUBSTATIONS, LayerStyle.defaultFor(LayerRole.SUBSTATIONS), true);
        ProjectLayer instLayer = new ProjectLayer(
                "inst", inst, LayerRole.INSTALLATIONS, LayerStyle.defaultFor(LayerRole.INSTALLATIONS), true);
        List<ProjectLayer> layers = new ArrayList<>();
        if (parts.contains("installations")) {
            layers.add(instLayer);
        }
        if (parts.contains("substations")) {
            layers.add(subLayer);
        }

        Random r = new Random(13);
        GeometryFactory gf = new GeometryFactory();
        List<ZoneShapes.Shape> shapes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            double lon = lerp(SyntheticData.CONUS[0], SyntheticData.CONUS[2], r.nextDouble());
            double lat = lerp(SyntheticData.CONUS[1], SyntheticData.CONUS[3], r.nextDouble());
            Zone z = new Zone(
                    "zone-" + i,
                    "Zone " + (i + 1),
                    Zone.Kind.CIRCLE,
                    null,
                    null,
                    gf.createPoint(new Coordinate(lon, lat)),
                    List.of(Zone.Band.disc(10 * MILE)),
                    false,
                    "#c0392b",
                    null);
            shapes.addAll(ZoneShapes.of(z, Map.of()));
        }

        List<MiningSite> sites = new ArrayList<>();
        SiteStatus[] statuses = SiteStatus.values();
        for (int i = 0; i < 2000; i++) {
            double lon = lerp(SyntheticData.CONUS[0], SyntheticData.CONUS[2], r.nextDouble());
            double lat = lerp(SyntheticData.CONUS[1], SyntheticData.CONUS[3], r.nextDouble());
            sites.add(MiningSite.at("SYNTHETIC Site " + (i + 1), lon, lat)
                    .withId(i + 1)
                    .withStatus(Parsed.of(statuses[r.nextInt(statuses.length)])));
        }
        List<MapLabel> labels = new ArrayList<>();
        for (MiningSite s : sites) {
            labels.add(MapLabel.site(s.name().replace("SYNTHETIC ", ""), s.lon(), s.lat(), s.id() <= 6, (int) s.id()));
        }
        List<FindingRow> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(new FindingRow(
                    sites.get(i).name(),
                    "SYNTHETIC Installation " + (i + 1),
                    "3.2 mi",
                    "SYNTHETIC Substation " + (i + 1),
                    "0.8 mi",
                    "Within 10 mi"));
        }
        MapPainter painter = (s, v) -> {
            LayerPainter.paint(s, v, layers, Set.of());
            if (parts.contains("zones")) {
                ZonePainter.paint(s, v, shapes, null, LengthUnit.MILE);
            }
            if (parts.contains("sites")) {
                SitePainter.paint(s, v, sites, null);
            }
        };
        return new BriefingContent(
                "SYNTHETIC national briefing benchmark",
                "70,000 substations, 800 installations, 50 zones, 2,000 sites",
                "SYNTHETIC — NOT REAL DATA",
                null,
                "PrintBenchmark",
                "2025-01-01",
                List.of("SyntheticData seeds 11, 12, 13"),
                MapExtent.box(-125, 24.5, -66.5, 49.5),
                painter,
                parts.contains("labels") ? labels : List.of(),
                List.of(),
                FindingRow.HEADERS,
                rows);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
