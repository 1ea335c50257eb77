package org.standoff.model;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A zone the analyst screens sites against (DESIGN.md decisions 2, 3 and 9). Three kinds:
 * <ul>
 * <li>{@link Kind#LAYER_BUFFER}: distance bands around the features of a layer (all of them, or
 * those chosen by {@link FeatureFilter}), measured from each feature's boundary;</li>
 * <li>{@link Kind#CIRCLE}: a custom exclusion radius around a point;</li>
 * <li>{@link Kind#POLYGON}: a drawn polygon with an optional buffer around it.</li>
 * </ul>
 * Every zone has one or more {@link Band}s: a disc from 0 to a radius, or a ring between an
 * inner and an outer radius (the CFIUS 1–100 mile extended range is a ring). A site is in a
 * band when its exact geodesic distance to the source lies within [inner, outer] (inner 0
 * includes the inside of a polygon). Radii are metres. Immutable; ids are stable across edits.
 *
 * @param sourceLayerId  the layer buffered ({@code LAYER_BUFFER}), else null
 * @param geometry       the centre point ({@code CIRCLE}) or polygon ({@code POLYGON}) in WGS84,
 *                       else null
 * @param ruleId         the rule this zone was made from, or null for the analyst's own zones
 */
public record Zone(
        String id,
        String name,
        Kind kind,
        String sourceLayerId,
        FeatureFilter filter,
        Geometry geometry,
        List<Band> bands,
        boolean dissolve,
        String color,
        String ruleId) {

    /** What a zone is measured from. */
    public enum Kind {
        LAYER_BUFFER,
        CIRCLE,
        POLYGON
    }

    /**
     * A distance band in metres: {@code inner} 0 for a disc. The band (0, 0) is the inside of a
     * polygon zone with no buffer.
     */
    public record Band(double innerMetres, double outerMetres) {
        public Band {
            boolean insideOnly = innerMetres == 0 && outerMetres == 0;
            if (!(innerMetres >= 0) || !(outerMetres > innerMetres) && !insideOnly) {
                throw new IllegalArgumentException(
                        "a band needs 0 <= inner < outer: " + innerMetres + ", " + outerMetres);
            }
        }

        /** A disc of a radius. */
        public static Band disc(double radiusMetres) {
            return new Band(0, radiusMetres);
        }

        public boolean isRing() {
            return innerMetres > 0;
        }

        /** True when a distance lies in the band (both ends included). */
        public boolean contains(double metres) {
            return metres >= innerMetres && metres <= outerMetres;
        }
    }

    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a zone needs at least one band");
        }
        filter = filter == null ? FeatureFilter.ALL : filter;
        if (kind == Kind.LAYER_BUFFER && sourceLayerId == null) {
            throw new IllegalArgumentException("a layer buffer needs a source layer");
        }
        if (kind != Kind.LAYER_BUFFER && geometry == null) {
            throw new IllegalArgumentException("a " + kind + " zone needs a geometry");
        }
    }

    /** The largest outer radius of its bands. */
    public double maxRadiusMetres() {
        return bands.stream().mapToDouble(Band::outerMetres).max().orElse(0);
    }

    public Zone withName(String n) {
        return new Zone(id, n, kind, sourceLayerId, filter, geometry, bands, dissolve, color, ruleId);
    }

    public Zone withBands(List<Band> b) {
        return new Zone(id, name, kind, sourceLayerId, filter, geometry, b, dissolve, color, ruleId);
    }

    public Zone withGeometry(Geometry g) {
        return new Zone(id, name, kind, sourceLayerId, filter, g, bands, dissolve, color, ruleId);
    }

    public Zone withColor(String c) {
        return new Zone(id, name, kind, sourceLayerId, filter, geometry, bands, dissolve, c, ruleId);
    }
}
