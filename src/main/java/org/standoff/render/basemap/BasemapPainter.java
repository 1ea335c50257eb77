package org.standoff.render.basemap;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.standoff.render.GeometryPath;
import org.standoff.render.MapStyles;
import org.standoff.render.Stroke;
import org.standoff.render.Surface;
import org.standoff.render.TextStyle;
import org.standoff.render.Viewport;
import org.standoff.render.label.Candidate;
import org.standoff.render.label.CandidateSource;
import org.standoff.render.label.Candidates;
import org.standoff.render.label.LabelEngine;
import org.standoff.render.label.LabelPriority;
import org.standoff.render.label.LabelRequest;
import org.standoff.render.label.PlacedLabel;

/**
 * Paints the offline basemap: water, land, US states, lakes, rivers, borders, coastlines, state
 * and country names, and town names by population: on the screen from {@link #TOWN_MIN_ZOOM},
 * decluttered by {@link TownLabels}; on a page queued in the frame's label engine at the
 * lowest priority, their dots drawn by {@link #townDots} for the names that found a place.
 *
 * <p>Painting is a pure function of the basemap and the viewport, so neighbouring tiles
 * rendered separately join seamlessly, and a label crossing a tile edge is drawn in both tiles
 * at the same place (labels are looked up in a margin around the viewport for that reason).
 * Thread-safe: holds only the immutable basemap.
 */
public final class BasemapPainter {

    /** How far outside the viewport to look for labels that may reach into it, in pixels. */
    private static final double LABEL_MARGIN_PX = 160;

    static final double STATE_LABEL_MIN_ZOOM = 4;
    static final double COUNTRY_LABEL_MIN_ZOOM = 3;
    /** Towns are labelled from this zoom: the national view of the lower 48 states. */
    static final double TOWN_MIN_ZOOM = 4;
    /** Rivers are drawn from this zoom, where the 1:50m lines are no longer clutter. */
    static final double RIVER_MIN_ZOOM = 4;

    /** A page labels towns from this zoom (the CONUS frame of a Letter page is about zoom 3.6). */
    static final double PRINT_TOWN_MIN_ZOOM = 3;
    /** A page's frame point is finer than a screen pixel: it takes the towns of this many zooms further in. */
    static final double PRINT_ZOOM_GAIN = 1.5;
    /** At most this many towns are offered to a page's engine, the largest first. */
    static final int PRINT_TOWNS = 80;

    private static final double PRINT_DOT = 3;
    private static final org.standoff.render.SymbolStyle PRINT_TOWN_DOT = new org.standoff.render.SymbolStyle(
            org.standoff.render.SymbolStyle.Shape.CIRCLE,
            PRINT_DOT,
            org.standoff.render.Rgba.hex("#5a5a5a"),
            org.standoff.render.Rgba.hex("#fbfaf6"),
            0.6);

    private final Basemap basemap;
    private final boolean towns;

    /**
     * A painter without town labels, for print: briefing pages place their labels with the print
     * label engine, which the screen's simple declutter must not pre-empt.
     */
    public BasemapPainter(Basemap basemap) {
        this(basemap, false);
    }

    private BasemapPainter(Basemap basemap, boolean towns) {
        this.basemap = basemap;
        this.towns = towns;
    }

    /** A painter for the screen's tiles: with the town labels, decluttered by {@link TownLabels}. */
    public static BasemapPainter forScreen(Basemap basemap) {
        return new BasemapPainter(basemap, true);
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
        List<Basemap.Shape> lakes = basemap.lakes(box);
        fill(s, v, lakes, MapStyles.WATER);
        if (v.zoom() >= RIVER_MIN_ZOOM) {
            stroke(s, v, basemap.rivers(box), scaled(MapStyles.RIVER, k));
        }
        stroke(s, v, lakes, scaled(MapStyles.COASTLINE, k));
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
        if (towns && v.zoom() >= TOWN_MIN_ZOOM) {
            towns(s, v, basemap.townLabels(v.zoom(), labelBox));
        } else if (!towns && engine != null && v.zoom() >= PRINT_TOWN_MIN_ZOOM) {
            queueTowns(v, engine);
        }
    }

