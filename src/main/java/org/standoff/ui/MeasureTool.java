package org.standoff.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.MouseEvent;
import org.standoff.geo.GeodesicPath;
import org.standoff.ui.map.MapPane;

/**
 * The map's measure tool: click points, double-click to finish; every segment is drawn with its
 * geodesic length as it is added, and the finished path's total and azimuths go to the status bar
 * and the clipboard. Esc cancels; the lines stay drawn until the next measurement or Esc. JavaFX
 * thread only.
 */
final class MeasureTool {

    private final MapPane map;
    private final Runnable redraw;
    private final Consumer<GeodesicPath> finished;
    private List<double[]> points;
    private GeodesicPath shown;

    /**
     * @param redraw redraws the overlay's measured lines (which include {@link #segments()})
     * @param finished receives the finished path
     */
    MeasureTool(MapPane map, Runnable redraw, Consumer<GeodesicPath> finished) {
        this.map = map;
        this.redraw = redraw;
        this.finished = finished;
    }

    void start() {
        assert javafx.application.Platform.isFxApplicationThread();
        points = new ArrayList<>();
        shown = null;
        map.setCursor(javafx.scene.Cursor.CROSSHAIR);
        redraw.run();
    }

    boolean active() {
        return points != null;
    }

    /** Handles a click while measuring; false when not measuring. */
    boolean click(MouseEvent e) {
        if (points == null) {
            return false;
        }
        double[] ll = map.latLonAt(e.getX(), e.getY());
        if (e.getClickCount() < 2) {
            points.add(new double[] {MapPane.normaliseLongitude(ll[1]), ll[0]});
            shown = GeodesicPath.through(points);
            redraw.run();
        } else if (points.size() >= 2) {
            GeodesicPath done = GeodesicPath.through(points);
            points = null;
            shown = done;
            map.setCursor(javafx.scene.Cursor.DEFAULT);
            redraw.run();
            finished.accept(done);
        }
        return true;
    }

    /** Stops measuring and clears the lines; false when there was nothing to cancel. */
    boolean cancel() {
        if (points == null && shown == null) {
            return false;
        }
        points = null;
        shown = null;
        map.setCursor(javafx.scene.Cursor.DEFAULT);
        redraw.run();
        return true;
    }

    /** The measured segments to draw, {lon1, lat1, lon2, lat2, metres} each. */
    List<double[]> segments() {
        return shown == null ? List.of() : shown.segments();
    }

    /** The path being measured or last measured, or null. */
    GeodesicPath path() {
        return shown;
    }
}
