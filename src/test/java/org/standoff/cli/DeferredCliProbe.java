package org.standoff.cli;

import java.io.PrintWriter;
import org.standoff.geo.crs.EpsgDatabase;

/**
 * Runs one CLI command the way {@code standoff} does (the EPSG database deferred), then prints
 * how many connections SIS opened to it; for {@link EpsgDeferralTest}, in a process of its own.
 */
public final class DeferredCliProbe {

    private DeferredCliProbe() {}

    public static void main(String[] args) {
        EpsgDatabase.deferUntilNeeded();
        PrintWriter out = new PrintWriter(System.out, true);
        int code = StandoffCli.run(out, new PrintWriter(System.err, true), args);
        out.println("exit=" + code + " epsg-connections=" + EpsgDatabase.connections());
    }
}
