package org.standoff.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.standoff.io.registry.Conflict;
import org.standoff.io.registry.RegistryAccess;
import org.standoff.io.registry.RegistryConnection;
import org.standoff.io.registry.RegistryException;
import org.standoff.io.registry.RegistryLink;
import org.standoff.io.registry.RegistrySchema;
import org.standoff.io.registry.RegistrySettings;
import org.standoff.io.registry.SiteHistory;
import org.standoff.io.registry.SiteSync;
import org.standoff.io.registry.SslMode;
import org.standoff.io.registry.SyncOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code standoff registry link|init|pull|push|status|conflicts|resolve|history}: a project's
 * team registry on PostgreSQL, headless (docs/REGISTRY.md). The password is never an option: it
 * comes from {@code ~/.pgpass} (or {@code PGPASSFILE}), the service file, {@code --password-stdin},
 * or a prompt when a terminal is attached. Exit codes as for every command: 0 done and in sync,
 * 1 refused or failed with a message (wrong password, server down, not allowed, newer schema), and
 * also 1 after a pull or push that leaves conflicts open, so a nightly job notices them.
 */
@Command(
        name = "registry",
        mixinStandardHelpOptions = true,
        description = "Sync a project's sites with a team registry on PostgreSQL/PostGIS.",
        subcommands = {
            RegistryCommand.Link.class,
            RegistryCommand.Init.class,
            RegistryCommand.Pull.class,
            RegistryCommand.Push.class,
            RegistryCommand.Status.class,
            RegistryCommand.Conflicts.class,
            RegistryCommand.Resolve.class,
            RegistryCommand.History.class
        })
final class RegistryCommand {

    /** Where the registry is: given on the command line to link or init. */
    static final class Where {
        @CommandLine.Option(names = "--host", paramLabel = "HOST")
        String host;

        @CommandLine.Option(names = "--port", paramLabel = "PORT", defaultValue = "0")
        int port;

        @CommandLine.Option(
                names = {"--db", "--database"},
                paramLabel = "DB")
        String database;

        @CommandLine.Option(names = "--schema", paramLabel = "SCHEMA", description = "Default: standoff.")
        String schema;

        @CommandLine.Option(names = "--user", paramLabel = "USER")
        String user;

        @CommandLine.Option(
                names = "--sslmode",
                paramLabel = "MODE",
                description = "disable, allow, prefer (default), require, verify-ca, verify-full.")
        String sslMode;

        @CommandLine.Option(
                names = "--sslrootcert",
                paramLabel = "FILE",
                description = "CA certificate for verify-ca and verify-full.")
        String sslRootCert;

        @CommandLine.Option(
                names = "--service",
                paramLabel = "NAME",
                description = "An entry of the PostgreSQL service file (~/.pg_service.conf).")
        String service;

        boolean given() {
            return host != null || database != null || user != null || service != null;
        }

        RegistrySettings settings() {
            try {
                return new RegistrySettings(
                        host,
                        port,
                        database,
                        schema,
                        user,
                        sslMode == null ? null : SslMode.parse(sslMode),
                        sslRootCert,
                        service);
            } catch (IllegalArgumentException e) {
                throw new CliInputException(e.getMessage(), e);
            }
        }
    }

    /** How the password is given when the password file has none. */
    static final class Password {
        @CommandLine.Option(
                names = "--password-stdin",
                description = "Read the password from the first line of standard input.")
        boolean stdin;
        /** The password typed at the prompt, kept for init's second connection (Flyway's); {@link #forget} clears it. */
        char[] typed;

        void forget() {
            if (typed != null) {
                Arrays.fill(typed, '\0');
                typed = null;
            }
        }

        /** Connects, asking for the password on the terminal when none was found and one is attached. */
        RegistryConnection connect(RegistrySettings settings) throws Exception {
            char[] given = stdin ? readStdin() : null;
            try {
                return RegistryConnection.open(settings, given);
            } catch (RegistryException e) {
                java.io.Console console = System.console();
                if (e.problem() != RegistryException.Problem.NO_PASSWORD || given != null || console == null) {
                    throw e;
                }
                typed = console.readPassword("Password for %s: ", settings.where());
                return RegistryConnection.open(settings, typed);
            } finally {
                if (given != null) {
                    Arrays.fill(given, '\0');
                }
            }
        }

        char[] password() throws java.io.IOException {
            return stdin ? readStdin() : null;
        }

