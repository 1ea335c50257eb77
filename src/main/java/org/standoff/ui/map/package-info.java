/**
 * The map view: Gluon Maps for tiles and navigation, Standoff's tile sources (offline
 * basemap by default, OpenStreetMap only when the user turns it on) and view-state plumbing.
 */
package org.standoff.ui.map;
