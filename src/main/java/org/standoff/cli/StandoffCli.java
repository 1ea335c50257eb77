package org.standoff.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.standoff.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line: {@code java -jar standoff.jar COMMAND ...}.
 *
 * <p>Built on picocli. Exit codes: 0 success, 1 the command failed on its input (the message,
 * naming the file, record and problem, is on stderr), 2 a usage error such as an unknown
 * command (one line on stderr), 3 an internal error: stderr says "internal error" and names a
 * log file in the Standoff home holding the stack trace; no stack trace reaches the terminal.
 * Messages are printed with control characters escaped, so a file's content cannot drive the
 * terminal. Nothing here loads JavaFX. New commands are added as picocli subcommands in
 * {@link #commandLine}.
 */
@Command(
        name = "standoff",
        mixinStandardHelpOptions = true,
        versionProvider = StandoffCli.VersionProvider.class,
        description = "Standoff: proximity of mining sites to military installations and substations.",
        subcommands = {
            CommandLine.HelpCommand.class,
            InspectCommand.class,
            SampleCommand.class,
            ProjectCommand.class,
            SitesCommand.class,
            BufferCommand.class,
            AnalyzeCommand.class,
            PrintCommand.class,
            LocateCommand.class,
            ZonesCommand.class,
            RegistryCommand.class
        },
        footer = {"", "Run without arguments, or with a project file, to open the desktop application."})
public final class StandoffCli implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * True when the arguments ask for the CLI rather than the window: any option or command.
     * A lone existing file or a {@code .gpkg} path is a project to open in the window.
     */
    public static boolean wantsCli(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (first.startsWith("-")) {
            return true;
        }
        boolean projectFile = first.toLowerCase(Locale.ROOT).endsWith(".gpkg") || Files.isRegularFile(Path.of(first));
        return !(args.length == 1 && projectFile);
    }

    /**
     * Runs the CLI with the given arguments, writing to the process's stdout and stderr: the
     * process's entry point. The EPSG database stays closed until a CRS other than WGS 84 needs
     * it (see {@link org.standoff.geo.crs.EpsgDatabase}): about 1 s less for every command on
     * WGS 84 data.
     */
    public static int run(String... args) {
        org.standoff.geo.crs.EpsgDatabase.deferUntilNeeded();
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the CLI with the given arguments and output streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        org.standoff.geo.crs.EpsgDatabase.prepare(); // before anything touches SIS: no derby.log in the user's folder
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("standoff: " + ex.getMessage() + " (try --help)");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, parsed, result) -> {
            if (isInputError(ex)) {
                err.println("standoff: " + TerminalText.safe(ex.getMessage()));
                err.flush();
                return EXIT_FAILED;
            }
            return internalError(err, ex);
        });
        try {
            return cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return internalError(err, e);
        }
    }

    /** Bad input, as opposed to a fault of Standoff's own: the user can act on the message. */
    static boolean isInputError(Throwable ex) {
        return ex instanceof CliInputException
                || ex instanceof org.standoff.io.store.StoreException
                || ex instanceof org.standoff.io.shapefile.ShapefileException
                || ex instanceof org.standoff.io.csv.CsvException
                || ex instanceof org.standoff.geo.crs.CrsException
                || ex instanceof org.standoff.print.PrintException
                || ex instanceof org.standoff.geo.buffer.BufferLimitException
                || ex instanceof org.standoff.io.registry.RegistryException
                || ex instanceof java.nio.file.NoSuchFileException
                || ex instanceof java.nio.file.AccessDeniedException;
    }

    private static int internalError(PrintWriter err, Throwable ex) {
        String where = CrashLog.write(ex);
        err.println("standoff: internal error (" + ex.getClass().getSimpleName()
                + "); this is a fault in Standoff, not in your input. " + where);
        err.flush();
        return EXIT_INTERNAL;
    }

    /** The command tree; subcommands register here. */
    static CommandLine commandLine() {
        return new CommandLine(new StandoffCli());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Supplies {@code --version} from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Standoff " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
