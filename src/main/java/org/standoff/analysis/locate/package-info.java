/**
 * "Go to": turning what a user typed (a position in any coordinate form, a name of a site, zone
 * or feature, or a place, US county or state of the bundled offline gazetteer) into places to
 * show, for the map's search box and {@code standoff locate}.
 */
package org.standoff.analysis.locate;
