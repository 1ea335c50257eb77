/**
 * Data layers in the window: their view model, the layers panel, loading shapefiles in the
 * background, styling, and the attribute panel of an identified feature.
 */
package org.standoff.ui.layers;
