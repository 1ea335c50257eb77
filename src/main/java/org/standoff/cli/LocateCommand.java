package org.standoff.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.standoff.analysis.locate.Locator;
import org.standoff.model.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code standoff locate TEXT [--project P.gpkg]}: what the map's Go to box finds for TEXT, as a
 * JSON array of {name, kind, lat, lon, detail}, best first: a position in any coordinate form,
 * or names of places, US counties and states (the offline gazetteer) and of the project's sites,
 * zones and layer features. Exit 1 when nothing matches.
 */
@Command(
        name = "locate",
        mixinStandardHelpOptions = true,
        description =
                "Find coordinates (decimal, DMS, MGRS, UTM), places, US counties and states, or names of a project's sites, zones and features; prints JSON.")
final class LocateCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", paramLabel = "TEXT")
    private String text;

    @CommandLine.Option(
            names = "--project",
            paramLabel = "PROJECT.gpkg",
            description = "Search this project's names too.")
    private Path project;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project p = project == null ? Project.empty("none") : CliSupport.readProject(project);
        List<Locator.Match> found = Locator.find(text, p.sites(), p.zones(), p.layers());
        JsonArray out = new JsonArray();
        for (Locator.Match m : found) {
            JsonObject o = new JsonObject();
            o.addProperty("name", m.name());
            o.addProperty("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.addProperty("lat", m.lat());
            o.addProperty("lon", m.lon());
            o.addProperty("detail", m.detail());
            out.add(o);
        }
        spec.commandLine()
                .getOut()
                .println(TerminalText.safe(new com.google.gson.GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(out)));
        spec.commandLine().getOut().flush();
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("standoff: nothing matches \"" + TerminalText.safe(text) + "\"");
            return StandoffCli.EXIT_FAILED;
        }
        return StandoffCli.EXIT_OK;
    }
}
