package org.standoff.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.standoff.model.Confidence;
import org.standoff.model.Feature;
import org.standoff.model.FeatureFilter;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerSource;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;
import org.standoff.model.SiteStatus;
import org.standoff.model.SiteText;
import org.standoff.model.Zone;

/** A project holding one of every kind of thing a project file stores, and a field-by-field comparison. */
final class ProjectFixtures {

    static final Instant T0 = Instant.parse("2026-03-01T12:34:56.789Z");
    private static final WKTReader WKT = new WKTReader();

    private ProjectFixtures() {}

    static Geometry wkt(String text) {
        try {
            return WKT.read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Every FieldType, nulls in each, a field called "geom" and two differing only by case. */
    static Layer everyType() {
        List<Field> fields = List.of(
                new Field("NAME", FieldType.STRING, 80, 0),
                new Field("COUNT", FieldType.INTEGER, 10, 0),
                new Field("ACRES", FieldType.DOUBLE, 19, 11),
                Field.of("ACTIVE", FieldType.BOOLEAN),
                Field.of("OPENED", FieldType.DATE),
                Field.of("SURVEYED", FieldType.TIMESTAMP),
                Field.of("geom", FieldType.STRING),
                Field.of("name", FieldType.STRING));
        List<Feature> features = List.of(
                new Feature(1, wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))"), new Object[] {
                    "Fort \"Alpha\"\nline 2",
                    Long.MAX_VALUE,
                    1234.5678901234,
                    true,
                    LocalDate.of(1941, 12, 7),
                    T0,
                    "not a geometry",
                    "lower"
                }),
                new Feature(
                        2,
                        wkt("MULTIPOLYGON (((20 20, 30 20, 30 30, 20 20)), ((40 40, 50 40, 50 50, 40 40)))"),
                        new Object[] {
                            "Ünïcode ✓ 中文",
                            -5L,
                            -1.5e-7,
                            false,
                            LocalDate.of(2024, 2, 29),
                            Instant.parse("1969-12-31T23:59:59.001Z"),
                            "",
                            null
                        }),
                new Feature(
                        7, wkt("POINT (-104.8 41.1)"), new Object[] {null, null, null, null, null, null, null, null}),
                new Feature(9, wkt("LINESTRING (-100 30, -99 31, -98 30.5)"), new Object[] {
                    "line", 0L, Double.MAX_VALUE, null, null, null, null, null
                }),
                new Feature(10, wkt("GEOMETRYCOLLECTION EMPTY"), new Object[] {
                    "null shape", 1L, 1e-300, true, null, null, null, null
                }));
        return new Layer(
                "Mixed: every type!",
                fields,
                features,
                new LayerSource(
                        "/data/mixed.shp",
                        T0,
                        "ab".repeat(32),
                        "NAD83 / Conus Albers",
                        "Inverse of Conus Albers + NAD83 to WGS 84 (1), accuracy 4 m",
                        4.0,
                        List.of(
                                "mixed.shp record 3 (Fort \"Alpha\"): invalid outline (Self-intersection); repaired",
                                "ünïcode ✓")));
    }

    static Layer points() {
        List<Feature> features = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            features.add(new Feature(
                    i * 3L,
                    wkt("POINT (" + (-100 + i * 0.123456789012) + " " + (35 + i * 0.1) + ")"),
                    new Object[] {"sub " + i, (long) i}));
        }
        return new Layer(
                "Substations",
                List.of(Field.of("NAME", FieldType.STRING), Field.of("MAX_VOLT", FieldType.INTEGER)),
                features,
                null);
    }

    static Layer polygons() {
        return new Layer(
                "Installations",
                List.of(Field.of("NAME", FieldType.STRING)),
                List.of(
                        new Feature(1, wkt("POLYGON ((-105 41, -104 41, -104 42, -105 42, -105 41))"), new Object[] {
                            "F.E. Warren AFB"
                        }),
                        new Feature(
                                2,
                                wkt(
                                        "POLYGON ((-106 31, -105 31, -105 32, -106 31), (-105.8 31.1, -105.5 31.1, -105.5 31.3, -105.8 31.1))"),
                                new Object[] {"Fort Bliss"})),
                new LayerSource("/data/mirta.shp", null, null, null));
    }

    static List<MiningSite> sites() {
        return List.of(
                new MiningSite(
                        5,
                        "Rockdale",
                        "Riot Platforms",
                        "Riot",
                        "United States",
                        Parsed.of(false),
                        Parsed.of(700.5),
                        Parsed.of(SiteStatus.OPERATING),
                        -97.0012345678,
                        30.6543210987,
                        "1 Main St",
                        "https://example.org/10-K",
                        Parsed.of(Confidence.CONFIRMED),
                        "line one\nline two",
                        T0,
                        T0.plusSeconds(60)),
                new MiningSite(
                        42,
                        "Odd",
                        null,
                        null,
                        "Narnia",
                        SiteText.parseYesNo("partly"),
                        SiteText.parseCapacity("about 50"),
                        SiteStatus.parse("mothballed"),
                        10,
                        20,
                        null,
                        null,
                        Confidence.parse("rumoured"),
                        null,
                        T0,
                        T0));
    }

    static Project everything() {
        List<ProjectLayer> layers = List.of(
                new ProjectLayer(
                        "L-points",
                        points(),
                        LayerRole.SUBSTATIONS,
                        LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
                        true),
                new ProjectLayer(
                        "L-mixed", everyType(), LayerRole.OTHER, new LayerStyle("#123abc", 0.0, 0.5, 12.25), false),
                new ProjectLayer(
                        "L-inst",
                        polygons(),
                        LayerRole.INSTALLATIONS,
                        LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
                        true),
                // Same name as the first: the tables must still be distinct.
                new ProjectLayer(
                        "L-points-2", points(), LayerRole.OTHER, LayerStyle.defaultFor(LayerRole.OTHER), true));
        List<Zone> zones = List.of(
                new Zone(
                        "Z1",
                        "All installations",
                        Zone.Kind.LAYER_BUFFER,
                        "L-inst",
                        FeatureFilter.ALL,
                        null,
                        List.of(Zone.Band.disc(1609.344), new Zone.Band(1609.344, 160934.4)),
                        true,
                        "#ff0000",
                        "R-cfius-1"),
                new Zone(
                        "Z2",
                        "Selected",
                        Zone.Kind.LAYER_BUFFER,
                        "L-inst",
                        FeatureFilter.ids(Set.of(2L, 1L)),
                        null,
                        List.of(Zone.Band.disc(500)),
                        false,
                        null,
                        null),
                new Zone(
                        "Z3",
                        "Named",
                        Zone.Kind.LAYER_BUFFER,
                        "L-inst",
                        FeatureFilter.names(List.of("Warren", "Fort \"Bliss\"", "a,b[c]\\")),
                        null,
                        List.of(Zone.Band.disc(1000)),
                        false,
                        "#00ff00",
                        null),
                new Zone(
                        "Z4",
                        "Circle",
                        Zone.Kind.CIRCLE,
                        null,
                        null,
                        wkt("POINT (-97.5 30.25)"),
                        List.of(new Zone.Band(100, 200.5)),
                        false,
                        "#0000ff",
                        null),
                new Zone(
                        "Z5",
                        "Drawn",
                        Zone.Kind.POLYGON,
                        null,
                        null,
                        wkt("POLYGON ((-98 30, -97 30, -97 31, -98 30))"),
                        List.of(Zone.Band.disc(0.1)),
                        true,
                        null,
                        null),
                new Zone(
                        "Z6",
                        "Air Force only",
                        Zone.Kind.LAYER_BUFFER,
                        "L-inst",
                        FeatureFilter.attribute("COMPONENT", "Air Force"),
                        null,
                        List.of(Zone.Band.disc(16093.44)),
                        true,
                        "#336699",
                        null));
        List<RuleSet> ruleSets = List.of(
                new RuleSet(
                        "RS-fed",
                        "Federal (CFIUS)",
                        List.of(
                                new Rule(
                                        "R-cfius-1",
                                        "Close proximity",
                                        LayerRole.INSTALLATIONS,
                                        Zone.Band.disc(1609.344),
                                        FeatureFilter.names(List.of("Warren")),
                                        "31 CFR 802.211",
                                        Rule.Status.IN_FORCE,
                                        "Appendix A"),
                                new Rule(
                                        "R-cfius-2",
                                        "Extended range",
                                        LayerRole.INSTALLATIONS,
                                        new Zone.Band(1609.344, 160934.4),
                                        FeatureFilter.ids(Set.of(1L)),
                                        "",
                                        Rule.Status.PROPOSED,
                                        ""))),
                new RuleSet("RS-empty", "Mine", List.of()));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("display.unit", "mi");
        settings.put("findings.columns", "[\"name\",\"distance\"]");
        settings.put("print.layouts", "{\"a4\": {\"title\": \"Ünïcode\\n\"}}");
        settings.put("empty", "");
        return new Project(
                "Test project",
                layers,
                sites(),
                zones,
                ruleSets,
                new Project.MapViewState(41.123456789, -104.987654321, 7.5),
                settings);
    }

    static void assertProjectEquals(Project expected, Project actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.view(), actual.view());
        assertEquals(expected.settings(), actual.settings());
        assertEquals(expected.sites(), actual.sites());
        assertEquals(expected.ruleSets(), actual.ruleSets());
        assertEquals(expected.zones().size(), actual.zones().size());
        for (int i = 0; i < expected.zones().size(); i++) {
            Zone e = expected.zones().get(i);
            Zone a = actual.zones().get(i);
            assertEquals(e.withGeometry(a.geometry()), a, "zone " + e.id());
            assertGeometryEquals(e.geometry(), a.geometry(), "zone " + e.id());
        }
        assertEquals(expected.layers().size(), actual.layers().size());
        for (int i = 0; i < expected.layers().size(); i++) {
            ProjectLayer e = expected.layers().get(i);
            ProjectLayer a = actual.layers().get(i);
            String where = "layer " + e.id();
            assertEquals(e.id(), a.id(), where);
            assertEquals(e.name(), a.name(), where);
            assertEquals(e.role(), a.role(), where);
            assertEquals(e.style(), a.style(), where);
            assertEquals(e.visible(), a.visible(), where);
            assertEquals(e.data().source(), a.data().source(), where);
            assertEquals(e.data().fields(), a.data().fields(), where);
            assertEquals(e.data().envelope(), a.data().envelope(), where);
            assertEquals(e.data().features().size(), a.data().features().size(), where);
            for (int j = 0; j < e.data().features().size(); j++) {
                Feature fe = e.data().features().get(j);
                Feature fa = a.data().features().get(j);
                assertEquals(fe.id(), fa.id(), where);
                assertGeometryEquals(fe.geometry(), fa.geometry(), where + " feature " + fe.id());
                assertEquals(
                        java.util.Arrays.asList(fe.values()),
                        java.util.Arrays.asList(fa.values()),
                        where + " feature " + fe.id());
                for (int k = 0; k < fe.valueCount(); k++) {
                    if (fe.value(k) != null) {
                        assertEquals(
                                fe.value(k).getClass(),
                                fa.value(k).getClass(),
                                where + " feature " + fe.id() + " value " + k);
                    }
                }
            }
        }
    }

    static void assertGeometryEquals(Geometry e, Geometry a, String where) {
        if (e == null || a == null) {
            assertEquals(e, a, where);
            return;
        }
        assertTrue(e.equalsExact(a), where + ": expected " + e + " but was " + a);
        assertEquals(e.getClass(), a.getClass(), where);
    }
}
