package org.standoff.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Puntal;
import org.standoff.io.store.OpenedProject;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.Field;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code standoff project new|add-layer|info|check|repair}: create a project, add a shapefile
 * layer, print a JSON summary, list what cannot be used as it stands, delete the unusable site, zone and rule rows.
 */
@Command(
        name = "project",
        mixinStandardHelpOptions = true,
        description = "Create, inspect, check and repair project files.",
        subcommands = {
            ProjectCommand.New.class,
            ProjectCommand.AddLayer.class,
            ProjectCommand.Info.class,
            ProjectCommand.Check.class,
            ProjectCommand.Repair.class
        })
final class ProjectCommand {

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Write an empty project.")
    static final class New implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        private Path file;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (Files.exists(file)) {
                throw new CliInputException(file + ": already exists");
            }
            ProjectFile.write(Project.empty(CliSupport.nameOf(file)), file);
            spec.commandLine().getOut().println("wrote " + file);
            return StandoffCli.EXIT_OK;
        }
    }

    @Command(
            name = "add-layer",
            mixinStandardHelpOptions = true,
            description = "Add a shapefile to a project as a layer.")
    static final class AddLayer implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        private Path file;

        @CommandLine.Parameters(index = "1", paramLabel = "SHAPEFILE")
        private Path shp;

        @CommandLine.Option(
                names = "--role",
                paramLabel = "ROLE",
                description = "installations, substations or other (guessed when omitted).")
        private String role;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            LayerRole r = role == null ? null : parseRole(role);
            Project p = CliSupport.readProject(file);
            Layer layer = CliSupport.loadShapefile(shp);
            if (r == null) {
                boolean points = !layer.features().isEmpty()
                        && layer.features().stream().allMatch(f -> f.geometry() instanceof Puntal);
                r = LayerRole.guess(
                        layer.name(), layer.fields().stream().map(Field::name).toList(), points);
            }
            Set<String> ids = new HashSet<>();
            p.layers().forEach(l -> ids.add(l.id()));
            int n = p.layers().size() + 1;
            while (ids.contains("layer-" + n)) {
                n++;
            }
            List<ProjectLayer> layers = new ArrayList<>(p.layers());
            layers.add(new ProjectLayer("layer-" + n, layer, r, LayerStyle.defaultFor(r), true));
            ProjectFile.write(
                    new Project(p.name(), layers, p.sites(), p.zones(), p.ruleSets(), p.view(), p.settings()), file);
            spec.commandLine()
                    .getOut()
                    .println("added layer-" + n + " " + layer.name() + " (" + r.label() + ", "
                            + layer.features().size() + " features)");
            return StandoffCli.EXIT_OK;
        }

        static LayerRole parseRole(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "installations", "installation" -> LayerRole.INSTALLATIONS;
                case "substations", "substation" -> LayerRole.SUBSTATIONS;
                case "other" -> LayerRole.OTHER;
                default -> throw new CliInputException("bad role '" + s + "': use installations, substations or other");
            };
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description =
                    "List what in a project cannot be used as it stands (set-aside rows, missing columns); exit 1 if anything.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        private Path file;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            OpenedProject opened = CliSupport.openProject(file);
            java.io.PrintWriter out = spec.commandLine().getOut();
            for (String w : opened.warnings()) {
                out.println(TerminalText.safe(w));
            }
            out.println(
                    opened.warnings().isEmpty()
                            ? file + ": no problems found"
                            : file + ": " + opened.warnings().size() + " problem(s)");
            out.flush();
            return opened.warnings().isEmpty() ? StandoffCli.EXIT_OK : StandoffCli.EXIT_FAILED;
        }
    }

    @Command(
            name = "repair",
            mixinStandardHelpOptions = true,
            description =
                    "Delete the site, zone and rule rows that cannot be used (as 'check' lists them); everything else is kept.")
    static final class Repair implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        private Path file;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            CliSupport.requireFile(file);
            List<String> removed = ProjectFile.removeUnusableRows(file);
            java.io.PrintWriter out = spec.commandLine().getOut();
            removed.forEach(r -> out.println(TerminalText.safe(r)));
            out.println("repaired " + file + ": " + removed.size() + " unusable row(s) deleted");
            out.flush();
            return StandoffCli.EXIT_OK;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Print a JSON summary of a project.")
    static final class Info implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        private Path file;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            OpenedProject opened = CliSupport.openProject(file);
            spec.commandLine().getOut().println(toJson(opened.project(), opened.schemaVersion()));
            spec.commandLine().getOut().flush();
            return StandoffCli.EXIT_OK;
        }

        static String toJson(Project p, int schemaVersion) {
            StringBuilder b = new StringBuilder(512);
            b.append("{\n  \"name\": ").append(InspectCommand.quote(p.name()));
            b.append(",\n  \"schemaVersion\": ").append(schemaVersion);
            b.append(",\n  \"layers\": [");
            String sep = "";
            for (ProjectLayer l : p.layers()) {
                b.append(sep)
                        .append("\n    {\"name\": ")
                        .append(InspectCommand.quote(l.name()))
                        .append(", \"role\": ")
                        .append(InspectCommand.quote(l.role().name().toLowerCase(Locale.ROOT)))
                        .append(", \"features\": ")
                        .append(l.data().features().size())
                        .append('}');
                sep = ",";
            }
            b.append(p.layers().isEmpty() ? "]" : "\n  ]");
            b.append(",\n  \"sites\": ").append(p.sites().size());
            b.append(",\n  \"zones\": [");
            sep = "";
            for (Zone z : p.zones()) {
                b.append(sep)
                        .append("\n    {\"name\": ")
                        .append(InspectCommand.quote(z.name()))
                        .append(", \"kind\": ")
                        .append(InspectCommand.quote(z.kind().name()))
                        .append('}');
                sep = ",";
            }
            b.append(p.zones().isEmpty() ? "]" : "\n  ]");
            b.append(",\n  \"ruleSets\": [");
            sep = "";
            for (RuleSet r : p.ruleSets()) {
                b.append(sep)
                        .append("\n    {\"name\": ")
                        .append(InspectCommand.quote(r.name()))
                        .append(", \"rules\": ")
                        .append(r.rules().size())
                        .append('}');
                sep = ",";
            }
            b.append(p.ruleSets().isEmpty() ? "]" : "\n  ]");
            return b.append("\n}").toString();
        }
    }
}
