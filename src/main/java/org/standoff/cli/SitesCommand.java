package org.standoff.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.standoff.io.csv.ColumnMapping;
import org.standoff.io.csv.CsvRecord;
import org.standoff.io.csv.CsvStream;
import org.standoff.io.csv.DuplicatePolicy;
import org.standoff.io.csv.ImportPlan;
import org.standoff.io.csv.SiteCsvWriter;
import org.standoff.io.csv.SiteField;
import org.standoff.io.csv.SiteGeoJsonWriter;
import org.standoff.io.csv.SiteImporter;
import org.standoff.io.csv.SourceTable;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code standoff sites import|export|list}: mining sites in and out of a project as CSV or GeoJSON. */
@Command(
        name = "sites",
        mixinStandardHelpOptions = true,
        description = "Import, export and list a project's mining sites.",
        subcommands = {SitesCommand.Import.class, SitesCommand.Export.class, SitesCommand.ListSites.class})
final class SitesCommand {

    /** The outcome of reading a CSV of sites: the sites to add (ids assigned) and the plan. */
    record Read(List<MiningSite> sites, ImportPlan plan) {}

    /**
     * Plans an import of {@code csv} against {@code existing} (duplicates skipped) and gives the new
     * sites ids: an id from the file is kept when free, the others get max+1 upwards.
     */
    static Read read(Path csv, List<String> maps, List<MiningSite> existing) throws Exception {
        return read(csv, maps, existing, DuplicatePolicy.SKIP);
    }

    /** As {@link #read(Path, List, List)}, with what to do with duplicates. */
    static Read read(Path csv, List<String> maps, List<MiningSite> existing, DuplicatePolicy policy) throws Exception {
        CliSupport.requireFile(csv);
        ImportPlan plan;
        // streamed: a large file is planned row by row, never held whole
        try (CsvStream file = CsvStream.open(csv, null, null)) {
            ColumnMapping mapping = ColumnMapping.auto(file.header());
            for (String m : maps == null ? List.<String>of() : maps) {
                int eq = m.indexOf('=');
                if (eq <= 0) {
                    throw new CliInputException("bad --map '" + m + "': use field=column, e.g. latitude_deg=Lat");
                }
                SiteField field = field(m.substring(0, eq).trim());
                try {
                    mapping = mapping.with(field, m.substring(eq + 1).trim());
                } catch (IllegalArgumentException e) {
                    throw new CliInputException(csv + ": " + e.getMessage(), e);
                }
            }
            SiteImporter.Planner planner =
                    new SiteImporter.Planner(csv.getFileName().toString(), "line", mapping, existing, policy);
            for (CsvRecord r; (r = file.next()) != null; ) {
                planner.add(new SourceTable.Row(r.line(), r.fields()));
            }
            plan = planner.plan();
        } catch (org.standoff.io.csv.CsvException e) {
            String msg = String.valueOf(e.getMessage());
            throw new CliInputException(msg.contains(csv.getFileName().toString()) ? msg : csv + ": " + msg, e);
        }
        Set<Long> used = new HashSet<>();
        long max = 0;
        for (MiningSite s : existing) {
            used.add(s.id());
            max = Math.max(max, s.id());
        }
        for (MiningSite s : plan.sites()) {
            max = Math.max(max, s.id());
        }
        List<MiningSite> out = new ArrayList<>();
        for (MiningSite s : plan.sites()) {
            if (s.id() > 0 && used.add(s.id())) {
                out.add(s);
            } else {
                out.add(s.withId(++max));
                used.add(max);
            }
        }
        return new Read(out, plan);
    }

    static SiteField field(String name) {
        for (SiteField f : SiteField.values()) {
            if (f.exportName().equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name) || f.matches(name)) {
                return f;
            }
        }
        throw new CliInputException("unknown site field '" + name + "'");
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Add the sites of a CSV file to a project (created if missing).")
    static final class Import implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "PROJECT.gpkg")
        private Path project;

        @CommandLine.Parameters(index = "1", paramLabel = "FILE.csv")
        private Path csv;

        @CommandLine.Option(
                names = "--map",
                paramLabel = "FIELD=COLUMN",
                description = "Read FIELD from COLUMN (repeatable).")
        private List<String> maps = new ArrayList<>();

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Project p =
                    Files.exists(project) ? CliSupport.readProject(project) : Project.empty(CliSupport.nameOf(project));
            Read r = read(csv, maps, p.sites());
            PrintWriter err = spec.commandLine().getErr();
            for (ImportPlan.RejectedRow row : r.plan().rejected()) {
                err.println(r.plan().lineLabel() + " " + row.line() + ": " + row.reason());
            }
            err.flush();
            List<MiningSite> all = new ArrayList<>(p.sites());
            all.addAll(r.sites());
            ProjectFile.write(CliSupport.withSites(p, all), project);
            PrintWriter out = spec.commandLine().getOut();
            out.println(r.plan().summary());
            out.println("imported " + r.sites().size() + ", rejected "
                    + r.plan().rejected().size() + ", duplicates "
                    + r.plan().duplicates().size());
            out.flush();
            return StandoffCli.EXIT_OK;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Write a project's sites as CSV or GeoJSON (by extension).")
    static final class Export implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "PROJECT.gpkg")
        private Path project;

        @CommandLine.Parameters(index = "1", paramLabel = "OUT.csv|OUT.geojson")
        private Path target;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String n = target.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean geojson = n.endsWith(".geojson") || n.endsWith(".json");
            CliSupport.checkOutput(target, List.of(".csv", ".geojson", ".json"), project);
            List<MiningSite> sites = CliSupport.readProject(project).sites();
            if (geojson) {
                SiteGeoJsonWriter.write(sites, target);
            } else {
                SiteCsvWriter.write(sites, target);
            }
            spec.commandLine().getOut().println("wrote " + sites.size() + " sites to " + target);
            return StandoffCli.EXIT_OK;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Print a project's sites as CSV (the export format).")
    static final class ListSites implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "PROJECT.gpkg")
        private Path project;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            java.io.StringWriter csv = new java.io.StringWriter();
            SiteCsvWriter.write(CliSupport.readProject(project).sites(), csv);
            // a terminal gets plain line ends, and no control characters from the sites' texts
            out.print(TerminalText.safe(csv.toString().replace("\r\n", "\n")));
            out.flush();
            return StandoffCli.EXIT_OK;
        }
    }
}
