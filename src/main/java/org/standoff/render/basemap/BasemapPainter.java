package org.standoff.render.basemap;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.standoff.render.GeometryPath;
import org.standoff.render.MapStyles;
import org.standoff.render.Stroke;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;
import org.standoff.render.Viewport;
import org.standoff.render.label.Candidates;
import org.standoff.render.label.LabelEngine;
import org.standoff.render.label.LabelPriority;
import org.standoff.render.label.LabelRequest;

/**
 * Paints the offline basemap: water, land, US states, borders, coastlines and labels.
 *
 * <p>Painting is a pure function of the basemap and the viewport, so neighbouring tiles
 * rendered separately join seamlessly, and a label crossing a tile edge is drawn in both tiles
 * at the same place (labels are looked up in a margin around the viewport for that reason).
 * Thread-safe: holds only the immutable basemap.
 */
public final class BasemapPainter {

    /** How far outside the viewport to look for labels that may reach into it, in pixels. */
    private static final double LABEL_MARGIN_PX = 160;
    private static final double STATE_LABEL_MIN_ZOOM = 4;
    private static final double COUNTRY_LABEL_MIN_ZOOM = 3;

    private final Basemap basemap;

    public BasemapPainter(Basemap basemap) {
        this.basemap = basemap;
    }

    /** Paints the whole basemap onto the surface for the viewport, its names placed as they come (map tiles). */
    public void paint(Surface s, Viewport v) {
        paint(s, v, null);
    }

    /**
     * Paints the basemap; with an engine, the state and country names are queued in it at the
     * lowest priority instead of drawn, so a frame's other labels push them aside rather than
     * overprint them (a page's map frame).
     */
    public void paint(Surface s, Viewport v, LabelEngine engine) {
        s.fillRect(0, 0, s.width(), s.height(), MapStyles.WATER);
        Envelope box = v.lonLatEnvelope(2);
        double k = MapStyles.borderScale(v.zoom());

        List<Basemap.Shape> land = basemap.land(box);
        fill(s, v, land, MapStyles.FOREIGN_LAND);
        List<Basemap.Shape> states = basemap.states(box);
        fill(s, v, states, MapStyles.US_LAND);
        stroke(s, v, states, scaled(MapStyles.STATE_BORDER, k));
        stroke(s, v, basemap.countries(box), scaled(MapStyles.COUNTRY_BORDER, k));
        stroke(s, v, land, scaled(MapStyles.COASTLINE, k));

        Envelope labelBox = v.lonLatEnvelope(LABEL_MARGIN_PX);
        if (v.zoom() >= COUNTRY_LABEL_MIN_ZOOM) {
            labels(s, v, basemap.countryLabels(labelBox), MapStyles.COUNTRY_LABEL, engine);
        }
        if (v.zoom() >= STATE_LABEL_MIN_ZOOM) {
            labels(s, v, basemap.stateLabels(labelBox), MapStyles.STATE_LABEL, engine);
        }
    }

    private static void fill(Surface s, Viewport v, List<Basemap.Shape> shapes, org.standoff.render.Rgba color) {
        if (shapes.isEmpty()) {
            return;
        }
        s.beginPath();
        for (Basemap.Shape shape : shapes) {
            GeometryPath.trace(s, v, shape.geometry());
        }
        s.fillPath(color);
    }

    private static void stroke(Surface s, Viewport v, List<Basemap.Shape> shapes, Stroke stroke) {
        if (shapes.isEmpty()) {
            return;
        }
        s.beginPath();
        for (Basemap.Shape shape : shapes) {
            GeometryPath.trace(s, v, shape.geometry());
        }
        s.strokePath(stroke);
    }

    private static void labels(Surface s, Viewport v, List<Basemap.Label> labels, TextStyle style, LabelEngine engine) {
        for (Basemap.Label label : labels) {
            if (v.zoom() < label.minZoom()) {
                continue;
            }
            if (engine != null) {
                engine.add(LabelRequest.of(LabelPriority.BASEMAP, label.text(), style, Candidates.centred(v.x(label.lon()), v.y(label.lat())), label));
                continue;
            }
            double w = s.textWidth(label.text(), style);
            double x = v.x(label.lon()) - w / 2;
            double y = v.y(label.lat()) + style.size() / 3;
            s.text(label.text(), x, y, style);
        }
    }

    private static Stroke scaled(Stroke s, double k) {
        return new Stroke(s.color(), s.width() * k, s.dashes());
    }
}
