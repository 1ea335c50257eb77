package org.standoff.ui.map;

import com.gluonhq.maps.MapLayer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.LengthUnit;
import org.standoff.geo.WebMercator;
import org.standoff.model.Feature;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.render.Java2DSurface;
import org.standoff.render.LayerPainter;
import org.standoff.render.MeasurePainter;
import org.standoff.render.SitePainter;
import org.standoff.render.SiteStyle;
import org.standoff.render.Viewport;
import org.standoff.render.ZonePainter;
import org.standoff.render.label.LabelEngine;
import org.standoff.ui.base.ThreadPools;

/**
 * Draws the data layers over the basemap as one image, never a node per feature
 * (DESIGN.md decision 5).
 *
 * <p>Rendering follows SIS's {@code MapCanvas} in three steps: the view state is snapshotted
 * on the JavaFX thread into an immutable {@link Frame}, painted into an image on a background
 * thread, and committed on the JavaFX thread. A newer frame supersedes an older one that has
 * not started. While a frame is being painted the last image is moved and scaled with the map,
 * so panning and zooming never wait for a render.
 */
public final class FeatureOverlay extends MapLayer {

    /** Everything one render needs, captured on the JavaFX thread; {@code siteStyle} null: sites hidden. */
    public record Frame(
            Viewport viewport,
            List<ProjectLayer> layers,
            Set<Feature> selected,
            List<MiningSite> sites,
            MiningSite selectedSite,
            List<ZoneShapes.Shape> zones,
            String selectedZone,
            LengthUnit unit,
            List<double[]> lines,
            SiteStyle siteStyle,
            boolean zonesVisible) {}

    private final ImageView view = new ImageView();
    private final ExecutorService renderer;
    private final AtomicReference<Frame> pending = new AtomicReference<>();
    private final Consumer<Runnable> fxThread;
    private List<ProjectLayer> layers = List.of();
    private Set<Feature> selected = Set.of();
    private List<MiningSite> sites = List.of();
    private MiningSite selectedSite;
    private List<ZoneShapes.Shape> zones = List.of();
    private String selectedZone;
    private LengthUnit unit = LengthUnit.MILE;
    private List<double[]> lines = List.of();
    private SiteStyle siteStyle = SiteStyle.DEFAULT;
    private boolean zonesVisible = true;
    private Viewport shown;
    private List<ProjectLayer> shownLayers;
    private Set<Feature> shownSelection;
    private List<MiningSite> shownSites;
    private MiningSite shownSelectedSite;
    private List<ZoneShapes.Shape> shownZones;
    private List<double[]> shownLines;
    private SiteStyle shownSiteStyle;
    private boolean shownZonesVisible;
    private volatile long framesPainted;
    private volatile double lastRenderMillis;
    private static final System.Logger LOG = System.getLogger(FeatureOverlay.class.getName());

    /** @param fxThread how to get back to the JavaFX thread (the UI executor's {@code onFxThread}) */
    public FeatureOverlay(Consumer<Runnable> fxThread, ThreadPools pools) {
        this.fxThread = fxThread;
        this.renderer = pools.threads("overlay-render", 1);
        setMouseTransparent(true);
        view.setManaged(false);
        getChildren().add(view);
    }

    /** Replaces what is drawn (layers in drawing order, bottom first) and redraws. */
    public void setContent(List<ProjectLayer> drawingOrder, Set<Feature> selection) {
        layers = List.copyOf(drawingOrder);
        selected = Set.copyOf(selection);
        requestRender();
    }

    /** Replaces the mining sites drawn on top of the layers, and the selected one (or null), and redraws. */
    public void setSites(List<MiningSite> all, MiningSite selection) {
        sites = List.copyOf(all);
        selectedSite = selection;
        requestRender();
    }

    /** Replaces the zone shapes drawn between layers and sites, the selected zone id and the label unit, and redraws. */
    public void setZones(List<ZoneShapes.Shape> shapes, String selectedZoneId, LengthUnit labelUnit) {
        zones = List.copyOf(shapes);
        selectedZone = selectedZoneId;
        unit = labelUnit;
        requestRender();
    }

    /**
     * Replaces the measurement lines (each {lon1, lat1, lon2, lat2, metres}), drawn as geodesics
     * with their length, e.g. from a selected site to its nearest installation; redraws.
     */
    public void setLines(List<double[]> measured) {
        lines = List.copyOf(measured);
        requestRender();
    }

    /**
     * Shows or hides the sites and the zones as layers, and sets how sites are drawn
     * ({@code siteStyle} null: sites hidden); redraws.
     */
    public void setSiteAndZoneLayers(SiteStyle style, boolean zonesShown) {
        siteStyle = style;
        zonesVisible = zonesShown;
        requestRender();
    }

