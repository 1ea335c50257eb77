/**
 * Plain data of a Standoff project: layers, features, fields, mining sites, zones and rule
 * sets. Depends on JTS geometry only; knows nothing of files, the Earth's shape or JavaFX.
 */
package org.standoff.model;
