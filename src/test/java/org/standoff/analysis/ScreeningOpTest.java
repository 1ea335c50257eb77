package org.standoff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.standoff.geo.Geodesic;
import org.standoff.model.Feature;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;

class ScreeningOpTest {

    private static final double MILE = 1609.344;
    private static final GeometryFactory GF = new GeometryFactory();

    private static ProjectLayer layer(String id, LayerRole role, String... namedWkt) throws Exception {
        WKTReader r = new WKTReader();
        List<Feature> fs = new java.util.ArrayList<>();
        for (int i = 0; i < namedWkt.length; i += 2) {
            fs.add(new Feature(i / 2 + 1, r.read(namedWkt[i + 1]), new Object[] {namedWkt[i]}));
        }
        return new ProjectLayer(
                id,
                new Layer(id, List.of(Field.of("NAME", FieldType.STRING)), fs, null),
                role,
                LayerStyle.defaultFor(role),
                true);
    }

    /** A site at a geodesic distance and azimuth from a point, placed with the direct problem. */
    private static MiningSite siteFrom(String name, double lon, double lat, double azimuth, double metres) {
        double[] p = Geodesic.destination(lon, lat, azimuth, metres);
        return MiningSite.at(name, p[0], p[1]).withId(name.hashCode());
    }

    @Test
    void findsNearestFeaturesAndZoneBandsByExactDistance() throws Exception {
        ProjectLayer bases = layer(
                "bases",
                LayerRole.INSTALLATIONS,
                "Fort Example",
                "POLYGON ((-104.1 40.9, -103.9 40.9, -103.9 41.1, -104.1 41.1, -104.1 40.9))");
        ProjectLayer subs = layer(
                "subs", LayerRole.SUBSTATIONS, "Substation 1", "POINT (-105 41)", "Substation 2", "POINT (-100 41)");
        Zone closeProximity = new Zone(
                "z1",
                "1 mile of bases",
                Zone.Kind.LAYER_BUFFER,
                "bases",
                FeatureFilter.ALL,
                null,
                List.of(Zone.Band.disc(MILE)),
                false,
                "#ff0000",
                "cfius-1");
        Zone ring = new Zone(
                "z2",
                "1-100 mi of Substation 1",
                Zone.Kind.LAYER_BUFFER,
                "subs",
                FeatureFilter.names(List.of("substation 1")),
                null,
                List.of(new Zone.Band(MILE, 100 * MILE)),
                false,
                "#00ff00",
                null);
        Zone circle = new Zone(
                "z3",
                "10 mi radius",
                Zone.Kind.CIRCLE,
                null,
                null,
                GF.createPoint(new Coordinate(-100, 41)),
                List.of(Zone.Band.disc(10 * MILE)),
                false,
                "#0000ff",
                null);

        MiningSite inside = MiningSite.at("inside", -104.0, 41.0).withId(1);
        MiningSite twoMiles = siteFrom("two miles north of S1", -105, 41, 0, 2 * MILE);
        MiningSite halfMile = siteFrom("half mile east of S1", -105, 41, 90, 0.5 * MILE);
        MiningSite fiveMiles = siteFrom("five miles from S2", -100, 41, 200, 5 * MILE);

        ScreeningOp op = new ScreeningOp(List.of(bases, subs), List.of(closeProximity, ring, circle));
        List<Finding> f = op.run(
                List.of(inside, twoMiles, halfMile, fiveMiles), ForkJoinPool.commonPool(), ProgressListener.NONE);

        assertEquals(
                0.0, f.get(0).nearestInstallation().orElseThrow().distanceMetres(), "inside a polygon is distance 0");
        assertEquals(
                "Fort Example", f.get(0).nearestInstallation().orElseThrow().featureName());
        // 52 miles from Substation 1, so also in its 1-100 mile ring.
        assertEquals(
                List.of("z1", "z2"),
                f.get(0).hits().stream().map(Finding.ZoneHit::zoneId).toList());

        Finding.NearestFeature s1 = f.get(1).nearestSubstation().orElseThrow();
        assertEquals("Substation 1", s1.featureName());
        assertEquals(2 * MILE, s1.distanceMetres(), 1e-3);
        assertEquals(
                List.of("z2"),
                f.get(1).hits().stream().map(Finding.ZoneHit::zoneId).toList(),
                "2 mi lies in the 1-100 mi ring");

        assertTrue(f.get(2).hits().isEmpty(), "half a mile is inside the ring's hole: not flagged");
        assertEquals(0.5 * MILE, f.get(2).nearestSubstation().orElseThrow().distanceMetres(), 1e-3);

        Finding.ZoneHit hit = f.get(3).hits().get(0);
        assertEquals("z3", hit.zoneId());
        assertEquals(5 * MILE, hit.distanceMetres(), 1e-3);
        assertEquals("Substation 2", f.get(3).nearestSubstation().orElseThrow().featureName());
    }

