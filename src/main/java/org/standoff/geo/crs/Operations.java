package org.standoff.geo.crs;

import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.IdentifiedObjects;
import org.opengis.metadata.quality.ConformanceResult;
import org.opengis.metadata.quality.PositionalAccuracy;
import org.opengis.metadata.quality.Result;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.GeographicCRS;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.operation.ConcatenatedOperation;
import org.opengis.referencing.operation.CoordinateOperation;
import org.opengis.referencing.operation.Transformation;

/**
 * Describes an SIS coordinate operation as a {@link DatumOperation}: the datum transformation
 * step in it, that step's EPSG code and the operation's stated accuracy.
 *
 * <p>SIS marks an operation that changes datum without knowing how ("ballpark", a zero shift)
 * with a failed conformance result in its accuracy; that is how an unknown transformation is
 * recognised. Stateless, thread-safe.
 */
final class Operations {

    private Operations() {}

    static DatumOperation describe(CoordinateOperation op, CoordinateReferenceSystem source) {
        double accuracy = CRS.getLinearAccuracy(op);
        if (datumShiftOmitted(op)) {
            String datum = datumName(source);
            return new DatumOperation(
                    "no datum transformation known: " + datum + " treated as WGS 84",
                    null,
                    Double.isNaN(accuracy) ? Double.NaN : accuracy,
                    false);
        }
        Transformation step = transformationStep(op);
        if (step == null) {
            return new DatumOperation("none (same datum as WGS 84)", null, Double.isNaN(accuracy) ? 0 : accuracy, true);
        }
        return new DatumOperation(step.getName().getCode(), code(step), accuracy, true);
    }

    /**
     * The step's EPSG code when SIS kept it: it does when asked for the operation between two
     * EPSG CRSs, as PrjCrs does, and drops it from operations it adapts (axis order, units).
     */
    private static String code(Transformation step) {
        var id = IdentifiedObjects.getIdentifier(step, null);
        return id == null ? null : IdentifiedObjects.toString(id);
    }

    private static boolean datumShiftOmitted(CoordinateOperation op) {
        for (PositionalAccuracy a : op.getCoordinateOperationAccuracy()) {
            for (Result r : a.getResults()) {
                if (r instanceof ConformanceResult c && Boolean.FALSE.equals(c.pass())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Transformation transformationStep(CoordinateOperation op) {
        if (op instanceof Transformation t) {
            return t;
        }
        if (op instanceof ConcatenatedOperation c) {
            for (CoordinateOperation step : c.getOperations()) {
                Transformation t = transformationStep(step);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    static String datumName(CoordinateReferenceSystem crs) {
        GeographicCRS base = crs instanceof ProjectedCRS p ? p.getBaseCRS() : crs instanceof GeographicCRS g ? g : null;
        return base == null ? "?" : base.getDatum().getName().getCode();
    }
}
