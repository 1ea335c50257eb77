package org.standoff.ui.map;

import com.gluonhq.maps.MapLayer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.standoff.analysis.Finding;
import org.standoff.geo.WebMercator;
import org.standoff.model.MiningSite;
import org.standoff.render.Java2DSurface;
import org.standoff.render.Viewport;
import org.standoff.render.label.LabelEngine;
import org.standoff.render.label.PlacedLabel;
import org.standoff.render.label.SiteLabels;

/**
 * The sites' names on the map, placed by the same label engine as the briefing page
 * ({@link SiteLabels}): flagged sites first, no two names overlapping, none on a symbol. A
 * layer of its own above the feature overlay, rendered as {@link FeatureOverlay} is: the view
 * and content are snapshotted on the JavaFX thread, planned and painted into an image on a
 * background thread, and committed on the JavaFX thread; a newer frame supersedes one not yet
 * started, and while a frame is painted the last image follows the map.
 *
 * <p>Does not know the overlay's zone and measurement labels, so a site name may cross one of
 * those; it never crosses another site's name or symbol.
 */
public final class SiteLabelLayer extends MapLayer {

    /** What one plan needs, captured on the JavaFX thread. */
    record Frame(Viewport viewport, List<MiningSite> sites, Map<Long, Finding> findings) {}

    private final ImageView view = new ImageView();
    private final ExecutorService renderer;
    private final AtomicReference<Frame> pending = new AtomicReference<>();
    private final Consumer<Runnable> fxThread;
    private List<MiningSite> sites = List.of();
    private Map<Long, Finding> findings = Map.of();
    private Frame shown;
    private List<PlacedLabel> placed = List.of();
    private static final System.Logger LOG = System.getLogger(SiteLabelLayer.class.getName());

    /**
     * @param fxThread how to get back to the JavaFX thread (the UI executor's {@code onFxThread})
     * @param pools where the layer's one planning thread comes from
     */
    public SiteLabelLayer(Consumer<Runnable> fxThread, org.standoff.ui.base.ThreadPools pools) {
        this.fxThread = fxThread;
        this.renderer = pools.threads("site-labels", 1);
        setMouseTransparent(true);
        view.setManaged(false);
        getChildren().add(view);
    }

    /** Replaces the sites (an immutable list) and the findings that say which are flagged (kept, not copied: treated as read-only), and redraws. */
    public void setSites(List<MiningSite> all, Map<Long, Finding> current) {
        sites = all;
        findings = current == null ? Map.of() : current;
        requestRender();
    }

    /** Replaces the findings that say which sites are flagged (kept, not copied: treated as read-only), and redraws. */
    public void setFindings(Map<Long, Finding> current) {
        findings = current == null ? Map.of() : current;
        requestRender();
    }

    /** The names shown, as placed for the image on screen (JavaFX thread). */
    public List<PlacedLabel> placed() {
        return placed;
    }

    /** True when the image on screen was planned for the current view, sites and findings (JavaFX thread). */
    public boolean isCurrent() {
        return pending.get() == null
                && shown != null
                && shown.viewport().equals(currentViewport())
                && shown.sites() == sites
                && shown.findings() == findings;
    }

    @Override
    protected void layoutLayer() {
        placeImage();
        requestRender();
    }

    private Viewport currentViewport() {
        double z = baseMap.zoom().get();
        Point2D origin = getMapPoint(0, 0);
        double half = WebMercator.worldSize(z) / 2;
        javafx.scene.layout.Region parent = getParent() instanceof javafx.scene.layout.Region r ? r : null;
        return new Viewport(
                z,
                half - origin.getX(),
                half - origin.getY(),
                parent == null ? 0 : parent.getWidth(),
                parent == null ? 0 : parent.getHeight());
    }

    private void requestRender() {
        if (baseMap == null) {
            return;
        }
        Viewport v = currentViewport();
        if (v.width() < 1 || v.height() < 1) {
            return;
        }
        if (pending.getAndSet(new Frame(v, sites, findings)) == null) {
            renderer.submit(this::renderLatest);
        }
    }

    /** Sites not in a zone are named from this zoom on (a state or closer), where they no longer crowd the view. */
    static final double OTHERS_FROM_ZOOM = 7;
    /** View area per flagged name: about 20 names in a 1,100 × 800 view, the closest hits first. */
    static final double PIXELS_PER_NAME = 45_000;

    /**
     * The flagged sites in view to name: all when few, else the budget's worth with the closest
     * zone hits (the rest keep their symbols, and the findings table lists them all).
     */
    private static java.util.Set<Long> nearestFlagged(
            Viewport v, Frame frame, java.util.function.LongPredicate flagged) {
        int budget = (int) Math.max(12, v.width() * v.height() / PIXELS_PER_NAME);
        List<double[]> inView = new java.util.ArrayList<>();
        for (MiningSite s : frame.sites()) {
            double x = v.x(s.lon());
            double y = v.y(s.lat());
            if (x < 0 || y < 0 || x > v.width() || y > v.height() || !flagged.test(s.id())) {
                continue;
            }
            double nearest = frame.findings().get(s.id()).hits().stream()
                    .mapToDouble(Finding.ZoneHit::distanceMetres)
                    .min()
                    .orElse(Double.POSITIVE_INFINITY);
            inView.add(new double[] {nearest, s.id()});
        }
        inView.sort(java.util.Comparator.comparingDouble((double[] a) -> a[0]).thenComparingDouble(a -> a[1]));
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (int i = 0; i < Math.min(budget, inView.size()); i++) {
            out.add((long) inView.get(i)[1]);
        }
        return out;
    }

    private void renderLatest() {
        Frame frame = pending.getAndSet(null);
        if (frame == null) {
            return;
        }
        Viewport v = frame.viewport();
        int w = (int) Math.ceil(v.width());
        int h = (int) Math.ceil(v.height());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        List<PlacedLabel> labels;
        try {
            java.util.function.LongPredicate flagged = id -> {
                Finding f = frame.findings().get(id);
                return f != null && f.flagged();
            };
            java.util.Set<Long> named = nearestFlagged(v, frame, flagged);
            LabelEngine engine =
                    SiteLabels.plan(v, frame.sites(), flagged, named::contains, v.zoom() >= OTHERS_FROM_ZOOM);
            labels = engine.draw(Java2DSurface.over(img, g));
        } catch (RuntimeException e) {
            // A bug in labelling must not stop later frames: report it and keep the last image.
            LOG.log(System.Logger.Level.ERROR, "cannot place the site names at " + v, e);
            return;
        } finally {
            g.dispose();
        }
        int[] pixels = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        fxThread.accept(() -> {
            view.setImage(out);
            shown = frame;
            placed = labels;
            placeImage();
        });
    }

    /** Moves and scales the last image to where its frame now lies on screen. */
    private void placeImage() {
        if (shown == null || baseMap == null || view.getImage() == null) {
            return;
        }
        Viewport was = shown.viewport();
        Viewport now = currentViewport();
        double k = Math.pow(2, now.zoom() - was.zoom());
        view.setLayoutX(was.originX() * k - now.originX());
        view.setLayoutY(was.originY() * k - now.originY());
        view.setFitWidth(was.width() * k);
        view.setFitHeight(was.height() * k);
    }
}
