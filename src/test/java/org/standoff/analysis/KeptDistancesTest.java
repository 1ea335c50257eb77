package org.standoff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
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

/**
 * A keeping op answers exactly as a fresh one through a sequence of the edits an analyst makes,
 * and measures only what each edit brought: nothing for a radius change or a new ring, the
 * changed site for a move, the sites near it for a new circle.
 */
class KeptDistancesTest {

    private static final double MILE = 1609.344;
    private static final GeometryFactory GF = new GeometryFactory();

    private static ProjectLayer points(String id, LayerRole role, Random r, int n) {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fs.add(new Feature(
                    i + 1,
                    GF.createPoint(new Coordinate(-110 + 20 * r.nextDouble(), 32 + 12 * r.nextDouble())),
                    new Object[] {id + " " + i}));
        }
        return new ProjectLayer(
                id,
                new Layer(id, List.of(Field.of("NAME", FieldType.STRING)), fs, null),
                role,
                LayerStyle.defaultFor(role),
                true);
    }

    private static List<MiningSite> sites(Random r, int n) {
        List<MiningSite> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(MiningSite.at("site " + i, -112 + 24 * r.nextDouble(), 30 + 16 * r.nextDouble())
                    .withId(i + 1));
        }
        return out;
    }

    private static List<Finding> fresh(List<ProjectLayer> layers, List<Zone> zones, List<MiningSite> sites) {
        return new ScreeningOp(layers, zones).run(sites, ForkJoinPool.commonPool(), ProgressListener.NONE);
    }

    @Test
    void answersAsAFreshOpAndMeasuresOnlyWhatEachEditBrought() {
        Random r = new Random(17);
        ProjectLayer bases = points("bases", LayerRole.INSTALLATIONS, r, 40);
        ProjectLayer subs = points("subs", LayerRole.SUBSTATIONS, r, 300);
        List<ProjectLayer> layers = List.of(bases, subs);
        List<MiningSite> sites = new ArrayList<>(sites(r, 2000));
        Zone cfius = new Zone(
                "z1",
                "CFIUS",
                Zone.Kind.LAYER_BUFFER,
                "bases",
                FeatureFilter.ALL,
                null,
                List.of(Zone.Band.disc(MILE)),
                false,
                "#ff0000",
                "r1");
        Zone some = new Zone(
                "z2",
                "named subs",
                Zone.Kind.LAYER_BUFFER,
                "subs",
                FeatureFilter.names(List.of("subs 1", "subs 2", "subs 3")),
                null,
                List.of(Zone.Band.disc(30 * MILE)),
                false,
                "#00ff00",
                null);
        List<Zone> zones = List.of(cfius, some);

        ScreeningOp op = ScreeningOp.keeping(layers, zones, null);
        assertEquals(fresh(layers, zones, sites), op.run(sites, ForkJoinPool.commonPool(), ProgressListener.NONE));
        long measured = op.keptPositions();
        // installations (shared with the all-bases zone), substations, the filtered substations
        assertEquals(3L * sites.size(), measured);

        // radius dragged out and a ring added: nothing is measured again
        zones = List.of(
                cfius.withBands(List.of(Zone.Band.disc(30 * MILE), new Zone.Band(30 * MILE, 100 * MILE))), some);
        op = ScreeningOp.keeping(layers, zones, op);
        assertEquals(fresh(layers, zones, sites), op.run(sites, ForkJoinPool.commonPool(), ProgressListener.NONE));
        assertEquals(measured, op.keptPositions());

        // a circle: only the sites whose chord is within its radius are measured
        Zone circle = new Zone(
                "z3",
                "circle",
                Zone.Kind.CIRCLE,
                null,
                null,
                GF.createPoint(new Coordinate(-100, 38)),
                List.of(Zone.Band.disc(50 * MILE)),
                false,
                "#0000ff",
                null);
        zones = List.of(zones.get(0), some, circle);
        op = ScreeningOp.keeping(layers, zones, op);
        List<Finding> got = op.run(sites, ForkJoinPool.commonPool(), ProgressListener.NONE);
        assertEquals(fresh(layers, zones, sites), got);
        long inCircle = got.stream()
                .filter(f -> f.hits().stream().anyMatch(h -> h.zoneId().equals("z3")))
                .count();
        long circleMeasured = op.keptPositions() - measured;
        assertTrue(
                inCircle > 0 && circleMeasured >= inCircle && circleMeasured < inCircle + 10,
                "measured " + circleMeasured + " for " + inCircle + " inside of " + sites.size());
        measured = op.keptPositions();

        // one site moved: that site is measured once per source, at its new place
        sites.set(7, MiningSite.at("site 7", -100.2, 38.1).withId(8)); // inside the circle
        assertEquals(fresh(layers, zones, sites), op.run(sites, ForkJoinPool.commonPool(), ProgressListener.NONE));
        assertEquals(measured + 4, op.keptPositions());
        measured = op.keptPositions();

        // the substations replaced: their two tables are measured anew, the installations' kept
        ProjectLayer subs2 = points("subs", LayerRole.SUBSTATIONS, r, 300);
        layers = List.of(bases, subs2);
        op = ScreeningOp.keeping(layers, zones, op);
        assertEquals(fresh(layers, zones, sites), op.run(sites, ForkJoinPool.commonPool(), ProgressListener.NONE));
        assertEquals(measured + 2L * sites.size(), op.keptPositions());

        // the circle's zone switched off and on again: its distances were kept as a spare
        long before = op.keptPositions();
        op = ScreeningOp.keeping(layers, List.of(zones.get(0), some), op);
        op.run(sites, ForkJoinPool.commonPool(), ProgressListener.NONE);
        op = ScreeningOp.keeping(layers, zones, op);
        assertEquals(fresh(layers, zones, sites), op.run(sites, ForkJoinPool.commonPool(), ProgressListener.NONE));
        assertEquals(before, op.keptPositions());
    }
}
