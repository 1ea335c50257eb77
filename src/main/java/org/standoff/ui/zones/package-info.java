/**
 * Zones in the window: their view model, the zones panel with live radius, the dialogs that
 * create layer buffers, custom radii and rule-set zones, and drawing a radius on the map.
 */
package org.standoff.ui.zones;