        private static char[] readStdin() throws java.io.IOException {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new CliInputException("--password-stdin: standard input is empty");
            }
            return line.toCharArray();
        }
    }

    static RegistrySettings linked(Path project) throws RegistryException {
        CliSupport.requireFile(project);
        return RegistryLink.settings(project)
                .orElseThrow(() -> new CliInputException(
                        project + " is not linked to a registry; link it first: standoff registry link " + project
                                + " --host HOST --db DB --user USER"));
    }

    @Command(
            name = "link",
            mixinStandardHelpOptions = true,
            description = "Keep a registry's connection settings in a project (never a password).")
    static final class Link implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        Path project;

        @CommandLine.Mixin
        Where where;

        @CommandLine.Option(
                names = "--reset",
                description = "Forget what was synced with an earlier registry: the sites are new to this one.")
        boolean reset;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            CliSupport.requireFile(project);
            if (!where.given()) {
                throw new CliInputException("give the registry: --host HOST --db DB --user USER (or --service NAME)");
            }
            RegistrySettings s = where.settings();
            RegistryLink.link(project, s, reset);
            spec.commandLine().getOut().println(TerminalText.safe("linked " + project + " to " + s));
            return StandoffCli.EXIT_OK;
        }
    }

    @Command(
            name = "init",
            mixinStandardHelpOptions = true,
            description =
                    "Create the registry's schema, tables and roles (viewer, editor, owner), or upgrade an older one.")
    static final class Init implements Callable<Integer> {
        @CommandLine.Parameters(
                index = "0",
                arity = "0..1",
                paramLabel = "FILE.gpkg",
                description = "A linked project whose settings to use.")
        Path project;

        @CommandLine.Mixin
        Where where;

        @CommandLine.Mixin
        Password password;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            RegistrySettings s = where.given() ? where.settings() : project != null ? linked(project) : null;
            if (s == null) {
                throw new CliInputException("give the registry (--host HOST --db DB --user USER) or a linked project");
            }
            char[] pw = password.password();
            try (RegistryConnection rc = pw != null ? RegistryConnection.open(s, pw) : password.connect(s)) {
                String version = RegistrySchema.init(rc, pw != null ? pw : password.typed);
                PrintWriter out = spec.commandLine().getOut();
                out.println(
                        TerminalText.safe("registry ready at " + rc.settings().where() + ", schema version " + version
                                + "; roles " + s.viewerRole() + ", " + s.editorRole() + ", " + s.ownerRole()));
                out.println("grant them to the team, e.g.: GRANT " + s.editorRole() + " TO alice;");
            } finally {
                password.forget();
                if (pw != null) {
                    Arrays.fill(pw, '\0');
                }
            }
            return StandoffCli.EXIT_OK;
        }
    }

    @Command(name = "pull", mixinStandardHelpOptions = true, description = "Bring the team's changes into the project.")
    static final class Pull implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        Path project;

        @CommandLine.Mixin
        Password password;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (RegistryConnection rc = password.connect(linked(project))) {
                SiteSync.PullReport r = SiteSync.pull(project, rc, SyncOptions.defaults());
                PrintWriter out = spec.commandLine().getOut();
                out.println(pulled(r));
                return conflictsLeft(project, out);
            }
        }
    }

    @Command(
            name = "push",
            mixinStandardHelpOptions = true,
            description = "Pull, then send the project's own changes to the registry.")
    static final class Push implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        Path project;

        @CommandLine.Mixin
        Password password;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (RegistryConnection rc = password.connect(linked(project))) {
                SiteSync.PushReport r = SiteSync.push(project, rc, SyncOptions.defaults());
                PrintWriter out = spec.commandLine().getOut();
                out.println(pulled(r.pulled()));
                out.println("pushed: " + r.added() + " added, " + r.changed() + " changed, " + r.deleted() + " deleted"
                        + (r.held() > 0 ? "; " + r.held() + " held back by conflicts" : "")
                        + (r.stale() > 0 ? "; " + r.stale() + " changed by someone else meanwhile: push again" : "")
                        + (r.published().describe().isEmpty()
                                ? ""
                                : "; " + r.published().describe()));
                int code = conflictsLeft(project, out);
                return r.stale() > 0 || r.published().stale() > 0 ? StandoffCli.EXIT_FAILED : code;
            }
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "What the project has not synced, its open conflicts, and what the connected role may do.")
    static final class Status implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        Path project;

        @CommandLine.Option(names = "--offline", description = "Do not connect; only the project's side.")
        boolean offline;

        @CommandLine.Mixin
        Password password;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            RegistrySettings s = linked(project);
            SiteSync.LocalStatus st = SiteSync.status(project);
            PrintWriter out = spec.commandLine().getOut();
            out.println(TerminalText.safe("registry: " + s));
            out.println("synced sites: " + st.synced() + "; not pushed: " + st.added() + " added, " + st.changed()
                    + " changed, " + st.deleted() + " deleted; held by conflicts: " + st.held() + " site(s), "
                    + st.conflicts() + " field(s)");
            if (!offline) {
                try (RegistryConnection rc = password.connect(s)) {
                    RegistrySchema.check(rc);
                    out.println(
                            TerminalText.safe("role: " + RegistryAccess.of(rc).describe()));
                }
            }
            return StandoffCli.EXIT_OK;
        }
    }

    @Command(
            name = "conflicts",
            mixinStandardHelpOptions = true,
            description = "List the open conflicts, field by field.")
    static final class Conflicts implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        Path project;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            linked(project);
            List<Conflict> all = SiteSync.conflicts(project);
            PrintWriter out = spec.commandLine().getOut();
            for (Conflict k : all) {
                out.println(
                        TerminalText.safe((k.siteId() == null ? "-" : k.siteId().toString()) + "\t" + k.describe()));
            }
            out.println(all.size() + " open conflict(s)"
                    + (all.isEmpty()
                            ? ""
                            : "; settle each with: standoff registry resolve " + project
                                    + " --site ID --field FIELD --keep mine|theirs"));
            return all.isEmpty() ? StandoffCli.EXIT_OK : StandoffCli.EXIT_FAILED;
        }
    }

    @Command(
            name = "resolve",
            mixinStandardHelpOptions = true,
            description = "Settle conflicts: keep mine or take theirs, per field or for all.")
    static final class Resolve implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        Path project;

        @CommandLine.Option(
                names = "--site",
                paramLabel = "ID",
                description = "The site's id in this project (as 'conflicts' lists it).")
        Long site;

        @CommandLine.Option(
                names = "--item",
                paramLabel = "KIND:ID",
                description = "A team zone or rule set as listed (e.g. zone:cfius-close).")
        String item;

        @CommandLine.Option(
                names = "--field",
                paramLabel = "FIELD",
                description = "A field as listed (e.g. operator, or deleted); all of the site's when omitted.")
        String field;

        @CommandLine.Option(names = "--keep", required = true, paramLabel = "mine|theirs")
        String keep;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            linked(project);
            SiteSync.Resolution how = switch (keep.toLowerCase(Locale.ROOT)) {
                case "mine" -> SiteSync.Resolution.KEEP_MINE;
                case "theirs" -> SiteSync.Resolution.TAKE_THEIRS;
                default -> throw new CliInputException("bad --keep '" + keep + "': use mine or theirs");
            };
            int n = 0;
            if (site != null && item != null) {
                throw new CliInputException("give --site or --item, not both");
            }
            for (Conflict k : SiteSync.conflicts(project)) {
                if ((site == null || site.equals(k.siteId()))
                        && (item == null || item.equals(k.uid()))
                        && (field == null || field.equals(k.field()))) {
                    SiteSync.resolve(project, k, how);
                    n++;
                }
            }
            if (n == 0) {
                throw new CliInputException(project + ": no open conflict matches"
                        + (site == null ? "" : " site " + site) + (field == null ? "" : " field " + field)
                        + "; 'standoff registry conflicts " + project + "' lists them");
            }
            spec.commandLine()
                    .getOut()
                    .println("resolved " + n + " conflict(s), keeping " + keep.toLowerCase(Locale.ROOT)
                            + "; push to send the result");
            return StandoffCli.EXIT_OK;
        }
    }

    @Command(
            name = "history",
            mixinStandardHelpOptions = true,
            description = "A site's audit trail in the registry: who changed what, when, citing what.")
    static final class History implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "FILE.gpkg")
        Path project;

        @CommandLine.Option(names = "--site", required = true, paramLabel = "ID")
        long site;

        @CommandLine.Mixin
        Password password;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (RegistryConnection rc = password.connect(linked(project))) {
                PrintWriter out = spec.commandLine().getOut();
                for (SiteHistory.Entry e : SiteHistory.of(project, rc, site)) {
                    out.println(TerminalText.safe(e.describe()));
                }
            }
            return StandoffCli.EXIT_OK;
        }
    }

    static String pulled(SiteSync.PullReport r) {
        String items = r.items().describe();
        int conflicts = r.conflicts() + r.items().conflicts();
        return "pulled: " + r.added() + " added, " + r.changed() + " changed, " + r.deleted() + " deleted"
                + (items.isEmpty() ? "" : "; " + items) + (conflicts > 0 ? "; " + conflicts + " new conflict(s)" : "");
    }

    /** Lists open conflicts; exit 1 when there are any, so a script notices. */
    static int conflictsLeft(Path project, PrintWriter out) throws RegistryException {
        List<Conflict> open = SiteSync.conflicts(project);
        if (open.isEmpty()) {
            return StandoffCli.EXIT_OK;
        }
        for (Conflict k : open) {
            out.println(TerminalText.safe("conflict: " + k.describe()
                    + (k.siteId() == null && k.uid().contains(":") ? " [--item " + k.uid() + "]" : "")));
        }
        out.println(open.size() + " open conflict(s): settle them with 'standoff registry resolve', then push");
        return StandoffCli.EXIT_FAILED;
    }

    private RegistryCommand() {}
}
