/**
 * The offline vector basemap: loading it from its bundled GeoPackage (land, countries, states,
 * lakes, rivers) with the gazetteer's towns, indexing it, laying out the town labels, and painting
 * it through a {@link org.standoff.render.Surface}, for screen tiles and for print alike.
 */
package org.standoff.render.basemap;
