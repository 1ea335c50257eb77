package org.standoff.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Rule;
import org.standoff.model.Zone;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code standoff zones list|add-radius|add-buffer|apply-preset|remove PROJECT.gpkg …}: the
 * project's zones without the window, so a briefing can be made headless. Every change is
 * written back to the project file atomically, like {@code standoff project add-layer}.
 */
@Command(
        name = "zones",
        mixinStandardHelpOptions = true,
        description = "List and edit a project's zones.",
        subcommands = {
            ZonesCommand.ListZones.class,
            ZonesCommand.AddRadius.class,
            ZonesCommand.AddBuffer.class,
            ZonesCommand.ApplyPreset.class,
            ZonesCommand.Remove.class
        })
final class ZonesCommand {

    private static final GeometryFactory GF = new GeometryFactory();

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the zones and the rule presets.")
    static final class ListZones implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "PROJECT.gpkg")
        private Path file;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Project p = CliSupport.readProject(file);
            var out = spec.commandLine().getOut();
            if (p.zones().isEmpty()) {
                out.println("no zones");
            }
            for (Zone z : p.zones()) {
                String radii = z.bands().stream()
                        .map(b -> (b.isRing() ? miles(b.innerMetres()) + "–" : "") + miles(b.outerMetres()) + " mi")
                        .collect(Collectors.joining(", "));
                String from = switch (z.kind()) {
                    case LAYER_BUFFER -> "layer " + z.sourceLayerId();
                    case CIRCLE ->
                        String.format(
                                Locale.US,
                                "point %.5f, %.5f",
                                z.geometry().getCoordinate().y,
                                z.geometry().getCoordinate().x);
                    case POLYGON -> "polygon";
                };
                out.println(z.id() + "\t" + z.name() + "\t" + radii + "\tfrom " + from
                        + (z.ruleId() == null ? "" : "\trule " + z.ruleId()));
            }
            out.println("presets:");
            for (var set : RuleZones.ruleSets(p)) {
                for (Rule r : set.rules()) {
                    out.println(
                            "  " + r.id() + "\t" + r.name() + "\t" + r.status().label());
                }
            }
            return StandoffCli.EXIT_OK;
        }
    }

    @Command(
            name = "add-radius",
            mixinStandardHelpOptions = true,
            description = "Add circles of given radii around a point.")
    static final class AddRadius implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "PROJECT.gpkg")
        private Path file;

        @CommandLine.Option(
                names = "--at",
                required = true,
                paramLabel = "LAT,LON",
                description = "The centre, decimal degrees.")
        private String at;

        @CommandLine.Option(
                names = "--radius",
                required = true,
                paramLabel = "DISTANCE",
                description = "e.g. 5mi; repeatable.")
        private List<String> radii;

        @CommandLine.Option(names = "--name", paramLabel = "NAME")
        private String name = "Radius";

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            double[] latLon = latLon(at);
            Project p = CliSupport.readProject(file);
            List<Zone.Band> bands = CliSupport.distances(radii).stream()
                    .map(d -> Zone.Band.disc(d.metres()))
                    .toList();
            Zone z = new Zone(
                    RuleZones.newId(ids(p)),
                    name,
                    Zone.Kind.CIRCLE,
                    null,
                    null,
                    GF.createPoint(new Coordinate(latLon[1], latLon[0])),
                    bands,
                    false,
                    RuleZones.PALETTE[p.zones().size() % RuleZones.PALETTE.length],
                    null);
            return save(spec, file, p, List.of(z));
        }
    }

    @Command(name = "add-buffer", mixinStandardHelpOptions = true, description = "Add a buffer of a layer's features.")
    static final class AddBuffer implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "PROJECT.gpkg")
        private Path file;

        @CommandLine.Option(
                names = "--layer",
                required = true,
                paramLabel = "LAYER",
                description = "The layer's id (layer-1) or name.")
        private String layer;

        @CommandLine.Option(
                names = "--radius",
                required = true,
                paramLabel = "DISTANCE",
                description = "e.g. 1mi; repeatable.")
        private List<String> radii;

        @CommandLine.Option(
                names = "--only",
                paramLabel = "NAME",
                description = "Only the features whose name contains this; repeatable.")
        private List<String> only;

        @CommandLine.Option(names = "--name", paramLabel = "NAME")
        private String name;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Project p = CliSupport.readProject(file);
            ProjectLayer l = p.layers().stream()
                    .filter(x -> x.id().equalsIgnoreCase(layer) || x.name().equalsIgnoreCase(layer))
                    .findFirst()
                    .orElseThrow(() -> new CliInputException(file + ": no layer '" + layer + "'; the layers are: "
                            + p.layers().stream()
                                    .map(x -> x.id() + " (" + x.name() + ")")
                                    .collect(Collectors.joining(", "))));
            List<CliSupport.Distance> ds = CliSupport.distances(radii);
            List<Zone.Band> bands =
                    ds.stream().map(d -> Zone.Band.disc(d.metres())).toList();
            FeatureFilter f = only == null || only.isEmpty() ? FeatureFilter.ALL : FeatureFilter.names(only);
            String n = name != null
                    ? name
                    : l.name() + " "
                            + ds.stream().map(CliSupport.Distance::text).collect(Collectors.joining(", "));
            Zone z = new Zone(
                    RuleZones.newId(ids(p)),
                    n,
                    Zone.Kind.LAYER_BUFFER,
                    l.id(),
                    f,
                    null,
                    bands,
                    true,
                    RuleZones.PALETTE[p.zones().size() % RuleZones.PALETTE.length],
                    null);
            return save(spec, file, p, List.of(z));
        }
    }

    @Command(
            name = "apply-preset",
            mixinStandardHelpOptions = true,
            description = "Add the zones of a rule preset (see 'zones list').")
    static final class ApplyPreset implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "PROJECT.gpkg")
        private Path file;

        @CommandLine.Parameters(
                index = "1",
                paramLabel = "RULE",
                description = "The rule's id or name, e.g. cfius-close.")
        private String rule;

        @CommandLine.Option(
                names = "--only",
                paramLabel = "NAME",
                description = "Only the installations whose name contains this; repeatable.")
        private List<String> only;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Project p = CliSupport.readProject(file);
            Rule r = RuleZones.find(RuleZones.ruleSets(p), rule);
            return save(spec, file, p, RuleZones.zones(p, List.of(r), only));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a zone by id.")
    static final class Remove implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "PROJECT.gpkg")
        private Path file;

        @CommandLine.Parameters(index = "1", paramLabel = "ZONE-ID")
        private String id;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Project p = CliSupport.readProject(file);
            List<Zone> kept = p.zones().stream().filter(z -> !z.id().equals(id)).toList();
            if (kept.size() == p.zones().size()) {
                throw new CliInputException(file + ": no zone '" + id + "' (see: standoff zones list " + file + ")");
            }
            ProjectFile.write(RuleZones.withZones(p, kept), file);
            spec.commandLine().getOut().println("removed " + id);
            return StandoffCli.EXIT_OK;
        }
    }

    private static int save(CommandLine.Model.CommandSpec spec, Path file, Project p, List<Zone> added)
            throws Exception {
        List<Zone> zones = new ArrayList<>(p.zones());
        zones.addAll(added);
        ProjectFile.write(RuleZones.withZones(p, zones), file);
        for (Zone z : added) {
            spec.commandLine().getOut().println("added " + z.id() + " " + z.name());
        }
        return StandoffCli.EXIT_OK;
    }

    private static Set<String> ids(Project p) {
        Set<String> ids = new HashSet<>();
        p.zones().forEach(z -> ids.add(z.id()));
        return ids;
    }

    static double[] latLon(String text) {
        String[] parts = text.split(",");
        try {
            double lat = Double.parseDouble(parts[0].strip());
            double lon = Double.parseDouble(parts[1].strip());
            if (parts.length == 2 && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                return new double[] {lat, lon};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new CliInputException(
                "bad --at '" + text + "': give latitude,longitude in decimal degrees, e.g. 41.13,-104.87");
    }

    private static String miles(double metres) {
        return org.standoff.render.ZonePainter.number(metres / 1609.344);
    }
}
