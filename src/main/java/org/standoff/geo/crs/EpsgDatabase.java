package org.standoff.geo.crs;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.sis.setup.Configuration;
import org.apache.sis.setup.InstallationResources;

/**
 * The embedded EPSG database (Apache Derby inside {@code sis-embedded-data}): its settings, and
 * when SIS may open it.
 *
 * <p><b>Why it matters.</b> SIS opens the database on its first geodetic use of any kind, WGS 84
 * distances included, and that costs about 1.5 s on an idle machine (0.5 s for Derby to start,
 * the rest for SIS to build WGS 84 from it) and 2.5 s of CPU. Only a CRS other than WGS 84 needs
 * the dataset: its datum, its EPSG transformation, its code. So a command-line run
 * {@linkplain #deferUntilNeeded() defers} it: SIS's connections are refused, and SIS then builds
 * WGS 84 and its ellipsoid from its own built-in definitions (the same figures), until
 * {@link #require()} is called, which {@link PrjCrs} does for any {@code .prj} that is not plain
 * WGS 84 and {@link EpsgDatums} before any lookup. SIS asks again on its next lookup after a
 * refusal (it does not fall back for good), so a deferred run that meets a NAD27 shapefile gets
 * the EPSG datum transformation exactly as an undeferred one. The app does not defer: it opens
 * the database at start on a background thread ({@link #warmUpInBackground()}).
 *
 * <p><b>Derby's log.</b> Derby otherwise writes a {@code derby.log} into the current directory
 * of whoever runs Standoff; its content (boot messages of a read-only database) is of no use to
 * a user, so it goes to {@link #DERBY_LOG}, which discards it. A caller that set one of Derby's
 * own {@code derby.stream.error.*} properties keeps its choice.
 *
 * <p>All methods are thread-safe. {@link #prepare()} must run before anything else touches SIS
 * for deferral to be possible: when SIS has already chosen its database (a test that used SIS
 * first), the database is simply never deferred.
 */
public final class EpsgDatabase {

    /** Where Derby's log goes (named in the {@code derby.stream.error.field} property); discards. */
    public static final OutputStream DERBY_LOG = OutputStream.nullOutputStream();

    /** The refusal given to SIS while deferred; recognised (and kept off the console) by its type. */
    static final class Deferred extends SQLTransientConnectionException {
        private static final long serialVersionUID = 1L;

        Deferred() {
            super("the EPSG database is not opened until a CRS other than WGS 84 needs it");
        }
    }

    private static boolean prepared;
    private static boolean installed;
    private static boolean warming;
    private static volatile boolean deferred;
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();
    /** Loggers whose filters keep SIS's console warnings quiet (see {@link #prepare()}); held so they are not collected, filters and all. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private EpsgDatabase() {}

    /**
     * Applies the settings and puts Standoff between SIS and the database; idempotent and cheap.
     * Every entry point calls it first thing (through {@link #warmUpInBackground()} or
     * {@link #deferUntilNeeded()}); {@link PrjCrs} calls it when loaded.
     */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("derby.stream.error.file") == null
                && System.getProperty("derby.stream.error.method") == null
                && System.getProperty("derby.stream.error.field") == null) {
            System.setProperty("derby.stream.error.field", EpsgDatabase.class.getName() + ".DERBY_LOG");
        }
        DataSource embedded = embedded();
        if (embedded != null) {
            try {
                Configuration.current().setDatabase(() -> new Gate(embedded));
                installed = true;
            } catch (IllegalStateException e) {
                // SIS chose its database already: it is used as it is, never deferred.
            }
        }
        for (String name : List.of(
                "org.apache.sis.referencing.factory",
                "org.apache.sis.referencing.operation",
                "org.apache.sis.referencing")) {
            Logger logger = Logger.getLogger(name);
            java.util.logging.Filter previous = logger.getFilter();
            // kept off the user's console: SIS's warnings about a refused connection, and its notice that no
            // datum-shift grids are installed (SIS_DATA unset: the EPSG alternative with its accuracy is used instead)
            logger.setFilter(r -> !causedByDeferral(r.getThrown())
                    && !(r.getMessage() != null && r.getMessage().contains("SIS_DATA"))
                    && (previous == null || previous.isLoggable(r)));
            QUIETED.add(logger);
        }
    }

    /**
     * For a run that may never need the dataset (the command line): SIS's connections are
     * refused until {@link #require()}. No effect when SIS already chose its database.
     */
    public static synchronized void deferUntilNeeded() {
        prepare();
        deferred = installed;
    }

    /** Lets SIS open the database from now on; call before anything that needs EPSG definitions. */
    public static void require() {
        deferred = false;
    }

    /** How many connections SIS has opened to the database in this process, for tests and benchmarks. */
    public static int connections() {
        return CONNECTIONS.get();
    }

    /**
     * Starts SIS's first geodetic use on a daemon thread, once per process, so that the
     * database's start overlaps with other work instead of delaying the first distance on the
     * JavaFX thread. Calls {@link #prepare()} first; never defers.
     */
    public static synchronized void warmUpInBackground() {
        prepare();
        if (warming) {
            return;
        }
        warming = true;
        Thread warm = new Thread(() -> org.apache.sis.referencing.CommonCRS.WGS84.geographic(), "sis-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private static boolean causedByDeferral(Throwable t) {
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (t instanceof Deferred) {
                return true;
            }
        }
        return false;
    }

    /** The dataset's data source as {@code sis-embedded-data} provides it; null when it is missing. */
    private static DataSource embedded() {
        try {
            for (InstallationResources r :
                    ServiceLoader.load(InstallationResources.class, EpsgDatabase.class.getClassLoader())) {
                if (r.getAuthorities().contains("Embedded") && r.getResource("Embedded", 0) instanceof DataSource ds) {
                    return ds;
                }
            }
        } catch (java.io.IOException | RuntimeException | java.util.ServiceConfigurationError e) {
            // No usable embedded dataset: SIS looks for one its own way.
        }
        return null;
    }

    /** The embedded data source, refusing connections while deferred. */
    private static final class Gate implements DataSource {
        private final DataSource target;

        Gate(DataSource target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (deferred) {
                throw new Deferred();
            }
            Connection c = target.getConnection();
            CONNECTIONS.incrementAndGet();
            return c;
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            if (deferred) {
                throw new Deferred();
            }
            Connection c = target.getConnection(user, password);
            CONNECTIONS.incrementAndGet();
            return c;
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(this) || target.isWrapperFor(iface);
        }
    }
}
