package org.standoff.io.store;

import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import org.standoff.io.AtomicFiles;

/**
 * What a save writes through: the file steps of a new file's replacement
 * ({@link AtomicFiles.Disk}: force, rename, force the folder) and the settings of every SQLite
 * connection that writes the project. {@link #SYSTEM} is the real disk; fault-injection tests
 * ({@code ProjectFileFaultTest}) pass one that fails a step or caps the database's size
 * ({@code PRAGMA max_page_count}, SQLite's own "disk full"), to check that each failure leaves
 * the previous file with all its data and is reported as a failure. Immutable.
 */
record SaveDisk(AtomicFiles.Disk files, Consumer<SQLiteConfig> sqlite) {

    /** The real disk, SQLite's settings untouched. */
    static final SaveDisk SYSTEM = new SaveDisk(AtomicFiles.Disk.SYSTEM, config -> {});

    /** {@code config} with this disk's settings applied, for a connection that writes. */
    SQLiteConfig apply(SQLiteConfig config) {
        sqlite.accept(config);
        return config;
    }
}
