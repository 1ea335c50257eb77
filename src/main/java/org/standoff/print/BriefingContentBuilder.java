package org.standoff.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.standoff.analysis.Finding;
import org.standoff.geo.LengthUnit;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;
import org.standoff.render.LayerPainter;
import org.standoff.render.Rgba;
import org.standoff.render.SitePainter;
import org.standoff.render.SiteSymbols;
import org.standoff.render.Surface;
import org.standoff.render.SymbolStyle;
import org.standoff.render.Viewport;
import org.standoff.render.ZonePainter;
import org.standoff.render.label.LabelEngine;

/**
 * Builds a {@link BriefingContent} from a {@link ProjectSnapshot}: the map painted with the same
 * painters as the screen (layers, zones in the display unit, sites), the legend from what is
 * shown, the data sources (layer files and rule citations), and one findings row per flagged
 * site inside the map frame, nearest installation first. Plain Java, no controls: safe on any
 * thread. Stateless apart from the snapshot.
 */
public final class BriefingContentBuilder {

    /** The extent used when the map window has no size yet (e.g. before it was shown). */
    static final double[] CONUS = {-124.8, 24.4, -66.9, 49.4};
    /** Zone legend swatches are as faint as ZonePainter's fills, so legend and map match. */
    static final double ZONE_FILL_OPACITY = 0.14;

    private static final Rgba WHITE = Rgba.hex("#ffffff");

    private final ProjectSnapshot project;

    public BriefingContentBuilder(ProjectSnapshot project) {
        this.project = project;
    }

    /** The briefing for one layout: findings are the flagged sites inside that layout's map frame. */
    public BriefingContent build(BriefingFields f, BriefingLayout layout, ExtentChoice extent) {
        BriefingContent base = base(f, extent(extent), List.of());
        Envelope main = BriefingRenderer.mapViewport(layout, base)
                .map(v -> v.lonLatEnvelope(0))
                .orElseGet(() -> envelope(base.extent()));
        List<Envelope> parts = new ArrayList<>(List.of(main));
        base.extent().insets().forEach(i -> parts.add(envelope(i.extent())));
        MapArea frame = new MapArea(parts);
        boolean noRules = project.zones().isEmpty();
        List<Flagged> all = tableRows(frame, noRules);
        List<Flagged> rows = all.size() > MAX_TABLE_ROWS ? all.subList(0, MAX_TABLE_ROWS) : all;
        List<LegendEntry> legend = new ArrayList<>(legend(frame));
        if (all.size() > rows.size() || rows.size() > MapGrid.NUMBERED_ROWS) {
            // The renderer draws a reference grid for such a table (MapGrid.of): say what it is.
            legend.add(LegendEntry.heading("Grid squares (A1…): the table's Map column"));
        }
        return base.withFindings(
                        rows.stream()
                                .map(x -> row(x.site(), x.finding(), project.unit()))
                                .toList(),
                        labels(rows),
                        all.size() - rows.size())
                .withLegend(legend, summary(frame, all, noRules));
    }

    /**
     * A briefing lists at most this many findings rows (about eight pages), nearest first; the
     * summary box says how many there are in all, and {@code standoff analyze} writes them all.
     */
    static final int MAX_TABLE_ROWS = 300;
    /** The summary names this many closest sites. */
    static final int CLOSEST = 2;

