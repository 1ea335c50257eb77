package org.standoff.geo.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;

class DissolveTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void groupsGeometriesByChainsOfIntersectingEnvelopes() throws ParseException {
        WKTReader wkt = new WKTReader(FACTORY);
        List<Geometry> g = List.of(
                wkt.read("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))"),
                wkt.read("POLYGON ((10 10, 11 10, 11 11, 10 11, 10 10))"),
                wkt.read("POLYGON ((4 0, 6 0, 6 2, 4 2, 4 0))"),
                // bridges the first and third: a chain, though they do not meet each other
                wkt.read("POLYGON ((1.5 1, 4.5 1, 4.5 1.5, 1.5 1.5, 1.5 1))"),
                wkt.read("POLYGON EMPTY"));
        List<List<Geometry>> groups = Dissolve.groups(g);
        assertEquals(2, groups.size());
        assertEquals(List.of(g.get(0), g.get(2), g.get(3)), groups.get(0));
        assertEquals(List.of(g.get(1)), groups.get(1));
    }

    @Test
    void unionByGroupsEqualsOneUnionOfEverything() {
        SplittableRandom random = new SplittableRandom(11);
        List<Geometry> discs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double x = random.nextDouble(0, 100);
            double y = random.nextDouble(0, 100);
            discs.add(FACTORY.createPoint(new Coordinate(x, y)).buffer(random.nextDouble(0.2, 4), 6));
        }
        Geometry grouped = Dissolve.union(discs, FACTORY);
        Geometry whole = UnaryUnionOp.union(discs, FACTORY);
        assertTrue(grouped.isValid());
        assertEquals(whole.getNumGeometries(), grouped.getNumGeometries());
        assertEquals(whole.getArea(), grouped.getArea(), 1e-9 * whole.getArea());
        assertTrue(grouped.symDifference(whole).getArea() < 1e-9 * whole.getArea());
    }

    @Test
    void buffersThatOnlyTouchAreMergedAndMultipartsKeepTheirParts() throws ParseException {
        WKTReader wkt = new WKTReader(FACTORY);
        List<Geometry> g = List.of(
                wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
                // shares the edge x = 1
                wkt.read("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"),
                // touches the second at its corner only
                wkt.read("POLYGON ((2 1, 3 1, 3 2, 2 2, 2 1))"),
                // split at the antimeridian, as a zone there is: far from the rest, alone
                wkt.read(
                        "MULTIPOLYGON (((179 10, 180 10, 180 11, 179 11, 179 10)), ((-180 10, -179 10, -179 11, -180 11, -180 10)))"));
        Geometry union = Dissolve.union(g, FACTORY);
        assertTrue(union.isValid());
        assertEquals(UnaryUnionOp.union(g, FACTORY).getArea(), union.getArea(), 1e-12);
        assertEquals(UnaryUnionOp.union(g, FACTORY).getNumGeometries(), union.getNumGeometries());
        assertEquals(2, Dissolve.groups(g).size(), "the three touching squares are one group, the split zone another");
    }

    @Test
    void unionOfNothingIsAnEmptyPolygon() {
        assertTrue(Dissolve.union(List.of(), FACTORY).isEmpty());
    }
}
