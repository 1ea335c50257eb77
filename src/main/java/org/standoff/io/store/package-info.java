/**
 * SQLite and GeoPackage storage: reading feature tables and the geometry blob codec, the
 * Standoff schema of the project GeoPackage ({@link org.standoff.io.store.StandoffSchema}), the
 * mining-site store ({@link org.standoff.io.store.SiteStore}) and reading other files' tables
 * for import ({@link org.standoff.io.store.SqliteTableReader}), and the whole project file
 * ({@link org.standoff.io.store.ProjectFile}, {@link org.standoff.io.store.RecoveryFiles},
 * {@link org.standoff.io.store.LayerSources}; layout in {@code docs/PROJECT_FILE.md}). No
 * JavaFX; SQL stays inside this package; the one checked exception is
 * {@link org.standoff.io.store.StoreException}.
 */
package org.standoff.io.store;
