/**
 * Slippy-map tiles of the offline basemap: rendering them off the JavaFX thread and keeping
 * them in a bounded disk cache. The JavaFX-facing tile retriever lives in the UI.
 */
package org.standoff.render.tiles;
