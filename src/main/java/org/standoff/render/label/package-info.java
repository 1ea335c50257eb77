/**
 * Map labelling shared by the screen and the page, in the manner of QGIS's PAL: every label
 * asks for a place among ranked candidate positions (eight around a point symbol, or along a
 * zone's outline), labels are placed in priority order, and no placed label overlaps another,
 * a reserved obstacle or the frame edge. A label that finds no place may fall back to a shorter
 * text, such as a site's row number in the findings table. Free of JavaFX.
 */
package org.standoff.render.label;
