/**
 * "Go to": turning what a user typed (a position in any coordinate form, or a name of a site,
 * zone or feature) into places to show, for the map's search box and {@code standoff locate}.
 */
package org.standoff.analysis.locate;
