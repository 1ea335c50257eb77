package org.standoff.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.standoff.analysis.Finding;
import org.standoff.analysis.ProgressListener;
import org.standoff.analysis.ScreeningOp;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.LengthUnit;
import org.standoff.model.LayerRole;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;
import org.standoff.print.Atlas;
import org.standoff.print.BriefingContent;
import org.standoff.print.BriefingExport;
import org.standoff.print.BriefingLayout;
import org.standoff.print.FindingRow;
import org.standoff.print.LegendEntry;
import org.standoff.print.MapExtent;
import org.standoff.print.MapLabel;
import org.standoff.print.MapPainter;
import org.standoff.print.Orientation;
import org.standoff.print.Paper;
import org.standoff.render.LayerPainter;
import org.standoff.render.Rgba;
import org.standoff.render.SitePainter;
import org.standoff.render.SiteSymbols;
import org.standoff.render.SymbolStyle;
import org.standoff.render.ZonePainter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code standoff print PROJECT --out BRIEF.pdf|BRIEF.png [--layout NAME] [--dpi 300] [--atlas]}:
 * a briefing of the whole project. The content builder here is a headless cut of the desktop's
 * {@code ui.print.BriefingContentBuilder} (which the CLI may not import): it belongs in
 * {@code org.standoff.print} so both can share it.
 */
@Command(name = "print", mixinStandardHelpOptions = true, description = "Print a briefing of a project to PDF or PNG.")
final class PrintCommand implements Callable<Integer> {

    static final String LAYOUT_PREFIX = "print.layout.";
    /** Atlas pages show each site at this scale (about 30 mi across on a Letter page). */
    static final double ATLAS_SCALE = 250_000;
    static final double ZONE_FILL_OPACITY = 0.14;
    private static final Rgba WHITE = Rgba.hex("#ffffff");

