/**
 * The offline vector basemap: loading it from its bundled GeoPackage, indexing it, and painting
 * it through a {@link org.standoff.render.Surface}, for screen tiles and for print alike.
 */
package org.standoff.render.basemap;