    /** The current view as a viewport, from where Gluon puts lat/lon 0/0 on screen. */
    public Viewport currentViewport() {
        double z = baseMap.zoom().get();
        Point2D origin = getMapPoint(0, 0);
        double half = WebMercator.worldSize(z) / 2;
        return new Viewport(
                z,
                half - origin.getX(),
                half - origin.getY(),
                getParent() == null ? 0 : ((javafx.scene.layout.Region) getParent()).getWidth(),
                getParent() == null ? 0 : ((javafx.scene.layout.Region) getParent()).getHeight());
    }

    /** True when the image on screen was painted for the current view and content (JavaFX thread). */
    public boolean isCurrent() {
        return pending.get() == null
                && shown != null
                && shown.equals(currentViewport())
                && shownLayers == layers
                && shownSelection == selected
                && shownSites == sites
                && shownSelectedSite == selectedSite
                && shownZones == zones
                && shownLines == lines
                && shownSiteStyle == siteStyle
                && shownZonesVisible == zonesVisible;
    }

    /** Frames committed so far; lets tests wait for a render without sleeping. */
    public long framesPainted() {
        return framesPainted;
    }

    /** How long the last frame took to paint, in milliseconds. */
    public double lastRenderMillis() {
        return lastRenderMillis;
    }

    @Override
    protected void layoutLayer() {
        placeImage();
        requestRender();
    }

    private void requestRender() {
        if (baseMap == null) {
            return;
        }
        Viewport v = currentViewport();
        if (v.width() < 1 || v.height() < 1) {
            return;
        }
        Frame frame = new Frame(
                v, layers, selected, sites, selectedSite, zones, selectedZone, unit, lines, siteStyle, zonesVisible);
        if (pending.getAndSet(frame) == null) {
            renderer.submit(this::renderLatest);
        }
    }

    private void renderLatest() {
        Frame frame = pending.getAndSet(null);
        if (frame == null) {
            return;
        }
        long t0 = System.nanoTime();
        WritableImage image;
        try {
            image = paint(frame);
        } catch (RuntimeException e) {
            // A bug in painting must not stop all later frames: report it and keep the last image.
            LOG.log(System.Logger.Level.ERROR, "cannot paint the map overlay at " + frame.viewport(), e);
            return;
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        fxThread.accept(() -> {
            view.setImage(image);
            shown = frame.viewport();
            shownLayers = frame.layers();
            shownSelection = frame.selected();
            shownSites = frame.sites();
            shownSelectedSite = frame.selectedSite();
            shownZones = frame.zones();
            shownLines = frame.lines();
            shownSiteStyle = frame.siteStyle();
            shownZonesVisible = frame.zonesVisible();
            lastRenderMillis = ms;
            framesPainted++;
            placeImage();
        });
    }

    /** Paints a frame into a JavaFX image; runs on the render thread. */
    static WritableImage paint(Frame frame) {
        BufferedImage img = paintImage(frame);
        int w = img.getWidth();
        int h = img.getHeight();
        int[] pixels = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return out;
    }

    /** Paints a frame into a Java2D image, without JavaFX (the benchmark's entry); any thread. */
    static BufferedImage paintImage(Frame frame) {
        Viewport v = frame.viewport();
        int w = (int) Math.ceil(v.width());
        int h = (int) Math.ceil(v.height());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            Java2DSurface surface = Java2DSurface.over(img, g);
            LayerPainter.paint(surface, v, frame.layers(), frame.selected());
            LabelEngine labels = new LabelEngine(v.width(), v.height(), 0);
            List<double[]> lengthsAt =
                    MeasurePainter.placeLabels(surface, v, frame.lines(), frame.unit(), labels.space());
            if (frame.zonesVisible()) {
                ZonePainter.paint(surface, v, frame.zones(), frame.selectedZone(), frame.unit(), labels);
            }
            MeasurePainter.paint(surface, v, frame.lines(), frame.unit(), lengthsAt);
            if (frame.siteStyle() != null) {
                SitePainter.paint(surface, v, frame.sites(), frame.selectedSite(), frame.siteStyle());
            }
            labels.draw(surface);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Moves and scales the last image to where its frame now lies on screen. */
    private void placeImage() {
        if (shown == null || baseMap == null || view.getImage() == null) {
            return;
        }
        Viewport now = currentViewport();
        double k = Math.pow(2, now.zoom() - shown.zoom());
        view.setLayoutX(shown.originX() * k - now.originX());
        view.setLayoutY(shown.originY() * k - now.originY());
        view.setFitWidth(shown.width() * k);
        view.setFitHeight(shown.height() * k);
    }
}
