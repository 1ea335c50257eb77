package org.standoff.render.basemap;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The offline basemap in memory: land, countries, US states, lakes and rivers as lon/lat
 * geometries, each layer behind an STR-tree so a tile or frame touches only what it shows, and
 * the towns labelled on it (decluttered per zoom by {@link TownLabels}).
 *
 * <p>Immutable after construction and safe to query from many threads at once (the trees are
 * built eagerly, and a built STR-tree is read-only).
 */
public final class Basemap {

    /** One named shape of the basemap, e.g. a state. */
    public record Shape(String name, Geometry geometry) {}

    /**
     * A label anchored at a lon/lat point, e.g. a state's name at its interior point, shown
     * from {@code minZoom} on: the zoom at which the name fits inside its shape, so small
     * states are not buried under their neighbours' names.
     */
    public record Label(String text, double lon, double lat, double minZoom) {}

    /** A town or city the map can label, with its population (which decides at what zoom). */
    public record Town(String name, double lon, double lat, int population) {}

    /** Rough advance width of one label character in pixels, for the fit test. */
    private static final double CHAR_PX = 7.0;

    private final STRtree land;
    private final STRtree countries;
    private final STRtree states;
    private final STRtree countryLabels;
    private final STRtree stateLabels;
    private final STRtree lakes;
    private final STRtree rivers;
    private final TownLabels towns;
    private final int size;

    /** A basemap of land, countries and states only. */
    public Basemap(List<Shape> land, List<Shape> countries, List<Shape> states) {
        this(land, countries, states, List.of(), List.of(), List.of());
    }

    /** A basemap with lakes, rivers (lines) and towns too. */
    public Basemap(
            List<Shape> land,
            List<Shape> countries,
            List<Shape> states,
            List<Shape> lakes,
            List<Shape> rivers,
            List<Town> towns) {
        this.land = index(land);
        this.countries = index(countries);
        this.states = index(states);
        this.lakes = index(lakes);
        this.rivers = index(rivers);
        List<Label> countryLabelList = labels(
                countries.stream().filter(c -> !labelledByStates(c, states)).toList());
        List<Label> stateLabelList = labels(states);
        this.countryLabels = labelIndex(countryLabelList);
        this.stateLabels = labelIndex(stateLabelList);
        this.towns = new TownLabels(towns, countryLabelList, stateLabelList);
        this.size = land.size() + countries.size() + states.size() + lakes.size() + rivers.size();
    }

    /** An empty basemap: all water. */
    public static Basemap empty() {
        return new Basemap(List.of(), List.of(), List.of());
    }

    /** Lake polygons meeting the box. */
    public List<Shape> lakes(Envelope box) {
        return query(lakes, box);
    }

    /** River lines meeting the box. */
    public List<Shape> rivers(Envelope box) {
        return query(rivers, box);
    }

    /**
     * The town labels shown at {@code zoom} (its integer part) whose town lies in the box, already
     * decluttered against each other and the state and country names.
     */
    List<TownLabels.Placed> townLabels(double zoom, Envelope box) {
        return towns.query((int) Math.floor(zoom + 1e-9), box);
    }

    /** The gazetteer's towns in the box of at least {@code minPopulation} people, largest first: a page's label engine declutters them. */
    public List<Town> towns(Envelope box, int minPopulation) {
        return towns.towns(box, minPopulation);
    }

    /** Land polygons (coastlines are their outlines) meeting the box. */
    public List<Shape> land(Envelope box) {
        return query(land, box);
    }

    /** Country polygons meeting the box. */
    public List<Shape> countries(Envelope box) {
        return query(countries, box);
    }

    /** US state polygons meeting the box. */
    public List<Shape> states(Envelope box) {
        return query(states, box);
    }

    /** Country name labels anchored inside the box. */
    @SuppressWarnings("unchecked")
    public List<Label> countryLabels(Envelope box) {
        return new ArrayList<>((List<Label>) countryLabels.query(box));
    }

    /** State name labels anchored inside the box. */
    @SuppressWarnings("unchecked")
    public List<Label> stateLabels(Envelope box) {
        return new ArrayList<>((List<Label>) stateLabels.query(box));
    }

    /** Total number of shapes in all layers (towns not counted). */
    public int size() {
        return size;
    }

    /** Indexes each polygon part on its own, so a tile over Kansas never touches Eurasia. */
    private static STRtree index(List<Shape> shapes) {
        STRtree tree = new STRtree();
        for (Shape s : shapes) {
            for (int i = 0; i < s.geometry().getNumGeometries(); i++) {
                Geometry part = s.geometry().getGeometryN(i);
                tree.insert(part.getEnvelopeInternal(), new Shape(s.name(), part));
            }
        }
        tree.build();
        return tree;
    }

    /** A country whose label point lies in a state (the USA) is labelled by its states instead. */
    private static boolean labelledByStates(Shape country, List<Shape> states) {
        if (country.geometry().isEmpty()) {
            return false;
        }
        org.locationtech.jts.geom.Point p = country.geometry().getInteriorPoint();
        return states.stream()
                .anyMatch(s -> s.geometry().getEnvelopeInternal().contains(p.getCoordinate())
                        && s.geometry().contains(p));
    }

    private static STRtree labelIndex(List<Label> labels) {
        STRtree tree = new STRtree();
        for (Label l : labels) {
            tree.insert(new Envelope(l.lon(), l.lon(), l.lat(), l.lat()), l);
        }
        tree.build();
        return tree;
    }

    /** Labels go at the interior point of each shape's largest part, where the name belongs. */
    private static List<Label> labels(List<Shape> shapes) {
        List<Label> out = new ArrayList<>();
        for (Shape s : shapes) {
            if (s.name() == null || s.name().isBlank() || s.geometry().isEmpty()) {
                continue;
            }
            Geometry largest = s.geometry().getGeometryN(0);
            for (int i = 1; i < s.geometry().getNumGeometries(); i++) {
                Geometry part = s.geometry().getGeometryN(i);
                if (part.getArea() > largest.getArea()) {
                    largest = part;
                }
            }
            org.locationtech.jts.geom.Point p = largest.getInteriorPoint();
            double widthDeg = Math.max(1e-9, largest.getEnvelopeInternal().getWidth());
            double textPx = s.name().length() * CHAR_PX;
            double minZoom = Math.log(textPx * 360.0 / (256.0 * widthDeg)) / Math.log(2);
            out.add(new Label(s.name(), p.getX(), p.getY(), minZoom));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Shape> query(STRtree tree, Envelope box) {
        List<Shape> hits = new ArrayList<>((List<Shape>) tree.query(box));
        // The tree returns hits in tree order; keep a stable order so overlaps paint the same every time.
        hits.sort((a, b) -> a.name().compareTo(b.name()));
        return hits;
    }
}
