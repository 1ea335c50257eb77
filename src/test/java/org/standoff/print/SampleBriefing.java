package org.standoff.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.standoff.geo.Geodesic;
import org.standoff.model.Feature;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.render.GeometryPath;
import org.standoff.render.LayerPainter;
import org.standoff.render.Rgba;
import org.standoff.render.Stroke;
import org.standoff.render.SymbolStyle;
import org.standoff.sample.SyntheticData;

/**
 * A synthetic briefing for tests and visual review: SYNTHETIC installations and substations
 * around a chosen point, fictional mining sites near the installations (one with an accented
 * name), 10-mile translucent zones around installations, legend and findings.
 */
final class SampleBriefing {

    static final GeometryFactory GF = new GeometryFactory();
    static final Rgba ZONE_FILL = Rgba.hex("#d7191c").withOpacity(0.18);
    static final Rgba ZONE_LINE = Rgba.hex("#d7191c");
    static final SymbolStyle SITE =
            new SymbolStyle(SymbolStyle.Shape.DIAMOND, 9, Rgba.hex("#111111"), Rgba.hex("#ffd400"), 1.2);
    static final double ZONE_METRES = 16093.44;

    final List<ProjectLayer> layers;
    final List<MiningSite> sites;
    final List<Geometry> zones;
    final List<FindingRow> rows;

    private SampleBriefing(
            List<ProjectLayer> layers, List<MiningSite> sites, List<Geometry> zones, List<FindingRow> rows) {
        this.layers = layers;
        this.sites = sites;
        this.zones = zones;
        this.rows = rows;
    }

    /** Installations and substations within the box, sites near the installations. */
    static SampleBriefing around(Envelope box, int siteCount, long seed) {
        Layer inst = SyntheticData.installations(1500, seed);
        Layer subs = SyntheticData.substations(20000, seed + 1);
        List<Feature> nearInst = inst.features().stream()
                .filter(f -> box.intersects(f.geometry().getEnvelopeInternal()))
                .toList();
        List<Feature> nearSubs = subs.features().stream()
                .filter(f -> box.intersects(f.geometry().getEnvelopeInternal()))
                .toList();
        ProjectLayer instLayer = new ProjectLayer(
                "inst",
                new Layer(inst.name(), inst.fields(), nearInst, null),
                LayerRole.INSTALLATIONS,
                LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
                true);
        ProjectLayer subLayer = new ProjectLayer(
                "subs",
                new Layer(subs.name(), subs.fields(), nearSubs, null),
                LayerRole.SUBSTATIONS,
                LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
                true);
        Random r = new Random(seed);
        List<MiningSite> sites = new ArrayList<>();
        String[] names = {
            "Sainte-Geneviève Hashworks",
            "Prairie Compute LLC",
            "Blue Mesa Digital Mining Facility North Expansion",
            "Coyote Ridge Data",
            "Río Bravo Hosting",
            "Northstar Hash",
            "Red Fork Compute",
            "Tall Grass Digital"
        };
        for (int i = 0; i < siteCount && !nearInst.isEmpty(); i++) {
            Point c = nearInst.get(r.nextInt(nearInst.size())).geometry().getCentroid();
            double[] p = Geodesic.destination(c.getX(), c.getY(), r.nextDouble() * 360, 3000 + r.nextDouble() * 25000);
            sites.add(MiningSite.at(
                    "SYNTHETIC " + names[i % names.length] + (i >= names.length ? " " + (i + 1) : ""), p[0], p[1]));
        }
        List<Geometry> zones = new ArrayList<>();
        for (Feature f : nearInst) {
            Point c = f.geometry().getCentroid();
            zones.add(disc(c.getX(), c.getY(), ZONE_METRES));
        }
        List<FindingRow> rows = new ArrayList<>();
        for (MiningSite s : sites) {
            Feature ni = nearest(nearInst, s);
            Feature ns = nearest(nearSubs, s);
            double di = dist(ni, s);
            double ds = dist(ns, s);
            rows.add(new FindingRow(
                    s.name(),
                    (String) ni.value(0),
                    miles(di),
                    ns == null ? "" : (String) ns.value(0),
                    miles(ds),
                    di < ZONE_METRES
                            ? "Within 10 mi of installation; foreign-controlled owner"
                            : "Substation within 5 mi"));
        }
        return new SampleBriefing(List.of(instLayer, subLayer), sites, zones, rows);
    }

