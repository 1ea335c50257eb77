package org.standoff.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.standoff.geo.CoordinateFormat;
import org.standoff.geo.CoordinateStyle;
import org.standoff.geo.LengthUnit;
import org.standoff.render.ScaleBar;
import org.standoff.ui.base.AppSettings;

/**
 * State of the main window as JavaFX properties, with no controls: what the status bar shows
 * (cursor position, MGRS, scale), the display unit and coordinate style, and the basemap
 * choices. Display preferences are written through to {@link AppSettings}.
 *
 * <p>Usable without starting JavaFX (properties and bindings need no toolkit), which is how it
 * is tested. Not thread-safe: JavaFX thread only.
 */
public final class MainViewModel {

    static final double SCALE_BAR_MAX_PX = 120;

    private final AppSettings settings;
    private final DoubleProperty cursorLat = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty cursorLon = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty metresPerPixel = new SimpleDoubleProperty(Double.NaN);
    private final ObjectProperty<CoordinateStyle> coordinateStyle = new SimpleObjectProperty<>();
    private final ObjectProperty<LengthUnit> unit = new SimpleObjectProperty<>();
    private final BooleanProperty basemapVisible = new SimpleBooleanProperty(true);
    private final BooleanProperty onlineBasemap = new SimpleBooleanProperty();
    /** Off by default: dragging the map pans it; only in edit mode does a drag move a site or a circle zone. */
    private final BooleanProperty mapEditMode = new SimpleBooleanProperty();

    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<javafx.concurrent.Task<?>> runningTask = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper cursorText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper mgrsText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<ScaleBar> scaleBar = new ReadOnlyObjectWrapper<>();

    public MainViewModel(AppSettings settings) {
        this.settings = settings;
        coordinateStyle.set(
                parse(CoordinateStyle.class, settings.get(AppSettings.COORDINATE_STYLE, ""), CoordinateStyle.DECIMAL));
        unit.set(parse(LengthUnit.class, settings.get(AppSettings.UNIT, ""), LengthUnit.MILE));
        onlineBasemap.set(settings.getBoolean(AppSettings.ONLINE_BASEMAP, false));
        coordinateStyle.addListener((o, a, b) -> settings.put(AppSettings.COORDINATE_STYLE, b.name()));
        unit.addListener((o, a, b) -> settings.put(AppSettings.UNIT, b.name()));
        onlineBasemap.addListener((o, a, b) -> settings.put(AppSettings.ONLINE_BASEMAP, Boolean.toString(b)));

        cursorText.bind(Bindings.createStringBinding(
                () -> hasCursor()
                        ? CoordinateFormat.latLon(cursorLat.get(), cursorLon.get(), coordinateStyle.get())
                        : "",
                cursorLat,
                cursorLon,
                coordinateStyle));
        mgrsText.bind(Bindings.createStringBinding(() -> hasCursor() ? mgrsOrBlank() : "", cursorLat, cursorLon));
        scaleBar.bind(Bindings.createObjectBinding(
                () -> metresPerPixel.get() > 0
                        ? ScaleBar.fit(metresPerPixel.get(), SCALE_BAR_MAX_PX, unit.get())
                        : null,
                metresPerPixel,
                unit));
    }

    private boolean hasCursor() {
        return !Double.isNaN(cursorLat.get()) && !Double.isNaN(cursorLon.get());
    }

    private String mgrsOrBlank() {
        String m = CoordinateFormat.mgrs(cursorLat.get(), cursorLon.get());
        return m.isEmpty() ? "" : "MGRS " + m;
    }

    /** Flips between decimal degrees and degrees-minutes-seconds. */
    public void toggleCoordinateStyle() {
        coordinateStyle.set(
                coordinateStyle.get() == CoordinateStyle.DECIMAL ? CoordinateStyle.DMS : CoordinateStyle.DECIMAL);
    }

    /** Latitude under the mouse; NaN when the mouse is not over the map. */
    public DoubleProperty cursorLatProperty() {
        return cursorLat;
    }

    /** Longitude under the mouse; NaN when the mouse is not over the map. */
    public DoubleProperty cursorLonProperty() {
        return cursorLon;
    }

    /** Ground metres per screen pixel at the view's centre, measured geodesically by the map. */
    public DoubleProperty metresPerPixelProperty() {
        return metresPerPixel;
    }

    public ObjectProperty<CoordinateStyle> coordinateStyleProperty() {
        return coordinateStyle;
    }

    public ObjectProperty<LengthUnit> unitProperty() {
        return unit;
    }

    /** True while dragging on the map moves sites and circle zones (Edit › Move on Map, Ctrl+M); false: navigation never edits. */
    public BooleanProperty mapEditModeProperty() {
        return mapEditMode;
    }

    public BooleanProperty basemapVisibleProperty() {
        return basemapVisible;
    }

    /** Whether OpenStreetMap's online tiles replace the offline basemap; off by default, remembered. */
    public BooleanProperty onlineBasemapProperty() {
        return onlineBasemap;
    }

    /** A short message for the status bar, e.g. what is loading. */
    public StringProperty statusProperty() {
        return status;
    }

    /** The background task whose progress the status bar shows, or null. */
    public ObjectProperty<javafx.concurrent.Task<?>> runningTaskProperty() {
        return runningTask;
    }

    /** The cursor position formatted in the chosen style; empty off the map. */
    public ReadOnlyStringProperty cursorTextProperty() {
        return cursorText.getReadOnlyProperty();
    }

    /** The cursor position as MGRS; empty off the map or where MGRS is undefined. */
    public ReadOnlyStringProperty mgrsTextProperty() {
        return mgrsText.getReadOnlyProperty();
    }

    /** The scale bar for the current view and unit; null before the map has a size. */
    public ReadOnlyObjectProperty<ScaleBar> scaleBarProperty() {
        return scaleBar.getReadOnlyProperty();
    }

    public AppSettings settings() {
        return settings;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return fallback;
    }
}