    @Test
    void aNameFilterLimitsALayerZoneToTheListedFeatures() throws Exception {
        ProjectLayer subs = layer(
                "subs",
                LayerRole.SUBSTATIONS,
                "Alpha Substation",
                "POINT (-105 41)",
                "Bravo Substation",
                "POINT (-100 41)");
        Zone onlyBravo = new Zone(
                "z",
                "Bravo 10 mi",
                Zone.Kind.LAYER_BUFFER,
                "subs",
                FeatureFilter.names(List.of("bravo")),
                null,
                List.of(Zone.Band.disc(10 * MILE)),
                false,
                "#ff0000",
                null);
        ScreeningOp op = new ScreeningOp(List.of(subs), List.of(onlyBravo));
        assertTrue(op.screen(siteFrom("near alpha", -105, 41, 45, MILE)).hits().isEmpty());
        assertEquals(
                "Bravo Substation",
                op.screen(siteFrom("near bravo", -100, 41, 45, MILE))
                        .hits()
                        .get(0)
                        .featureName());
    }

    @Test
    void anOperationBuiltFromThePreviousOneAnswersAsAFreshOneAfterZoneAndLayerChanges() throws Exception {
        ProjectLayer bases = layer(
                "bases",
                LayerRole.INSTALLATIONS,
                "Fort Example",
                "POLYGON ((-104.1 40.9, -103.9 40.9, -103.9 41.1, -104.1 41.1, -104.1 40.9))");
        ProjectLayer subs = layer("subs", LayerRole.SUBSTATIONS, "Substation 1", "POINT (-105 41)");
        Zone oneMile = new Zone(
                "z1",
                "bases",
                Zone.Kind.LAYER_BUFFER,
                "bases",
                FeatureFilter.ALL,
                null,
                List.of(Zone.Band.disc(MILE)),
                false,
                "#ff0000",
                null);
        MiningSite twoMiles = siteFrom("two miles north of the fort", -104.0, 41.1, 0, 2 * MILE);
        ScreeningOp first = new ScreeningOp(List.of(bases, subs), List.of(oneMile));
        assertTrue(first.screen(twoMiles).hits().isEmpty());

        // the radius dragged out: the layers' indexes are taken over, the answer follows the zone
        Zone threeMiles = oneMile.withBands(List.of(Zone.Band.disc(3 * MILE)));
        ScreeningOp dragged = new ScreeningOp(List.of(bases, subs), List.of(threeMiles), first);
        // (a little under 2 miles: the fort's northern edge is a geodesic, bulging north between its corners)
        assertEquals(2 * MILE, dragged.screen(twoMiles).hits().get(0).distanceMetres(), 10);
        assertEquals(
                new ScreeningOp(List.of(bases, subs), List.of(threeMiles)).screen(twoMiles),
                dragged.screen(twoMiles),
                "as a fresh operation answers");

        // the substations replaced by other features: they are indexed anew, never taken over
        ProjectLayer moved = layer("subs", LayerRole.SUBSTATIONS, "Substation 9", "POINT (-104.0 41.2)");
        ScreeningOp replaced = new ScreeningOp(List.of(bases, moved), List.of(threeMiles), dragged);
        Finding f = replaced.screen(twoMiles);
        assertEquals("Substation 9", f.nearestSubstation().orElseThrow().featureName());
        assertEquals(
                new ScreeningOp(List.of(bases, moved), List.of(threeMiles)).screen(twoMiles),
                f,
                "as a fresh operation answers");
    }
}
