package org.standoff.ui.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import org.standoff.geo.Geodesic;
import org.standoff.geo.WebMercator;

/**
 * The map in the centre of the window: Gluon's {@link MapView} drawing basemap tiles, with
 * Standoff's navigation on top of it (wheel zoom around the cursor, keyboard zoom and pan,
 * "whole US"), and the view state published as properties.
 *
 * <p>Wheel, keys and "whole US" land on whole zoom levels: Gluon draws tiles of level
 * {@code floor(zoom + 0.2)} scaled to the zoom, so only whole levels show tiles pixel for
 * pixel, with crisp lines and labels.
 *
 * <p>Gluon keeps its tiles per view, so switching the tile source (offline/online) rebuilds
 * the view in place at the same centre and zoom. Lives on the JavaFX thread.
 */
public final class MapPane extends StackPane {

    /** The contiguous United States, lon/lat: what "whole US" frames. */
    public static final double[] CONUS = {-124.8, 24.4, -66.9, 49.4};

    public static final double PAN_STEP_PX = 120;
    private static final double MIN_ZOOM = 1;
    private static final double MAX_ZOOM = 18;

    private MapView view;
    private ViewStateLayer state;
    private final DoubleProperty zoom = new SimpleDoubleProperty();
    private final DoubleProperty centerLat = new SimpleDoubleProperty();
    private final DoubleProperty centerLon = new SimpleDoubleProperty();
    private final DoubleProperty cursorLat = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty cursorLon = new SimpleDoubleProperty(Double.NaN);
    private boolean basemapVisible = true;
    private boolean framedOnce;
    private final FeatureOverlay overlay;
    private final SiteLabelLayer siteLabels;
    private final javafx.scene.control.Label hoverLabel = new javafx.scene.control.Label();

    /**
     * @param fxThread how background renders get back to the JavaFX thread
     * @param pools where the overlay's and the site labels' render threads come from
     */
    public MapPane(java.util.function.Consumer<Runnable> fxThread, org.standoff.ui.base.ThreadPools pools) {
        overlay = new FeatureOverlay(fxThread, pools);
        siteLabels = new SiteLabelLayer(fxThread, pools);
        hoverLabel.setId("hover-label");
        hoverLabel.getStyleClass().add("hover-label");
        hoverLabel.setManaged(false);
        hoverLabel.setMouseTransparent(true);
        hoverLabel.setVisible(false);
        getStyleClass().add("map-pane");
        setMinSize(100, 100);
        setFocusTraversable(true);
        buildView(38.5, -96.5, 4);
        widthProperty().addListener((o, a, b) -> frameOnFirstLayout());
        heightProperty().addListener((o, a, b) -> frameOnFirstLayout());
    }

    /** Rebuilds the map view so that tiles are fetched again from the current tile source. */
    public void reloadTiles() {
        double lat = centerLat.get();
        double lon = centerLon.get();
        double z = zoom.get();
        buildView(lat, lon, z);
    }

    /** Frames the contiguous United States in the current window size. */
    public void showWholeUs() {
        double w = Math.max(getWidth(), 400);
        double h = Math.max(getHeight(), 300);
        double spanX = WebMercator.x(CONUS[2], 0) - WebMercator.x(CONUS[0], 0);
        double spanY = WebMercator.y(CONUS[1], 0) - WebMercator.y(CONUS[3], 0);
        double z = crispZoom(Math.log(Math.min(w / spanX, h / spanY) * 0.97) / Math.log(2));
        double midLat = WebMercator.lat((WebMercator.y(CONUS[1], 0) + WebMercator.y(CONUS[3], 0)) / 2, 0);
        setView(midLat, (CONUS[0] + CONUS[2]) / 2, clampZoom(z));
    }

    /**
     * Moves the view to a centre and zoom. Gluon applies {@code setZoom}/{@code setCenter} only
     * when the requested value differs from the previous request, and drags or wheel zooms do
     * not update that request, so each value is nudged first to make sure the move happens.
     */
    private void setView(double lat, double lon, double z) {
        view.setZoom(z + 1e-9);
        view.setZoom(z);
        view.setCenter(lat + 1e-9, lon);
        view.setCenter(lat, lon);
    }

    /** Zooms by whole {@code levels} around the centre of the view, landing on a whole level. */
    public void zoomBy(int levels) {
        zoomAroundTo(Math.round(zoom.get()) + levels, getWidth() / 2, getHeight() / 2);
    }

    private void zoomAroundTo(double target, double x, double y) {
        double clamped = clampZoom(target);
        if (clamped != zoom.get()) {
            state.zoomAround(clamped - zoom.get(), x, y);
        }
    }

    /** Pans by screen pixels; positive dx moves the view east, positive dy south. */
    public void panBy(double dx, double dy) {
        state.pan(dx, dy);
    }

    /** Centres the view on a point at the current zoom. */
    public void centerOn(double lat, double lon) {
        setView(lat, lon, zoom.get());
    }

    public void setBasemapVisible(boolean visible) {
        basemapVisible = visible;
        state.setBasemapVisible(visible);
    }

    /** Ground metres per screen pixel, measured geodesically across the centre of the view. */
    public double metresPerPixelAtCenter() {
        double cx = getWidth() / 2;
        double cy = getHeight() / 2;
        double half = 50;
        MapPoint a = view.getMapPosition(cx - half, cy);
        MapPoint b = view.getMapPosition(cx + half, cy);
        return Geodesic.distance(a.getLongitude(), a.getLatitude(), b.getLongitude(), b.getLatitude()) / (2 * half);
    }

