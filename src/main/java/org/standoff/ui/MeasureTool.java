package org.standoff.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.input.MouseEvent;
import org.standoff.geo.GeodesicArea;
import org.standoff.geo.GeodesicPath;
import org.standoff.ui.map.MapPane;

/**
 * The map's measure tool: click points, double-click to finish; every segment is drawn with its
 * geodesic length as it is added. Measuring a distance, the finished path's total and azimuths go
 * to the status bar and the clipboard; measuring an area, the ring is closed back to the first
 * point as it is drawn, and its geodesic area and perimeter go there. Esc cancels; the lines stay
 * drawn until the next measurement or Esc. JavaFX thread only.
 */
final class MeasureTool {

    private final MapPane map;
    private final Runnable redraw;
    private final BiConsumer<GeodesicPath, GeodesicArea> finished;
    private List<double[]> points;
    private boolean area;
    private GeodesicPath shown;
    private GeodesicArea shownArea;

    /**
     * @param redraw redraws the overlay's measured lines (which include {@link #segments()})
     * @param finished receives the finished path, and its area when an area was measured (else null)
     */
    MeasureTool(MapPane map, Runnable redraw, BiConsumer<GeodesicPath, GeodesicArea> finished) {
        this.map = map;
        this.redraw = redraw;
        this.finished = finished;
    }

    /** Starts measuring a distance along a path. */
    void start() {
        start(false);
    }

    /** Starts measuring a distance ({@code false}) or the area of a polygon ({@code true}). */
    void start(boolean measureArea) {
        assert javafx.application.Platform.isFxApplicationThread();
        points = new ArrayList<>();
        area = measureArea;
        shown = null;
        shownArea = null;
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
        int needed = area ? 3 : 2;
        if (e.getClickCount() < 2) {
            points.add(new double[] {MapPane.normaliseLongitude(ll[1]), ll[0]});
            show();
            redraw.run();
        } else if (points.size() >= needed) {
            show();
            points = null;
            map.setCursor(javafx.scene.Cursor.DEFAULT);
            redraw.run();
            finished.accept(shown, shownArea);
        }
        return true;
    }

    /** The path drawn so far: for an area, closed back to its first point once it has three. */
    private void show() {
        List<double[]> ring = new ArrayList<>(points);
        if (area && points.size() >= 3) {
            ring.add(points.get(0));
        }
        shown = GeodesicPath.through(ring);
        shownArea = area ? GeodesicArea.of(points) : null;
    }

    /** Stops measuring and clears the lines; false when there was nothing to cancel. */
    boolean cancel() {
        if (points == null && shown == null) {
            return false;
        }
        points = null;
        shown = null;
        shownArea = null;
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

    /** The area being measured or last measured, or null when measuring a distance. */
    GeodesicArea area() {
        return shownArea;
    }
}