    /**
     * The summary box: sites on the map and how many are flagged; per zone band, how many sites
     * lie in it; the three closest sites with their distance and installation; and, when the
     * table is cut to {@link #MAX_TABLE_ROWS}, how many it lists of how many.
     */
    List<String> summary(MapArea frame, List<Flagged> rows, boolean noRules) {
        LengthUnit unit = project.unit();
        List<MiningSite> in = project.sites().stream()
                .filter(s -> frame.contains(s.lon(), s.lat()))
                .toList();
        Map<Long, Finding> findings = project.findings();
        long flagged = in.stream()
                .map(s -> findings.get(s.id()))
                .filter(f -> f != null && f.flagged())
                .count();
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.US, "%,d site%s on this map", in.size(), in.size() == 1 ? "" : "s")
                + (noRules ? " · no zones or rules applied" : String.format(Locale.US, " · %,d flagged", flagged)));
        for (Zone z : project.zones()) {
            for (int b = 0; b < z.bands().size(); b++) {
                int band = b;
                long n = in.stream()
                        .map(s -> findings.get(s.id()))
                        .filter(f -> f != null
                                && f.hits().stream().anyMatch(h -> h.zoneId().equals(z.id()) && h.bandIndex() == band))
                        .count();
                out.add(String.format(
                        Locale.US,
                        "  %s · %s: %,d",
                        z.name(),
                        ZonePainter.radius(z.bands().get(b), unit),
                        n));
            }
        }
        if (!rows.isEmpty()) {
            for (Flagged x : rows.subList(0, Math.min(CLOSEST, rows.size()))) {
                Finding.NearestFeature n = x.finding().nearestInstallation().orElse(null);
                out.add((x == rows.get(0) ? "Closest: " : "  then ")
                        + (n == null
                                ? siteName(x.site())
                                : distance(n.distanceMetres(), unit) + ", " + siteName(x.site()) + " (" + featureName(n)
                                        + ")"));
            }
        }
        if (rows.size() > MAX_TABLE_ROWS) {
            out.add(String.format(
                    Locale.US,
                    "The table lists the %,d nearest of %,d; the findings CSV export lists all.",
                    MAX_TABLE_ROWS,
                    rows.size()));
        }
        return out;
    }

    /**
     * The base of an atlas: every flagged site's row (the atlas picks each page's own by site
     * name) over the current view; {@link org.standoff.print.Atlas#pages} sets each page's extent.
     */
    public BriefingContent atlasBase(BriefingFields f) {
        return base(f, extent(ExtentChoice.CURRENT_VIEW), findings((MapArea) null));
    }

    /**
     * The atlas: one briefing per flagged site ({@link Atlas#pages}), each page's legend and
     * summary made from what its own frame shows, its map names those inside the frame (an
     * atlas page is about one site; the overview says what lies elsewhere).
     */
    public List<BriefingContent> atlasPages(BriefingFields f, BriefingLayout layout, double scaleDenominator) {
        boolean noRules = project.zones().isEmpty();
        List<BriefingContent> out = new ArrayList<>();
        for (BriefingContent page : Atlas.pages(atlasBase(f), flaggedSites(), scaleDenominator)) {
            Envelope env = BriefingRenderer.mapViewport(layout, page)
                    .map(v -> v.lonLatEnvelope(0))
                    .orElseGet(() -> envelope(page.extent()));
            MapArea area = new MapArea(List.of(env));
            List<MapLabel> labels = page.mapLabels().stream()
                    .filter(l -> env.contains(l.lon(), l.lat()))
                    .toList();
            out.add(page.withFindings(page.findings(), labels)
                    .withLegend(legend(area), summary(area, tableRows(area, noRules), noRules)));
        }
        return out;
    }

    /** The flagged sites, nearest to an installation first: the atlas's pages. */
    public List<MiningSite> flaggedSites() {
        return tableRows(null, false).stream().map(Flagged::site).toList();
    }

    private BriefingContent base(BriefingFields f, MapExtent extent, List<FindingRow> rows) {
        Rgba marking = f.markingColour().isEmpty() ? null : Rgba.hex(f.markingColour());
        return new BriefingContent(
                f.title(),
                f.subtitle(),
                f.marking(),
                marking,
                f.author(),
                f.date(),
                dataSources(),
                extent,
                painter(),
                labels(List.of()),
                legend(),
                FindingRow.HEADERS,
                rows,
                List.of(),
                0,
                datumNotes());
    }

    /** The map extent: the view's lon/lat box, or the chosen scale at the view's centre. */
    public MapExtent extent(ExtentChoice choice) {
        if (choice.isAllSites() && !project.sites().isEmpty()) {
            Envelope e = HeadlessBriefing.frame(project.sites(), project.layers(), project.findings());
            double west = clamp(e.getMinX(), -180, 179.9);
            double south = clamp(e.getMinY(), -85, 84.9);
            return national(e)
                    .orElse(MapExtent.box(
                            west, south, clamp(e.getMaxX(), west + 1e-6, 180), clamp(e.getMaxY(), south + 1e-6, 85)));
        }
        if (choice.isAllSites()) {
            return extent(ExtentChoice.CURRENT_VIEW);
        }
        var v = project.view();
        boolean sized = v.width() >= 1 && v.height() >= 1;
        double cLon = sized ? v.lon(v.width() / 2) : (CONUS[0] + CONUS[2]) / 2;
        double cLat = sized ? v.lat(v.height() / 2) : (CONUS[1] + CONUS[3]) / 2;
        if (!choice.isCurrentView()) {
            return MapExtent.centred(clamp(cLon, -180, 180), clamp(cLat, -85, 85), choice.scaleDenominator());
        }
        if (!sized) {
            return MapExtent.box(CONUS[0], CONUS[1], CONUS[2], CONUS[3]);
        }
        Envelope e = v.lonLatEnvelope(0);
        double west = clamp(e.getMinX(), -180, 179.9);
        double south = clamp(e.getMinY(), -85, 84.9);
        return national(e)
                .orElse(MapExtent.box(
                        west, south, clamp(e.getMaxX(), west + 1e-6, 180), clamp(e.getMaxY(), south + 1e-6, 85)));
    }

    /**
     * The lower 48 with insets for Alaska, Hawaii and the territories when the view holds sites
     * (or their nearest installations) both in the lower 48 and beyond it; see {@link UsInsets}.
     */
    private Optional<MapExtent> national(Envelope view) {
        List<double[]> points = new ArrayList<>();
        for (MiningSite s : project.sites()) {
            if (view.contains(s.lon(), s.lat())) {
                points.add(new double[] {s.lon(), s.lat()});
                Finding f = project.findings().get(s.id());
                if (f != null) {
                    f.nearestInstallation().ifPresent(n -> points.add(new double[] {n.nearestLon(), n.nearestLat()}));
                }
            }
        }
        return UsInsets.plan(points);
    }

    /** Paints layers, zones and sites as the screen does, without the screen's selection highlights. */
    public MapPainter painter() {
        List<ProjectLayer> layers = project.layers();
        var shapes = project.zoneShapes();
        List<MiningSite> sites = project.sites();
        LengthUnit unit = project.unit();
        return new MapPainter() {
            @Override
            public void paint(Surface s, Viewport v) {
                LabelEngine labels = new LabelEngine(s.width(), s.height(), 0);
                paint(s, v, labels);
                labels.draw(s);
            }

            @Override
            public void paint(Surface s, Viewport v, LabelEngine labels) {
                LayerPainter.paint(s, v, layers, Set.of());
                ZonePainter.paint(s, v, shapes, null, unit, labels);
                SitePainter.paint(s, v, sites, null);
            }
        };
    }

    /**
     * The map's names: every site (flagged ones, in table order, carry their row number so the
     * map can show "7" for row 7 where the name finds no room), then the installations of the
     * visible installation layers. {@code rows} are the findings table's sites, in order.
     */
    private List<MapLabel> labels(List<Flagged> rows) {
        List<MapLabel> out = new ArrayList<>();
        Set<Long> listed = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            MiningSite s = rows.get(i).site();
            listed.add(s.id());
            out.add(MapLabel.site(siteName(s), s.lon(), s.lat(), true, i + 1));
        }
        for (MiningSite s : project.sites()) {
            if (!listed.contains(s.id())) {
                Finding f = project.findings().get(s.id());
                out.add(MapLabel.site(siteName(s), s.lon(), s.lat(), f != null && f.flagged(), 0));
            }
        }
        for (ProjectLayer l : project.layers()) {
            if (l.visible()
                    && l.role() == org.standoff.model.LayerRole.INSTALLATIONS
                    && l.data().nameFieldIndex() >= 0) {
                for (org.standoff.model.Feature feature : l.data().features()) {
                    String name = l.data().featureName(feature);
                    // a null shape (empty geometry) has no place for its name
                    if (name != null && !name.isBlank() && !feature.geometry().isEmpty()) {
                        org.locationtech.jts.geom.Point p = feature.geometry().getInteriorPoint();
                        out.add(MapLabel.installation(
                                name, p.getX(), p.getY(), feature.geometry().getEnvelopeInternal()));
                    }
                }
            }
        }
        return out;
    }

    /** Legend: visible layers (top of the panel first), then zones, then the site symbols. */
    public List<LegendEntry> legend() {
        return legend(null);
    }

    /**
     * The legend of what a frame shows (everything when {@code frame} is null): visible layers
     * with features in it (top of the panel first), zones reaching into it, then the site
     * symbols of the sites in it, explained (shape = status, colour = control), and a note on
     * the row numbers when the map can carry them.
     */
    List<LegendEntry> legend(MapArea frame) {
        List<LegendEntry> out = new ArrayList<>();
        List<ProjectLayer> panelOrder = new ArrayList<>(project.layers());
        java.util.Collections.reverse(panelOrder);
        for (ProjectLayer l : panelOrder) {
            if (l.visible()
                    && (frame == null
                            || frame.intersects(l.data().envelope())
                                    && l.data().features().stream().anyMatch(ft -> frame.shows(ft.geometry())))) {
                layerEntry(l).ifPresent(out::add);
            }
        }
        for (Zone z : project.zones()) {
            boolean shown = frame == null
                    || project.zoneShapes().stream()
                            .anyMatch(sh -> sh.zone().id().equals(z.id()) && frame.shows(sh.geometry()));
            if (shown) {
                Rgba c = ZonePainter.colour(z);
                out.add(LegendEntry.area(zoneLabel(z, project.unit()), c.withOpacity(ZONE_FILL_OPACITY), c));
            }
        }
        List<MiningSite> sites = frame == null
                ? project.sites()
                : project.sites().stream()
                        .filter(s -> frame.contains(s.lon(), s.lat()))
                        .toList();
        out.addAll(siteEntries(sites));
        if (frame != null && !sites.isEmpty()) {
            out.add(LegendEntry.heading("Numbers on the map: findings table rows"));
        }
        return out;
    }

    /**
     * The rows of {@link SiteSymbols#legend()} that the project's sites use: a status shape only
     * if some site has it, a control colour only if some site has it. The full seven rows would
     * push the layers and zones out of a small legend box for symbols the map does not show.
     */
    List<LegendEntry> siteEntries() {
        return siteEntries(project.sites());
    }

    /** The rows of {@link SiteSymbols#legend()} these sites use, under "shape" and "colour" headings. */
    static List<LegendEntry> siteEntries(List<MiningSite> sites) {
        Set<SymbolStyle.Shape> shapes = sites.stream().map(SiteSymbols::shape).collect(Collectors.toSet());
        Set<String> controls =
                sites.stream().map(s -> SiteSymbols.Control.of(s).label()).collect(Collectors.toSet());
        Set<String> controlLabels = java.util.Arrays.stream(SiteSymbols.Control.values())
                .map(SiteSymbols.Control::label)
                .collect(Collectors.toSet());
        List<LegendEntry> status = new ArrayList<>();
        List<LegendEntry> control = new ArrayList<>();
        for (SiteSymbols.LegendItem item : SiteSymbols.legend()) {
            boolean isControl = controlLabels.contains(item.label());
            if (isControl
                    ? controls.contains(item.label())
                    : shapes.contains(item.symbol().shape())) {
                (isControl ? control : status).add(LegendEntry.symbol(item.label(), item.symbol()));
            }
        }
        List<LegendEntry> out = new ArrayList<>();
        if (!status.isEmpty()) {
            out.add(LegendEntry.heading("Mining sites: shape = status"));
            out.addAll(status);
        }
        if (!control.isEmpty()) {
            out.add(LegendEntry.heading("Mining sites: colour = control"));
            out.addAll(control);
        }
        return out;
    }

    /** An area, line or symbol swatch after the layer's dominant geometry (areas win, then lines). */
    private static Optional<LegendEntry> layerEntry(ProjectLayer l) {
        int dim = l.data().features().stream()
                .mapToInt(f -> f.geometry().getDimension())
                .max()
                .orElse(-1);
        Rgba c = Rgba.hex(l.style().color());
        return switch (dim) {
            case 2 ->
                Optional.of(LegendEntry.area(l.name(), c.withOpacity(l.style().fillOpacity()), c));
            case 1 -> Optional.of(LegendEntry.line(l.name(), c));
            case 0 ->
                Optional.of(LegendEntry.symbol(
                        l.name(),
                        new SymbolStyle(SymbolStyle.Shape.CIRCLE, l.style().pointSize(), c, WHITE, 1.0)));
            default -> Optional.empty();
        };
    }

    /** "CFIUS close proximity · 1 mi" or, for several bands, "Name · 1 mi, 1–100 mi". */
    static String zoneLabel(Zone z, LengthUnit unit) {
        String radii = z.bands().stream()
                .map(b -> (b.isRing() ? ZonePainter.number(unit.fromMetres(b.innerMetres())) + "–" : "")
                        + ZonePainter.number(unit.fromMetres(b.outerMetres())) + " " + unit.symbol())
                .collect(Collectors.joining(", "));
        return z.name() + " · " + radii;
    }

    /**
     * Each visible layer's source, by file name and import date (never the analyst's local path,
     * which means nothing to a reader and tells what it should not), then the citation of every
     * rule a zone was made from.
     */
    public List<String> dataSources() {
        Set<String> out = new LinkedHashSet<>();
        List<ProjectLayer> panelOrder = new ArrayList<>(project.layers());
        java.util.Collections.reverse(panelOrder);
        for (ProjectLayer l : panelOrder) {
            if (l.visible()) {
                out.add(l.data()
                        .source()
                        .map(s -> l.name() + ": " + sourceText(s))
                        .orElse(l.name()));
            }
        }
        for (Zone z : project.zones()) {
            rule(z.ruleId())
                    .filter(r -> !r.citation().isBlank())
                    .ifPresent(r -> out.add(r.name() + ": " + r.citation()));
        }
        return List.copyOf(out);
    }

    /**
     * "installations.shp, imported 2026-03-01, NAD27 to WGS 84 (4) (EPSG:1173), accuracy 10 m": the
     * file's own name, the day it was read and, unless the layer was on WGS 84 already, the datum
     * transformation that took it there with its stated accuracy.
     */
    static String sourceText(org.standoff.model.LayerSource s) {
        String path = s.path().replace('\\', '/');
        String name = path.substring(path.lastIndexOf('/') + 1);
        String text = s.importedAt() == null
                ? name
                : name + ", imported " + s.importedAt().toString().substring(0, 10);
        boolean exact = s.datumAccuracyMetres() != null && s.datumAccuracyMetres() == 0;
        return s.datumRecorded() && !exact ? text + ", " + s.datumOperation() : text;
    }

    /**
     * One note per visible layer whose datum transformation is unknown or coarser than the
     * one-mile rule allows ({@link org.standoff.model.LayerSource#datumWarning()}), for the map's notice box.
     */
    public List<String> datumNotes() {
        List<String> out = new ArrayList<>();
        for (ProjectLayer l : project.layers()) {
            if (l.visible()) {
                l.data()
                        .source()
                        .flatMap(org.standoff.model.LayerSource::datumWarning)
                        .ifPresent(w -> out.add(l.name() + ": " + w));
            }
        }
        return out;
    }

    private Optional<Rule> rule(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return project.ruleSets().stream()
                .map(RuleSet::rules)
                .flatMap(List::stream)
                .filter(r -> r.id().equals(id))
                .findFirst();
    }

    /** What a map shows: its main frame's lon/lat box and its insets' boxes. */
    record MapArea(List<Envelope> parts) {
        boolean contains(double lon, double lat) {
            return parts.stream().anyMatch(p -> p.contains(lon, lat));
        }

        boolean intersects(Envelope e) {
            return parts.stream().anyMatch(p -> p.intersects(e));
        }

        /** Whether the geometry reaches into the map (its envelope first, then the shape itself). */
        boolean shows(org.locationtech.jts.geom.Geometry g) {
            if (!intersects(g.getEnvelopeInternal())) {
                return false;
            }
            if (g.getEnvelopeInternal().getWidth() == 0 || g.getNumPoints() < 8) {
                return true;
            }
            org.locationtech.jts.geom.GeometryFactory gf = g.getFactory();
            return parts.stream().anyMatch(p -> g.intersects(gf.toGeometry(p)));
        }
    }

    private record Flagged(MiningSite site, Finding finding) {
        double installationMetres() {
            return finding.nearestInstallation()
                    .map(Finding.NearestFeature::distanceMetres)
                    .orElse(Double.POSITIVE_INFINITY);
        }
    }

    /** Rows for the nearest-installation table of a project without zones or rules: this many, nearest first. */
    static final int NEAREST_ROWS = 25;

    /**
     * Rows for the flagged sites inside {@code frame} (all flagged sites when null), nearest
     * installation first. A project with no zones or rules flags nothing, yet "how close" is
     * still the question: it gets the {@link #NEAREST_ROWS} sites nearest an installation
     * instead of "No findings".
     */
    List<FindingRow> findings(Envelope frame) {
        return findings(frame == null ? null : new MapArea(List.of(frame)));
    }

    List<FindingRow> findings(MapArea frame) {
        LengthUnit unit = project.unit();
        return tableRows(frame, project.zones().isEmpty()).stream()
                .map(x -> row(x.site(), x.finding(), unit))
                .toList();
    }

    /** The flagged sites in the frame, or with {@code noRules} the sites nearest an installation. */
    private List<Flagged> tableRows(MapArea frame, boolean noRules) {
        Map<Long, Finding> findings = project.findings();
        java.util.stream.Stream<Flagged> rows = project.sites().stream()
                .filter(s -> frame == null || frame.contains(s.lon(), s.lat()))
                .map(s -> new Flagged(s, findings.get(s.id())))
                .filter(x -> x.finding() != null
                        && (noRules
                                ? x.finding().nearestInstallation().isPresent()
                                : x.finding().flagged()))
                .sorted(Comparator.comparingDouble(Flagged::installationMetres).thenComparing(x -> siteName(x.site())));
        return (noRules ? rows.limit(NEAREST_ROWS) : rows).toList();
    }

    static FindingRow row(MiningSite s, Finding f, LengthUnit unit) {
        Optional<Finding.NearestFeature> inst = f.nearestInstallation();
        Optional<Finding.NearestFeature> sub = f.nearestSubstation();
        String tripped =
                f.hits().stream().map(Finding.ZoneHit::zoneName).distinct().collect(Collectors.joining(", "));
        return new FindingRow(
                siteName(s),
                inst.map(BriefingContentBuilder::featureName).orElse("—"),
                inst.map(n -> distance(n, unit)).orElse(""),
                sub.map(BriefingContentBuilder::featureName).orElse("—"),
                sub.map(n -> distance(n, unit)).orElse(""),
                tripped);
    }

    /** The distance, with "±10 m" after it when the feature's datum transformation is coarser than the one-mile rule allows. */
    private static String distance(Finding.NearestFeature n, LengthUnit unit) {
        String d = distance(n.distanceMetres(), unit);
        double a = n.datumAccuracyMetres();
        return a > org.standoff.model.LayerSource.COARSE_DATUM_METRES
                ? d + String.format(java.util.Locale.ROOT, " ±%.0f m", a)
                : d;
    }

    private static String featureName(Finding.NearestFeature n) {
        return n.featureName() == null || n.featureName().isBlank()
                ? n.layerName() + " #" + n.featureId()
                : n.featureName();
    }

    static String siteName(MiningSite s) {
        return s.name() == null ? "Site " + s.id() : s.name();
    }

    /**
     * A distance with the precision a reader needs: "0.84 mi" under 10, "27.3 mi" under 100,
     * "152 mi" beyond, "0 mi" for a site inside (distance 0). Three significant figures keep
     * the table honest without implying survey accuracy.
     */
    public static String distance(double metres, LengthUnit unit) {
        double v = unit.fromMetres(metres);
        String n;
        if (v == 0) {
            n = "0";
        } else if (v < 0.01) {
            n = "< 0.01";
        } else if (v < 10) {
            n = String.format(Locale.US, "%.2f", v);
        } else if (v < 100) {
            n = String.format(Locale.US, "%.1f", v);
        } else {
            n = String.format(Locale.US, "%,.0f", v);
        }
        return n + " " + unit.symbol();
    }

    private static Envelope envelope(MapExtent e) {
        if (!e.isScale()) {
            return new Envelope(e.west(), e.east(), e.south(), e.north());
        }
        return new Envelope(-180, 180, -85, 85);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
