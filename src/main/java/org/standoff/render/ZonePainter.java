package org.standoff.render;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.LengthUnit;
import org.standoff.model.Zone;

/**
 * Paints zones: each band filled with the zone's colour, faintly (vector transparency in PDF),
 * outlined solid, rings dashed on their inner edge, and labelled with the band's radius in the
 * display unit at the top of its outline (at its foot where another label is in the way). The
 * selected zone is drawn with a heavier outline. Stateless and thread-safe.
 */
public final class ZonePainter {

    static final double FILL_OPACITY = 0.14;
    private static final TextStyle LABEL = new TextStyle(11, true, Rgba.hex("#222222"), Rgba.hex("#ffffff"), 2);

    private ZonePainter() {}

    public static void paint(Surface s, Viewport v, List<ZoneShapes.Shape> shapes, String selectedZoneId, LengthUnit unit) {
        paint(s, v, shapes, selectedZoneId, unit, new LabelSpace());
    }

    /** Paints zones whose labels keep out of the space other labels of the frame have taken. */
    public static void paint(Surface s, Viewport v, List<ZoneShapes.Shape> shapes, String selectedZoneId, LengthUnit unit, LabelSpace labels) {
        Envelope box = v.lonLatEnvelope(GeometryPath.CLIP_MARGIN_PX);
        for (ZoneShapes.Shape shape : shapes) {
            if (!shape.geometry().getEnvelopeInternal().intersects(box)) {
                continue;
            }
            Rgba colour = colour(shape.zone());
            boolean selected = shape.zone().id().equals(selectedZoneId);
            s.beginPath();
            GeometryPath.trace(s, v, shape.geometry());
            s.fillPath(colour.withOpacity(FILL_OPACITY));
            s.strokePath(Stroke.solid(colour, selected ? 3.0 : 1.6));
        }
        // One label per drawn part, at the top of its outline or else at its foot, skipped where
        // both would overlap another label: the zone's name with the radius on the first part of each band, the
        // radius alone on the rest (a layer buffer has one part per feature).
        java.util.Set<String> named = new java.util.HashSet<>();
        for (ZoneShapes.Shape shape : shapes) {
            Zone.Band band = shape.zone().bands().get(shape.bandIndex());
            String key = shape.zone().id() + "#" + shape.bandIndex();
            for (int i = 0; i < shape.geometry().getNumGeometries(); i++) {
                String text = named.contains(key) ? radius(band, unit) : label(shape.zone(), band, unit);
                double w = s.textWidth(text, LABEL);
                Envelope e = shape.geometry().getGeometryN(i).getEnvelopeInternal();
                if (!e.intersects(box) || v.x(e.getMaxX()) - v.x(e.getMinX()) < 30) {
                    continue;
                }
                double x = v.x((e.getMinX() + e.getMaxX()) / 2) - w / 2;
                // at the top of the outline, else at its foot
                for (double y : new double[] {v.y(e.getMaxY()) - 4, v.y(e.getMinY()) + LABEL.size() + 4}) {
                    double[] r = {x - 2, y - LABEL.size(), x + w + 2, y + 3};
                    if (y >= 14 && y <= v.height() && r[2] >= 0 && r[0] <= v.width() && labels.place(r)) {
                        named.add(key);
                        s.text(text, x, y, LABEL);
                        break;
                    }
                }
            }
        }
    }

    /** "CFIUS close proximity · 1 mi", or "Extended · 1–100 mi" for a ring. */
    public static String label(Zone z, Zone.Band band, LengthUnit unit) {
        return z.name() + " · " + radius(band, unit);
    }

    /** "1 mi", or "1–100 mi" for a ring. */
    public static String radius(Zone.Band band, LengthUnit unit) {
        String r = band.isRing() ? number(unit.fromMetres(band.innerMetres())) + "–" + number(unit.fromMetres(band.outerMetres()))
                : number(unit.fromMetres(band.outerMetres()));
        return r + " " + unit.symbol();
    }

    /** A distance value with sensible precision: whole numbers plain, 27.3, 0.84. */
    public static String number(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }

    public static Rgba colour(Zone z) {
        return z.color() != null && z.color().matches("#[0-9a-fA-F]{6}") ? Rgba.hex(z.color()) : Rgba.hex("#c0392b");
    }
}
