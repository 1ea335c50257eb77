package org.standoff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.standoff.analysis.Finding;
import org.standoff.analysis.FindingRow;
import org.standoff.analysis.ProgressListener;
import org.standoff.analysis.ScreeningOp;
import org.standoff.io.csv.DuplicatePolicy;
import org.standoff.io.csv.ImportPlan;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code standoff analyze}: screens sites against installations and substations and writes one
 * CSV row per site, each distance followed by the stated accuracy of the datum transformation of
 * the layer it was measured to ({@code installation_datum_accuracy_m}, empty when unknown). Either a project (its layers, zones and rule zones), or shapefiles given with
 * {@code --installations} / {@code --substations} and sites from a CSV or a project.
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Screen sites: nearest installation and substation, radius checks, zones and rules, as CSV.")
final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PROJECT.gpkg",
            description = "Analyze this project's sites, layers and zones.")
    private Path project;

    @CommandLine.Option(names = "--installations", paramLabel = "BASES.shp")
    private Path installations;

    @CommandLine.Option(names = "--substations", paramLabel = "SUBS.shp")
    private Path substations;

    @CommandLine.Option(names = "--sites", paramLabel = "SITES.csv|PROJECT.gpkg")
    private Path sitesFile;

    @CommandLine.Option(
            names = "--radius",
            paramLabel = "DISTANCE",
            description = "Add a within_<DISTANCE> 0/1 column (nearest installation); repeatable.")
    private List<String> radii = new ArrayList<>();

    @CommandLine.Option(names = "--out", required = true, paramLabel = "FINDINGS.csv")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PhaseTimes times = new PhaseTimes(spec.commandLine().getErr());
        CliSupport.checkOutput(out, List.of(".csv"), project, sitesFile, installations, substations);
        List<CliSupport.Distance> ds = CliSupport.distances(radii);
        List<ProjectLayer> layers = new ArrayList<>();
        List<Zone> zones = new ArrayList<>();
        List<MiningSite> sites;
        // the sites and the two shapefiles are read at the same time: on two cores that halves the reading
        java.util.concurrent.CompletableFuture<org.standoff.model.Layer> bases =
                installations == null ? null : read(installations);
        java.util.concurrent.CompletableFuture<org.standoff.model.Layer> subs =
                substations == null ? null : read(substations);
        if (project != null) {
            if (sitesFile != null) {
                throw new CliInputException("give either PROJECT or --sites, not both");
            }
            Project p = CliSupport.readProject(project);
            layers.addAll(p.layers());
            zones.addAll(p.zones());
            sites = p.sites();
        } else {
            if (sitesFile == null) {
                throw new CliInputException("give a PROJECT, or --sites with --installations and/or --substations");
            }
            sites = sitesFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? csvSites(sitesFile)
                    : CliSupport.readProject(sitesFile).sites();
        }
        times.mark("read sites");
        if (bases != null) {
            layers.add(new ProjectLayer(
                    "cli-installations",
                    joined(bases),
                    LayerRole.INSTALLATIONS,
                    LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
                    true));
        }
        if (subs != null) {
            layers.add(new ProjectLayer(
                    "cli-substations",
                    joined(subs),
                    LayerRole.SUBSTATIONS,
                    LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
                    true));
        }
        times.mark("read layers");
        warnDatums(layers, spec.commandLine().getErr());
        ScreeningOp op = new ScreeningOp(layers, zones);
        times.mark("index");
        List<Finding> findings = op.run(sites, ForkJoinPool.commonPool(), ProgressListener.NONE);
        times.mark("screen");
        List<FindingRow> rows = new ArrayList<>(sites.size());
        for (int i = 0; i < sites.size(); i++) {
            rows.add(new FindingRow(sites.get(i), findings.get(i)));
        }
        write(rows, ds, out);
        times.mark("write");
        long flagged = findings.stream().filter(Finding::flagged).count();
        StringBuilder within = new StringBuilder();
        for (CliSupport.Distance d : ds) {
            long n = rows.stream()
                    .filter(r -> r.installationMetres() <= d.metres())
                    .count();
            within.append(", ").append(n).append(" within ").append(d.text()).append(" of an installation");
        }
        spec.commandLine()
                .getOut()
                .println("screened " + sites.size() + " sites (" + flagged + " in a zone" + within + "), wrote " + out);
        return StandoffCli.EXIT_OK;
    }

    /** Starts reading a shapefile on the common pool. */
    private static java.util.concurrent.CompletableFuture<org.standoff.model.Layer> read(Path shp) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return CliSupport.loadShapefile(shp);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    /** The layer a {@link #read} made, or the exception reading it threw, as it was thrown. */
    private static org.standoff.model.Layer joined(java.util.concurrent.CompletableFuture<org.standoff.model.Layer> f)
            throws Exception {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * One line on standard error per layer whose datum transformation is unknown or coarser than
     * {@link org.standoff.model.LayerSource#COARSE_DATUM_METRES}: the CSV carries the accuracy
     * beside each distance, but a person running the command should not have to look for it.
     */
    static void warnDatums(List<ProjectLayer> layers, PrintWriter err) {
        for (ProjectLayer l : layers) {
            l.data()
                    .source()
                    .flatMap(org.standoff.model.LayerSource::datumWarning)
                    .ifPresent(w -> err.println("standoff: warning: layer " + l.name() + ": " + w));
        }
        err.flush();
    }

    /**
     * Every row of a CSV of sites that has a location, in file order. Screening measures what it
     * is given: rows that look like duplicates (same name within 100 m, or a repeated id) are
     * screened too, each in its own output row, and a repeated id is replaced by a free one.
     * Deduplication belongs to importing into a store ({@code sites import}). Rows without a
     * usable location cannot be screened; they are listed on standard error.
     */
    private List<MiningSite> csvSites(Path csv) throws Exception {
        SitesCommand.Read read = SitesCommand.read(csv, List.of(), List.of(), DuplicatePolicy.KEEP_BOTH);
        PrintWriter err = spec.commandLine().getErr();
        for (ImportPlan.RejectedRow row : read.plan().rejected()) {
            err.println(read.plan().lineLabel() + " " + row.line() + ": not screened: " + row.reason());
        }
        err.flush();
        return read.sites();
    }

    static List<String> header(List<CliSupport.Distance> radii) {
        List<String> h = new ArrayList<>(List.of(
                "site_id",
                "site_name",
                "lat",
                "lon",
                "nearest_installation",
                "installation_distance_m",
                "installation_datum_accuracy_m",
                "nearest_substation",
                "substation_distance_m",
                "substation_datum_accuracy_m"));
        radii.forEach(d -> h.add("within_" + d.text()));
        h.add("zones");
        h.add("rules");
        return h;
    }

    static void write(List<FindingRow> rows, List<CliSupport.Distance> radii, Path file) throws Exception {
        org.standoff.io.AtomicFiles.writeUtf8(file, w -> {
            org.standoff.io.csv.CsvOutput csv = new org.standoff.io.csv.CsvOutput(w);
            csv.row(header(radii));
            for (FindingRow r : rows) {
                List<String> cells = new ArrayList<>();
                MiningSite s = r.site();
                cells.add(Long.toString(s.id()));
                cells.add(s.name());
                cells.add(number(s.lat(), 7));
                cells.add(number(s.lon(), 7));
                cells.add(r.finding()
                        .nearestInstallation()
                        .map(AnalyzeCommand::name)
                        .orElse(""));
                cells.add(number(r.installationMetres(), 1));
                cells.add(number(r.installationDatumAccuracyMetres(), 2));
                cells.add(r.finding()
                        .nearestSubstation()
                        .map(AnalyzeCommand::name)
                        .orElse(""));
                cells.add(number(r.substationMetres(), 1));
                cells.add(number(r.substationDatumAccuracyMetres(), 2));
                for (CliSupport.Distance d : radii) {
                    cells.add(r.installationMetres() <= d.metres() ? "1" : "0");
                }
                cells.add(r.finding().hits().stream()
                        .map(Finding.ZoneHit::zoneName)
                        .distinct()
                        .collect(Collectors.joining(";")));
                cells.add(r.finding().hits().stream()
                        .map(Finding.ZoneHit::ruleId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .collect(Collectors.joining(";")));
                csv.row(cells);
            }
            csv.flush();
        });
    }

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /**
     * {@link CliSupport#num} (the value's exact binary expansion rounded half-even to
     * {@code decimals}, without trailing zeros or exponent), five to ten times faster: the product
     * with 10^decimals is rounded in long arithmetic unless it lies within a few ulps of a tie or
     * is too large, where {@link CliSupport#num} decides. Screening writes three per site.
     */
    static String number(double v, int decimals) {
        if (!Double.isFinite(v) || decimals >= POWERS.length) {
            return CliSupport.num(v, decimals);
        }
        double scaled = Math.abs(v) * POWERS[decimals];
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (scaled >= 1e15 || Math.abs(fraction - 0.5) <= 4 * Math.ulp(scaled)) {
            return CliSupport.num(v, decimals);
        }
        long rounded = (long) floor + (fraction > 0.5 ? 1 : 0);
        if (rounded == 0) {
            return "0";
        }
        long whole = rounded / POWERS[decimals];
        long part = rounded % POWERS[decimals];
        StringBuilder b = new StringBuilder(24);
        if (v < 0) {
            b.append('-');
        }
        b.append(whole);
        if (part != 0) {
            int digits = decimals;
            while (part % 10 == 0) {
                part /= 10;
                digits--;
            }
            b.append('.');
            String text = Long.toString(part);
            for (int i = text.length(); i < digits; i++) {
                b.append('0');
            }
            b.append(text);
        }
        return b.toString();
    }

    private static String name(Finding.NearestFeature n) {
        return n.featureName() == null || n.featureName().isBlank()
                ? n.layerName() + " #" + n.featureId()
                : n.featureName();
    }
}
