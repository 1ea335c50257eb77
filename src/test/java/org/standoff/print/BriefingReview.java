package org.standoff.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.standoff.io.csv.RulePresets;
import org.standoff.model.Feature;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import org.standoff.sample.SampleProject;
import org.standoff.sample.SyntheticData;
import org.standoff.sample.SyntheticGeography;

/**
 * The two briefings reviewers look at: the sample project's default page and a national page
 * (the {@code standoff sample --large} data, CFIUS close proximity over every installation),
 * each built headless as {@code standoff print} builds it. {@link #main} writes both as PDF and
 * PNG for a person to read; the tests use {@link #sample()} and {@link #national(int)}.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.print.BriefingReview OUT_DIR [SITES]}
 */
public final class BriefingReview {

    static final double MILE = 1609.344;
    static final BriefingLayout LAYOUT = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
    static final BriefingLayout PORTRAIT = BriefingLayout.defaultFor(Paper.LETTER, Orientation.PORTRAIT);

    private BriefingReview() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/briefing-review");
        int sites = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        boolean sampleOnly = sites == 0;
        Files.createDirectories(out);
        write("sample", sample(), out);
        write("sample-portrait", content(SampleProject.build(), PORTRAIT), PORTRAIT, out);
        if (sampleOnly) {
            return;
        }
        long t = System.nanoTime();
        BriefingContent national = national(sites);
        System.out.printf(
                Locale.ROOT,
                "national content (%,d sites, screening included): %.1f s%n",
                sites,
                (System.nanoTime() - t) / 1e9);
        write("national", national, out);
    }

    static void write(String name, BriefingContent c, Path out) throws Exception {
        write(name, c, LAYOUT, out);
    }

    static void write(String name, BriefingContent c, BriefingLayout layout, Path out) throws Exception {
        long t = System.nanoTime();
        BriefingExport.pdf(layout, c, out.resolve(name + ".pdf"));
        double pdf = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        List<Path> png = BriefingExport.png(layout, c, 110, out.resolve(name + ".png"));
        System.out.printf(
                Locale.ROOT,
                "%s: PDF %.2f s %.2f MB; PNG at 110 DPI %.2f s -> %s%n",
                name,
                pdf,
                Files.size(out.resolve(name + ".pdf")) / 1e6,
                (System.nanoTime() - t) / 1e9,
                png);
    }

    /** The sample project's default briefing, as {@code standoff print} makes it. */
    static BriefingContent sample() {
        return content(SampleProject.build());
    }

    /** A national project: 800 installations, 70,000 substations, {@code sites} sites, CFIUS 1 mile around every installation. */
    static BriefingContent national(int sites) {
        return content(nationalProject(sites));
    }

    static Project nationalProject(int siteCount) {
        Layer inst = SyntheticData.installations(800, 1);
        Layer subs = SyntheticGeography.substations(70_000, 2);
        List<Geometry> outlines =
                inst.features().stream().map(Feature::geometry).toList();
        List<MiningSite> sites = new java.util.ArrayList<>(
                SyntheticGeography.sites(siteCount, 3, SyntheticGeography.cities(2), outlines));
        // Beyond the lower 48: Alaska (one island west of 180°), Hawaii, Guam, Puerto Rico.
        double[][] far = {
            {-149.9, 61.2}, {-147.7, 64.8}, {-176.6, 51.9}, {173.2, 52.9}, {-157.9, 21.3}, {144.8, 13.5}, {-66.1, 18.4}
        };
        long id = sites.stream().mapToLong(MiningSite::id).max().orElse(0);
        for (double[] p : far) {
            sites.add(MiningSite.at("SYNTHETIC Far Site " + (++id), p[0], p[1]).withId(id));
        }
        ProjectLayer i = new ProjectLayer(
                "layer-1", inst, LayerRole.INSTALLATIONS, LayerStyle.defaultFor(LayerRole.INSTALLATIONS), true);
        ProjectLayer s = new ProjectLayer(
                "layer-2", subs, LayerRole.SUBSTATIONS, LayerStyle.defaultFor(LayerRole.SUBSTATIONS), true);
        Zone close = new Zone(
                "zone-1",
                "CFIUS close proximity",
                Zone.Kind.LAYER_BUFFER,
                i.id(),
                FeatureFilter.ALL,
                null,
                List.of(Zone.Band.disc(MILE)),
                true,
                "#c0392b",
                "cfius-close");
        return new Project(
                "SYNTHETIC national screening",
                List.of(i, s),
                sites,
                List.of(close),
                RulePresets.load(),
                Project.MapViewState.WHOLE_US,
                Map.of("display.unit", "MILE"));
    }

    static BriefingContent content(Project p) {
        return content(p, LAYOUT);
    }

    static BriefingContent content(Project p, BriefingLayout layout) {
        BriefingContentBuilder b = new BriefingContentBuilder(HeadlessBriefing.snapshot(p));
        return b.build(
                new BriefingFields(p.name(), "", "SYNTHETIC — NOT REAL DATA", "", "BriefingReview", "2026-12-04"),
                layout,
                ExtentChoice.CURRENT_VIEW);
    }
}