    @CommandLine.Parameters(index = "0", paramLabel = "PROJECT.gpkg") private Path project;
    @CommandLine.Option(names = "--out", required = true, paramLabel = "BRIEF.pdf|BRIEF.png") private Path out;
    @CommandLine.Option(names = "--layout", paramLabel = "NAME", description = "A layout saved in the project (default: the first, else Letter landscape).")
    private String layoutName;
    @CommandLine.Option(names = "--dpi", paramLabel = "DPI", description = "PNG resolution (default ${DEFAULT-VALUE}).")
    private int dpi = BriefingExport.DEFAULT_DPI;
    @CommandLine.Option(names = "--atlas", description = "One page per flagged site (PDF only).")
    private boolean atlas;
    @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = n.endsWith(".png");
        if (!png && !n.endsWith(".pdf")) {
            throw new IllegalArgumentException(out + ": give a .pdf or .png file to write");
        }
        if (atlas && png) {
            throw new IllegalArgumentException(out + ": an atlas is written as PDF");
        }
        if (dpi < 36 || dpi > BriefingExport.MAX_DPI) {
            throw new IllegalArgumentException("bad --dpi " + dpi + ": use 36 to " + BriefingExport.MAX_DPI);
        }
        Project p = CliSupport.readProject(project);
        BriefingLayout layout = layout(p, layoutName);
        Briefing b = new Briefing(p);
        if (atlas) {
            BriefingContent base = b.content(null);
            List<MiningSite> flagged = b.flaggedSites(null);
            if (flagged.isEmpty()) {
                throw new IllegalArgumentException(project + ": no flagged sites for an atlas");
            }
            BriefingExport.atlasPdf(layout, Atlas.pages(base, flagged, ATLAS_SCALE), out);
            spec.commandLine().getOut().println("wrote " + flagged.size() + " atlas pages to " + out);
        } else if (png) {
            List<Path> files = BriefingExport.png(layout, b.content(b.extentEnvelope()), dpi, out);
            spec.commandLine().getOut().println("wrote " + files.stream().map(Path::toString).collect(Collectors.joining(", ")));
        } else {
            BriefingExport.pdf(layout, b.content(b.extentEnvelope()), out);
            spec.commandLine().getOut().println("wrote " + out);
        }
        return StandoffCli.EXIT_OK;
    }

    /** The named layout saved in the project, the first saved one (by name) when none is named, else Letter landscape. */
    static BriefingLayout layout(Project p, String name) throws Exception {
        if (name != null) {
            String json = p.settings().get(LAYOUT_PREFIX + name);
            if (json == null) {
                String saved = p.settings().keySet().stream().filter(k -> k.startsWith(LAYOUT_PREFIX))
                        .map(k -> k.substring(LAYOUT_PREFIX.length())).sorted().collect(Collectors.joining(", "));
                throw new IllegalArgumentException("no layout named '" + name + "' in the project" + (saved.isEmpty() ? "" : " (saved: " + saved + ")"));
            }
            return BriefingLayout.fromJson(json);
        }
        Optional<String> first = p.settings().keySet().stream().filter(k -> k.startsWith(LAYOUT_PREFIX)).sorted().findFirst();
        return first.isPresent() ? BriefingLayout.fromJson(p.settings().get(first.get()))
                : BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
    }

    /** The content of a project's briefing: painter, legend, sources, labels and findings, from one screening run. */
    static final class Briefing {
        private final Project p;
        private final LengthUnit unit;
        private final Map<Long, Finding> findings;
        private final List<ZoneShapes.Shape> shapes;

        Briefing(Project p) {
            this.p = p;
            this.unit = unit(p);
            List<Finding> fs = new ScreeningOp(p.layers(), p.zones()).run(p.sites(), ForkJoinPool.commonPool(), ProgressListener.NONE);
            this.findings = fs.stream().collect(Collectors.toMap(Finding::siteId, Function.identity(), (a, b) -> a));
            Map<String, ProjectLayer> byId = p.layers().stream().collect(Collectors.toMap(ProjectLayer::id, Function.identity(), (a, b) -> a));
            List<ZoneShapes.Shape> s = new ArrayList<>();
            for (Zone z : p.zones()) {
                s.addAll(ZoneShapes.of(z, byId));
            }
            this.shapes = List.copyOf(s);
        }

        static LengthUnit unit(Project p) {
            try {
                return LengthUnit.valueOf(p.settings().getOrDefault("display.unit", "MILE"));
            } catch (IllegalArgumentException e) {
                return LengthUnit.MILE;
            }
        }

        /** The installations layers' extent, else all layers', else the sites', else the lower 48; padded 5%. */
        Envelope extentEnvelope() {
            Envelope e = new Envelope();
            p.layers().stream().filter(l -> l.role() == LayerRole.INSTALLATIONS).forEach(l -> e.expandToInclude(l.data().envelope()));
            if (e.isNull()) {
                p.layers().forEach(l -> e.expandToInclude(l.data().envelope()));
            }
            if (e.isNull()) {
                p.sites().forEach(s -> e.expandToInclude(s.lon(), s.lat()));
            }
            if (e.isNull()) {
                e.init(-124.8, -66.9, 24.4, 49.4);
            }
            double pad = Math.max(0.05 * Math.max(e.getWidth(), e.getHeight()), 0.05);
            e.expandBy(pad);
            return e;
        }

        /** Content showing {@code frame} (whole extent when null), with the flagged sites inside it as findings. */
        BriefingContent content(Envelope frame) {
            Envelope e = frame == null ? extentEnvelope() : frame;
            double west = clamp(e.getMinX(), -180, 179.9);
            double south = clamp(e.getMinY(), -85, 84.9);
            MapExtent extent = MapExtent.box(west, south, clamp(e.getMaxX(), west + 1e-6, 180), clamp(e.getMaxY(), south + 1e-6, 85));
            List<FindingRow> rows = flaggedSites(frame).stream().map(s -> row(s, findings.get(s.id()))).toList();
            return new BriefingContent(p.name(), "", "", null, "", LocalDate.now().toString(), dataSources(), extent, painter(), labels(),
                    legend(), FindingRow.HEADERS, rows);
        }

        MapPainter painter() {
            List<ProjectLayer> layers = p.layers();
            List<MiningSite> sites = p.sites();
            return (s, v) -> {
                LayerPainter.paint(s, v, layers, Set.of());
                ZonePainter.paint(s, v, shapes, null, unit);
                SitePainter.paint(s, v, sites, null);
            };
        }

        List<MapLabel> labels() {
            List<MapLabel> out = new ArrayList<>();
            for (MiningSite s : p.sites()) {
                if (s.name() != null) {
                    Finding f = findings.get(s.id());
                    out.add(new MapLabel(s.name(), s.lon(), s.lat(), f != null && f.flagged() ? 2 : 1));
                }
            }
            return out;
        }

        List<LegendEntry> legend() {
            List<LegendEntry> out = new ArrayList<>();
            List<ProjectLayer> panelOrder = new ArrayList<>(p.layers());
            Collections.reverse(panelOrder);
            for (ProjectLayer l : panelOrder) {
                if (l.visible()) {
                    layerEntry(l).ifPresent(out::add);
                }
            }
            for (Zone z : p.zones()) {
                {
                    Rgba c = ZonePainter.colour(z);
                    String radii = z.bands().stream().map(b -> (b.isRing() ? ZonePainter.number(unit.fromMetres(b.innerMetres())) + "–" : "")
                            + ZonePainter.number(unit.fromMetres(b.outerMetres())) + " " + unit.symbol()).collect(Collectors.joining(", "));
                    out.add(LegendEntry.area(z.name() + " · " + radii, c.withOpacity(ZONE_FILL_OPACITY), c));
                }
            }
            Set<SymbolStyle.Shape> siteShapes = p.sites().stream().map(SiteSymbols::shape).collect(Collectors.toSet());
            Set<String> controls = p.sites().stream().map(s -> SiteSymbols.Control.of(s).label()).collect(Collectors.toSet());
            Set<String> controlLabels = java.util.Arrays.stream(SiteSymbols.Control.values()).map(SiteSymbols.Control::label).collect(Collectors.toSet());
            for (SiteSymbols.LegendItem item : SiteSymbols.legend()) {
                boolean isControl = controlLabels.contains(item.label());
                if (isControl ? controls.contains(item.label()) : siteShapes.contains(item.symbol().shape())) {
                    out.add(LegendEntry.symbol(item.label(), item.symbol()));
                }
            }
            return out;
        }

        private static Optional<LegendEntry> layerEntry(ProjectLayer l) {
            int dim = l.data().features().stream().mapToInt(f -> f.geometry().getDimension()).max().orElse(-1);
            Rgba c = Rgba.hex(l.style().color());
            return switch (dim) {
                case 2 -> Optional.of(LegendEntry.area(l.name(), c.withOpacity(l.style().fillOpacity()), c));
                case 1 -> Optional.of(LegendEntry.line(l.name(), c));
                case 0 -> Optional.of(LegendEntry.symbol(l.name(), new SymbolStyle(SymbolStyle.Shape.CIRCLE, l.style().pointSize(), c, WHITE, 1.0)));
                default -> Optional.empty();
            };
        }

        List<String> dataSources() {
            Set<String> out = new LinkedHashSet<>();
            List<ProjectLayer> panelOrder = new ArrayList<>(p.layers());
            Collections.reverse(panelOrder);
            for (ProjectLayer l : panelOrder) {
                if (l.visible()) {
                    out.add(l.data().source().map(s -> l.name() + ": " + s.path()).orElse(l.name()));
                }
            }
            Map<String, Rule> rules = p.ruleSets().stream().map(RuleSet::rules).flatMap(List::stream)
                    .collect(Collectors.toMap(Rule::id, Function.identity(), (a, b) -> a));
            for (Zone z : p.zones()) {
                Rule r = z.ruleId() == null ? null : rules.get(z.ruleId());
                if (r != null && r.citation() != null && !r.citation().isBlank()) {
                    out.add(r.name() + ": " + r.citation());
                }
            }
            return List.copyOf(out);
        }

        /** Flagged sites inside {@code frame} (all when null), nearest to an installation first. */
        List<MiningSite> flaggedSites(Envelope frame) {
            return p.sites().stream()
                    .filter(s -> frame == null || frame.contains(s.lon(), s.lat()))
                    .filter(s -> findings.get(s.id()) != null && findings.get(s.id()).flagged())
                    .sorted(Comparator.comparingDouble((MiningSite s) -> installationMetres(findings.get(s.id()))).thenComparing(Briefing::siteName))
                    .toList();
        }

        private static double installationMetres(Finding f) {
            return f.nearestInstallation().map(Finding.NearestFeature::distanceMetres).orElse(Double.POSITIVE_INFINITY);
        }

        private FindingRow row(MiningSite s, Finding f) {
            String tripped = f.hits().stream().map(Finding.ZoneHit::zoneName).distinct().collect(Collectors.joining(", "));
            return new FindingRow(siteName(s), f.nearestInstallation().map(Briefing::featureName).orElse("—"),
                    f.nearestInstallation().map(x -> distance(x.distanceMetres())).orElse(""),
                    f.nearestSubstation().map(Briefing::featureName).orElse("—"),
                    f.nearestSubstation().map(x -> distance(x.distanceMetres())).orElse(""), tripped);
        }

        private String distance(double metres) {
            double v = unit.fromMetres(metres);
            String n = v == 0 ? "0" : v < 10 ? String.format(Locale.ROOT, "%.2f", v) : v < 100 ? String.format(Locale.ROOT, "%.1f", v)
                    : String.format(Locale.ROOT, "%.0f", v);
            return n + " " + unit.symbol();
        }

        private static String featureName(Finding.NearestFeature n) {
            return n.featureName() == null || n.featureName().isBlank() ? n.layerName() + " #" + n.featureId() : n.featureName();
        }

        static String siteName(MiningSite s) {
            return s.name() == null ? "Site " + s.id() : s.name();
        }

        private static double clamp(double v, double lo, double hi) {
            return Math.max(lo, Math.min(hi, v));
        }
    }
}
