/**
 * SQLite and GeoPackage storage: reading feature tables and the geometry blob codec, the
 * Standoff schema of the project GeoPackage ({@link org.standoff.io.store.StandoffSchema}), the
 * mining-site store ({@link org.standoff.io.store.SiteStore}) and reading other files' tables
 * for import ({@link org.standoff.io.store.SqliteTableReader}). Later the rest of the project
 * file. No JavaFX; SQL stays inside this package; the one checked exception is
 * {@link org.standoff.io.store.StoreException}.
 */
package org.standoff.io.store;
