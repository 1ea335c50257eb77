/**
 * SQLite and GeoPackage storage: reading feature tables and the geometry blob codec; later the
 * project file and the mining-site store. No JavaFX; SQL stays inside this package.
 */
package org.standoff.io.store;