    /**
     * A page's towns: the largest (at most {@value #PRINT_TOWNS}) of at least the population the
     * screen labels {@value #PRINT_ZOOM_GAIN} zoom levels further in (a frame's point is finer
     * than a screen's pixel), each asking the engine for a place around its dot at the lowest
     * priority. Only towns whose name is placed get their dot, drawn by {@link #townDots}.
     */
    private void queueTowns(Viewport v, LabelEngine engine) {
        int min = TownLabels.minPopulation((int) Math.floor(v.zoom() + PRINT_ZOOM_GAIN));
        List<Basemap.Town> in = basemap.towns(v.lonLatEnvelope(0), min);
        for (Basemap.Town t : in.subList(0, Math.min(PRINT_TOWNS, in.size()))) {
            double x = v.x(t.lon());
            double y = v.y(t.lat());
            TextStyle style = printTownStyle(t.population());
            // The dot is part of the label's box: drawn only with its name, covered by nothing.
            double[] dot = {x - PRINT_DOT / 2, y - PRINT_DOT / 2, x + PRINT_DOT / 2, y + PRINT_DOT / 2};
            CandidateSource around = Candidates.around(x, y, PRINT_DOT / 2 + 1);
            CandidateSource withDot = (w, m) -> around.candidates(w, m).stream()
                    .map(c -> new Candidate(
                            c.x(),
                            c.baseline(),
                            new double[] {
                                Math.min(c.box()[0], dot[0]),
                                Math.min(c.box()[1], dot[1]),
                                Math.max(c.box()[2], dot[2]),
                                Math.max(c.box()[3], dot[3])
                            },
                            null))
                    .toList();
            engine.add(LabelRequest.of(LabelPriority.TOWN, t.name(), style, withDot, t));
        }
    }

    /** The text of a town on a page: 6.5 to 7.5 points by size, the screen's colours. */
    static TextStyle printTownStyle(int population) {
        return MapStyles.townLabel(population >= 1_000_000 ? 7.5 : population >= 100_000 ? 7 : 6.5);
    }

    /** Draws the dot of every town among the placed labels (keyed by its town): call before the labels are drawn. */
    public static void townDots(Surface s, Viewport v, List<PlacedLabel> placed) {
        double[] xy = new double[placed.size() * 2];
        int n = 0;
        for (PlacedLabel p : placed) {
            if (p.request().key() instanceof Basemap.Town t) {
                xy[2 * n] = v.x(t.lon());
                xy[2 * n + 1] = v.y(t.lat());
                n++;
            }
        }
        if (n > 0) {
            s.symbols(xy, n, PRINT_TOWN_DOT);
        }
    }

    /** Town dots and names, where {@link TownLabels} placed them for this zoom. */
    private static void towns(Surface s, Viewport v, List<TownLabels.Placed> placed) {
        if (placed.isEmpty()) {
            return;
        }
        double[] xy = new double[placed.size() * 2];
        for (int i = 0; i < placed.size(); i++) {
            xy[2 * i] = v.x(placed.get(i).town().lon());
            xy[2 * i + 1] = v.y(placed.get(i).town().lat());
        }
        s.symbols(xy, placed.size(), MapStyles.TOWN_DOT);
        for (int i = 0; i < placed.size(); i++) {
            TownLabels.Placed p = placed.get(i);
            TextStyle style = MapStyles.townLabel(p.size());
            double w = s.textWidth(p.town().name(), style);
            double x = p.left() ? xy[2 * i] - 4 - w : xy[2 * i] + 4;
            s.text(p.town().name(), x, xy[2 * i + 1] + p.size() / 3, style);
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
                engine.add(LabelRequest.of(
                        LabelPriority.BASEMAP,
                        label.text(),
                        style,
                        Candidates.centred(v.x(label.lon()), v.y(label.lat())),
                        label));
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
