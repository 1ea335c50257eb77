package org.standoff.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import org.standoff.print.BriefingContent;
import org.standoff.print.BriefingContentBuilder;
import org.standoff.print.BriefingExport;
import org.standoff.print.BriefingFields;
import org.standoff.print.BriefingLayout;
import org.standoff.print.ExtentChoice;
import org.standoff.print.HeadlessBriefing;
import org.standoff.print.Orientation;
import org.standoff.print.Paper;
import org.standoff.print.ProjectSnapshot;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code standoff print PROJECT --out BRIEF.pdf|BRIEF.png [--layout NAME] [--dpi 300] [--atlas] [--rule RULE]…}:
 * a briefing of the whole project, built by the same {@link BriefingContentBuilder} as the desktop.
 */
@Command(name = "print", mixinStandardHelpOptions = true, description = "Print a briefing of a project to PDF or PNG.")
final class PrintCommand implements Callable<Integer> {

    static final String LAYOUT_PREFIX = "print.layout.";
    /** Atlas pages show each site at this scale (about 30 mi across on a Letter page). */
    static final double ATLAS_SCALE = 250_000;

    @CommandLine.Parameters(index = "0", paramLabel = "PROJECT.gpkg")
    private Path project;

    @CommandLine.Option(names = "--out", required = true, paramLabel = "BRIEF.pdf|BRIEF.png")
    private Path out;

    @CommandLine.Option(
            names = "--layout",
            paramLabel = "NAME",
            description = "A layout saved in the project (default: the first, else Letter landscape).")
    private String layoutName;

    @CommandLine.Option(names = "--dpi", paramLabel = "DPI", description = "PNG resolution (default ${DEFAULT-VALUE}).")
    private int dpi = BriefingExport.DEFAULT_DPI;

    @CommandLine.Option(names = "--atlas", description = "One page per flagged site (PDF only).")
    private boolean atlas;

    @CommandLine.Option(
            names = "--rule",
            paramLabel = "RULE",
            description =
                    "Screen with this rule preset (id or name, see 'standoff zones list') instead of the project's zones; repeatable. "
                            + "The project file is not changed.")
    private List<String> rules;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = n.endsWith(".png");
        CliSupport.checkOutput(out, List.of(".pdf", ".png"), project);
        if (atlas && png) {
            throw new CliInputException(out + ": an atlas is written as PDF");
        }
        if (dpi < 36 || dpi > BriefingExport.MAX_DPI) {
            throw new CliInputException("bad --dpi " + dpi + ": use 36 to " + BriefingExport.MAX_DPI);
        }
        Project read = CliSupport.readProject(project);
        Project p = rules == null || rules.isEmpty() ? read : RuleZones.underRules(read, rules);
        BriefingLayout layout = layout(p, layoutName);
        BriefingContentBuilder b = new BriefingContentBuilder(snapshot(p));
        BriefingFields fields =
                new BriefingFields(p.name(), "", "", "", "", LocalDate.now().toString());
        if (atlas) {
            List<MiningSite> flagged = b.flaggedSites();
            if (flagged.isEmpty()) {
                throw new CliInputException(project + ": no flagged sites for an atlas");
            }
            BriefingExport.atlasPdf(layout, b.atlasPages(fields, layout, ATLAS_SCALE), out);
            spec.commandLine().getOut().println("wrote " + flagged.size() + " atlas pages to " + out);
        } else if (png) {
            BriefingContent content = b.build(fields, layout, ExtentChoice.CURRENT_VIEW);
            int pages = BriefingExport.bundledRenderer().pageCount(layout, content);
            // Said before writing: one page is exactly OUT, several are numbered files beside it.
            spec.commandLine()
                    .getOut()
                    .println("writing "
                            + (pages == 1
                                    ? out
                                    : pages + " pages as numbered files: "
                                            + BriefingExport.pngFiles(out, pages).stream()
                                                    .map(Path::toString)
                                                    .collect(Collectors.joining(", "))));
            spec.commandLine().getOut().flush();
            List<Path> files = BriefingExport.png(layout, content, dpi, out);
            spec.commandLine()
                    .getOut()
                    .println("wrote " + files.stream().map(Path::toString).collect(Collectors.joining(", ")));
        } else {
            BriefingExport.pdf(layout, b.build(fields, layout, ExtentChoice.CURRENT_VIEW), out);
            spec.commandLine().getOut().println("wrote " + out);
        }
        return StandoffCli.EXIT_OK;
    }

    /** The named layout saved in the project, the first saved one (by name) when none is named, else Letter landscape. */
    static BriefingLayout layout(Project p, String name) throws Exception {
        if (name != null) {
            String json = p.settings().get(LAYOUT_PREFIX + name);
            if (json == null) {
                String saved = p.settings().keySet().stream()
                        .filter(k -> k.startsWith(LAYOUT_PREFIX))
                        .map(k -> k.substring(LAYOUT_PREFIX.length()))
                        .sorted()
                        .collect(Collectors.joining(", "));
                throw new CliInputException("no layout named '" + name + "' in the project"
                        + (saved.isEmpty() ? "" : " (saved: " + saved + ")"));
            }
            return BriefingLayout.fromJson(json);
        }
        Optional<String> first = p.settings().keySet().stream()
                .filter(k -> k.startsWith(LAYOUT_PREFIX))
                .sorted()
                .findFirst();
        return first.isPresent()
                ? BriefingLayout.fromJson(p.settings().get(first.get()))
                : BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
    }

    /** The project as the briefing builder wants it: see {@link HeadlessBriefing#snapshot}. */
    static ProjectSnapshot snapshot(Project p) {
        return HeadlessBriefing.snapshot(p);
    }
}
