package org.standoff.ui.map;

import com.gluonhq.maps.MapLayer;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * An invisible map layer that gives the rest of the UI what Gluon's {@code MapView} keeps
 * private: the live zoom and centre as observable properties, panning by pixels, and the
 * basemap's visibility.
 *
 * <p>Valid once added to a map view; before that the accessors throw.
 */
final class ViewStateLayer extends MapLayer {

    ReadOnlyDoubleProperty zoomProperty() {
        return baseMap.zoom();
    }

    ReadOnlyDoubleProperty centerLatProperty() {
        return baseMap.centerLat();
    }

    ReadOnlyDoubleProperty centerLonProperty() {
        return baseMap.centerLon();
    }

    /** Moves the view by screen pixels (positive dx shows more of the east). */
    void pan(double dx, double dy) {
        baseMap.moveX(dx);
        baseMap.moveY(dy);
    }

    /** Zooms by {@code delta} levels keeping the screen point (x, y) fixed. */
    void zoomAround(double delta, double x, double y) {
        baseMap.zoom(delta, x, y);
    }

    void setBasemapVisible(boolean visible) {
        baseMap.setVisible(visible);
    }
}
