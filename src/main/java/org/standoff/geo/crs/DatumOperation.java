package org.standoff.geo.crs;

import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link Reprojection} does to the datum, for the layer's metadata and for the user: the
 * name of the transformation used (an EPSG operation such as "NAD27 to WGS 84 (4)"), its EPSG
 * code when it has one, and the accuracy the EPSG dataset states for it.
 *
 * @param name the transformation's name, or a description such as "none (already WGS 84)" or,
 *     when none is known, "no datum transformation known: D_Foo treated as WGS 84"
 * @param code "EPSG:1173" and the like, or null when the step has no code
 * @param accuracyMetres the stated accuracy of the datum step in metres (0 for none needed)
 * @param known false when no transformation between the source datum and WGS 84 is known, so
 *     that coordinates were taken as WGS 84 unchanged (an error of up to hundreds of metres)
 */
public record DatumOperation(String name, String code, double accuracyMetres, boolean known) {

    /** No datum change: the source is on WGS 84 already. */
    public static final DatumOperation NONE = new DatumOperation("none (already WGS 84)", null, 0, true);

    public DatumOperation {
        Objects.requireNonNull(name, "name");
    }

    /**
     * One line for the user, e.g. "NAD27 to WGS 84 (4), accuracy 10 m" (with the code when known), or the name
     * when no transformation is known.
     */
    public String describe() {
        if (!known) {
            return name;
        }
        return name + (code == null ? "" : " (" + code + ")") + ", accuracy "
                + String.format(
                        Locale.ROOT, accuracyMetres < 1 && accuracyMetres > 0 ? "%.2f m" : "%.0f m", accuracyMetres);
    }
}
