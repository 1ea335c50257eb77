package org.standoff.geo.crs;

import java.io.OutputStream;

/**
 * Settings for the embedded EPSG database (Apache Derby inside {@code sis-embedded-data}) that
 * must be made before SIS first opens it.
 *
 * <p>Derby otherwise writes a {@code derby.log} into the current directory of whoever runs
 * Standoff, the CLI included; its content (boot messages of a read-only database) is of no use
 * to a user, so it goes to {@link #DERBY_LOG}, which discards it. A caller that set one of
 * Derby's own {@code derby.stream.error.*} properties keeps its choice. Thread-safe.
 */
public final class EpsgDatabase {

    /** Where Derby's log goes (named in the {@code derby.stream.error.field} property); discards. */
    public static final OutputStream DERBY_LOG = OutputStream.nullOutputStream();

    private EpsgDatabase() {
    }

    /**
     * Applies the settings; idempotent and cheap. {@link PrjCrs} calls it when loaded, but any
     * use of SIS's {@code CommonCRS} (the geodesic code does) opens the database too, so an
     * application's entry point should call this first thing: otherwise the first of those
     * uses writes {@code derby.log} into the current directory.
     */
    public static synchronized void prepare() {
        if (System.getProperty("derby.stream.error.file") == null && System.getProperty("derby.stream.error.method") == null
                && System.getProperty("derby.stream.error.field") == null) {
            System.setProperty("derby.stream.error.field", EpsgDatabase.class.getName() + ".DERBY_LOG");
        }
    }
}
