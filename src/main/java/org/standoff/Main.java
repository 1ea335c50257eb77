package org.standoff;

import org.standoff.cli.StandoffCli;
import org.standoff.ui.StandoffApp;

/**
 * The single entry point of {@code standoff.jar} and of {@code mvn javafx:run}.
 *
 * <p>With a command or an option as its first argument it runs the headless CLI and never
 * touches JavaFX, so scripts work on machines without a display. With no argument, or with a
 * project file, it opens the desktop application. This class is the only one that knows both
 * the {@code cli} and the {@code ui} packages.
 */
public final class Main {

    private Main() {}

    public static void main(String[] rawArgs) {
        // Build tools pass an empty argument when no file is given (javafx:run with no -Dexec.args).
        String[] args =
                java.util.Arrays.stream(rawArgs).filter(a -> !a.isBlank()).toArray(String[]::new);
        if (StandoffCli.wantsCli(args)) {
            System.exit(StandoffCli.run(args));
        }
        StandoffApp.launchApp(args);
    }
}