    /** A geodesic circle as a 72-gon. */
    static Polygon disc(double lon, double lat, double metres) {
        Coordinate[] ring = new Coordinate[73];
        for (int i = 0; i < 72; i++) {
            double[] p = Geodesic.destination(lon, lat, i * 5.0, metres);
            ring[i] = new Coordinate(p[0], p[1]);
        }
        ring[72] = new Coordinate(ring[0]);
        return GF.createPolygon(ring);
    }

    private static Feature nearest(List<Feature> fs, MiningSite s) {
        return fs.stream().min(Comparator.comparingDouble(f -> dist(f, s))).orElse(null);
    }

    private static double dist(Feature f, MiningSite s) {
        if (f == null) {
            return Double.NaN;
        }
        Point c = f.geometry().getCentroid();
        return Geodesic.distance(s.lon(), s.lat(), c.getX(), c.getY());
    }

    private static String miles(double m) {
        return Double.isNaN(m) ? "" : String.format(Locale.US, "%.1f mi", m / 1609.344);
    }

    MapPainter painter(Rgba zoneFill) {
        return (s, v) -> {
            s.beginPath();
            for (Geometry z : zones) {
                GeometryPath.trace(s, v, z);
            }
            s.fillPath(zoneFill);
            s.strokePath(new Stroke(ZONE_LINE, 0.8, new double[] {4, 2}));
            LayerPainter.paint(s, v, layers, Set.of());
            double[] xy = new double[sites.size() * 2];
            for (int i = 0; i < sites.size(); i++) {
                xy[2 * i] = v.x(sites.get(i).lon());
                xy[2 * i + 1] = v.y(sites.get(i).lat());
            }
            s.symbols(xy, sites.size(), SITE);
        };
    }

    List<MapLabel> labels() {
        List<MapLabel> l = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            l.add(MapLabel.site(
                    sites.get(i).name(), sites.get(i).lon(), sites.get(i).lat(), true, i + 1));
        }
        return l;
    }

    List<LegendEntry> legend() {
        LayerStyle is = LayerStyle.defaultFor(LayerRole.INSTALLATIONS);
        LayerStyle ss = LayerStyle.defaultFor(LayerRole.SUBSTATIONS);
        return List.of(
                LegendEntry.symbol("Cryptocurrency mining site (synthetic)", SITE),
                LegendEntry.area(
                        "Military installation",
                        Rgba.hex(is.color()).withOpacity(is.fillOpacity()),
                        Rgba.hex(is.color())),
                LegendEntry.area("10 mi standoff zone", ZONE_FILL, ZONE_LINE),
                LegendEntry.symbol(
                        "Electrical substation",
                        new SymbolStyle(SymbolStyle.Shape.CIRCLE, 5, Rgba.hex(ss.color()), Rgba.hex("#ffffff"), 1)),
                LegendEntry.line("State boundary", Rgba.hex("#b3aca0")));
    }

    BriefingContent content(String title, MapExtent extent, List<FindingRow> findings, Rgba zoneFill) {
        return new BriefingContent(
                title,
                "Synthetic data for layout review — proximity of mining sites to installations, 12°30′ sector",
                "CUI // SYNTHETIC — NOT REAL DATA",
                Rgba.hex("#502b85"),
                "J. Müller, Analysis Cell",
                "2025-03-14",
                List.of(
                        "SYNTHETIC installations, Standoff sample generator (seed 7)",
                        "SYNTHETIC substations, Standoff sample generator (seed 8)",
                        "Basemap: Natural Earth 1:50m (public domain); U.S. Census Bureau cartographic boundaries 2017"),
                extent,
                painter(zoneFill),
                labels(),
                legend(),
                FindingRow.HEADERS,
                findings);
    }
}