    /** The lat/lon under a point of this pane, as {@code {lat, lon}}. */
    public double[] latLonAt(double x, double y) {
        MapPoint p = view.getMapPosition(x, y);
        return new double[] {p.getLatitude(), p.getLongitude()};
    }

    /** The screen point of a lat/lon in this pane's coordinates. */
    public Point2D screenPointOf(double lat, double lon) {
        double z = zoom.get();
        double x = WebMercator.x(lon, z) - WebMercator.x(centerLon.get(), z) + getWidth() / 2;
        double y = WebMercator.y(lat, z) - WebMercator.y(centerLat.get(), z) + getHeight() / 2;
        return new Point2D(x, y);
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyDoubleProperty centerLatProperty() {
        return centerLat;
    }

    public ReadOnlyDoubleProperty centerLonProperty() {
        return centerLon;
    }

    /** Latitude under the mouse, NaN when the mouse is off the map. */
    public ReadOnlyDoubleProperty cursorLatProperty() {
        return cursorLat;
    }

    /** Longitude under the mouse, NaN when the mouse is off the map. */
    public ReadOnlyDoubleProperty cursorLonProperty() {
        return cursorLon;
    }

    /** The Gluon map view currently shown; replaced by {@link #reloadTiles()}. */
    public MapView mapView() {
        return view;
    }

    private void buildView(double lat, double lon, double z) {
        MapView v = new MapView();
        ViewStateLayer s = new ViewStateLayer();
        v.addLayer(s);
        if (view != null) {
            view.removeLayer(overlay);
            view.removeLayer(siteLabels);
        }
        v.addLayer(overlay);
        v.addLayer(siteLabels);
        v.setZoom(z);
        v.setCenter(lat, lon);
        v.addEventFilter(ScrollEvent.SCROLL, this::onScroll);
        v.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMouse);
        v.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onMouse);
        v.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        v.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            cursorLat.set(Double.NaN);
            cursorLon.set(Double.NaN);
            hoverLabel.setVisible(false);
        });
        zoom.unbind();
        centerLat.unbind();
        centerLon.unbind();
        zoom.bind(s.zoomProperty());
        centerLat.bind(s.centerLatProperty());
        centerLon.bind(s.centerLonProperty());
        s.setBasemapVisible(basemapVisible);
        view = v;
        state = s;
        getChildren().setAll(v, hoverLabel);
    }

    /** The layer that names the sites, above the data layers. */
    public SiteLabelLayer siteLabels() {
        return siteLabels;
    }

    /** The layer that draws data layers over the basemap. */
    public FeatureOverlay overlay() {
        return overlay;
    }

    /** Shows a small label next to the mouse (feature names on hover); null or empty hides it. */
    public void showHover(String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            hoverLabel.setVisible(false);
            return;
        }
        hoverLabel.setText(text);
        hoverLabel.resize(hoverLabel.prefWidth(-1), hoverLabel.prefHeight(-1));
        hoverLabel.relocate(Math.min(x + 14, getWidth() - hoverLabel.getWidth() - 4), Math.max(2, y - 24));
        hoverLabel.setVisible(true);
    }

    /** Moves the view to a centre and zoom, e.g. a project's saved view. */
    public void setViewOf(double lat, double lon, double z) {
        framedOnce = true;
        setView(lat, lon, clampZoom(z));
    }

    /** Frames a lon/lat box, at the largest whole zoom level that shows all of it. */
    public void fit(org.locationtech.jts.geom.Envelope box) {
        if (box.isNull()) {
            return;
        }
        double w = Math.max(getWidth(), 200);
        double h = Math.max(getHeight(), 200);
        double spanX = Math.max(1e-9, WebMercator.x(box.getMaxX(), 0) - WebMercator.x(box.getMinX(), 0));
        double spanY = Math.max(1e-9, WebMercator.y(box.getMinY(), 0) - WebMercator.y(box.getMaxY(), 0));
        double z = crispZoom(Math.log(Math.min(w / spanX, h / spanY) * 0.9) / Math.log(2));
        double midLat = WebMercator.lat((WebMercator.y(box.getMinY(), 0) + WebMercator.y(box.getMaxY(), 0)) / 2, 0);
        setView(midLat, (box.getMinX() + box.getMaxX()) / 2, clampZoom(Math.min(z, 14)));
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        zoomAroundTo(Math.round(zoom.get()) + Math.signum(e.getDeltaY()), e.getX(), e.getY());
        e.consume();
    }

    private void onMouse(MouseEvent e) {
        MapPoint p = view.getMapPosition(e.getX(), e.getY());
        double lat = p.getLatitude();
        if (Math.abs(lat) > WebMercator.MAX_LATITUDE) {
            cursorLat.set(Double.NaN);
            cursorLon.set(Double.NaN);
            return;
        }
        cursorLat.set(lat);
        cursorLon.set(normaliseLongitude(p.getLongitude()));
    }

    /** The world repeats east and west of the antimeridian; readouts stay within ±180°. */
    public static double normaliseLongitude(double lon) {
        double l = ((lon + 180) % 360 + 360) % 360 - 180;
        return l == -180 && lon > 0 ? 180 : l;
    }

    private void frameOnFirstLayout() {
        if (!framedOnce && getWidth() > 0 && getHeight() > 0) {
            framedOnce = true;
            showWholeUs();
        }
    }

    /**
     * The zoom to use for a view that needs at most {@code fit}: the whole level below, unless
     * {@code fit} is within 0.2 of the next level, whose tiles Gluon then draws slightly shrunk,
     * which stays sharp (tiles are never enlarged).
     */
    static double crispZoom(double fit) {
        double whole = Math.floor(fit);
        return fit - whole >= 0.8 ? fit : whole;
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
