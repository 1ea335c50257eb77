package org.standoff.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.analysis.Finding;
import org.standoff.geo.LengthUnit;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;
import org.standoff.model.Layer;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerSource;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;
import org.standoff.render.Rgba;
import org.standoff.render.SiteSymbols;
import org.standoff.render.SymbolStyle;
import org.standoff.render.Viewport;
import org.standoff.sample.SyntheticData;

/** The briefing content built from a project: legend, sources, findings rows and map extent, without JavaFX. */
class BriefingContentBuilderTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final double MI = 1609.344;
    private static final Zone.Band ONE_MILE = Zone.Band.disc(MI);

    private final ProjectLayer installations = new ProjectLayer(
            "layer-1",
            new Layer(
                    "Installations",
                    SyntheticData.installations(3, 7).fields(),
                    SyntheticData.installations(3, 7).features(),
                    new LayerSource("/data/installations.shp", Instant.EPOCH, "abc", "EPSG:4326")),
            LayerRole.INSTALLATIONS,
            LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
            true);
    private final ProjectLayer substations = new ProjectLayer(
            "layer-2",
            points("Substations"),
            LayerRole.SUBSTATIONS,
            LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
            true);
    private final ProjectLayer hidden = new ProjectLayer(
            "layer-3", points("Hidden"), LayerRole.OTHER, LayerStyle.defaultFor(LayerRole.OTHER), false);
    private final Zone cfius = new Zone(
            "zone-1",
            "CFIUS close proximity",
            Zone.Kind.CIRCLE,
            null,
            null,
            GF.createPoint(new Coordinate(-104.8, 41.1)),
            List.of(ONE_MILE),
            false,
            "#c0392b",
            "cfius-close");
    private final Zone ring = new Zone(
            "zone-2",
            "Extended",
            Zone.Kind.CIRCLE,
            null,
            null,
            GF.createPoint(new Coordinate(-104.8, 41.1)),
            List.of(ONE_MILE, new Zone.Band(MI, 100 * MI)),
            false,
            "#8e44ad",
            null);
    private final RuleSet rules = new RuleSet(
            "federal",
            "Federal",
            List.of(new Rule(
                    "cfius-close",
                    "CFIUS close proximity",
                    LayerRole.INSTALLATIONS,
                    ONE_MILE,
                    null,
                    "31 CFR 802.211",
                    Rule.Status.IN_FORCE,
                    "")));

    // Centre -104.8, 41.1; sites near it are in the frame, "Far" (Florida) is not.
    private final MiningSite near = MiningSite.at("Near", -104.81, 41.11)
            .withId(1)
            .withStatus(org.standoff.model.Parsed.of(org.standoff.model.SiteStatus.OPERATING))
            .withForeignControlled(org.standoff.model.Parsed.of(true));
    private final MiningSite mid = MiningSite.at("Mid", -104.5, 41.3).withId(2);
    private final MiningSite clear = MiningSite.at("Clear", -104.7, 41.0).withId(3);
    private final MiningSite far = MiningSite.at("Far", -81.0, 28.0).withId(4);

    private static Layer points(String name) {
        return new Layer(
                name,
                List.of(Field.of("NAME", FieldType.STRING)),
                List.of(new Feature(1, GF.createPoint(new Coordinate(-104.9, 41.2)), new Object[] {name + " 1"})),
                null);
    }

    private static Finding finding(long id, double instMetres, double subMetres, boolean flagged) {
        return new Finding(
                id,
                Optional.of(new Finding.NearestFeature(
                        "layer-1", "Installations", 9, "Fort Example", instMetres, -104.8, 41.1)),
                Optional.of(new Finding.NearestFeature("layer-2", "Substations", 3, null, subMetres, -104.9, 41.2)),
                flagged
                        ? List.of(
                                new Finding.ZoneHit(
                                        "zone-1",
                                        "CFIUS close proximity",
                                        0,
                                        ONE_MILE,
                                        instMetres,
                                        "Fort Example",
                                        "cfius-close"),
                                new Finding.ZoneHit("zone-2", "Extended", 1, ONE_MILE, instMetres, null, null))
                        : List.of());
    }

    private ProjectSnapshot snapshot(LengthUnit unit) {
        Map<Long, Finding> findings = Map.of(
                1L,
                finding(1, 0.84 * MI, 2.5 * MI, true),
                2L,
                finding(2, 27.31 * MI, 130 * MI, true),
                3L,
                finding(3, 5 * MI, 1 * MI, false),
                4L,
                finding(4, 0.2 * MI, 0.3 * MI, true));
        return new ProjectSnapshot(
                List.of(hidden, substations, installations),
                List.of(mid, near, clear, far),
                List.of(cfius, ring),
                List.of(),
                List.of(rules),
                findings,
                unit,
                Viewport.centredOn(-104.8, 41.1, 8, 900, 600));
    }

    private static final BriefingFields FIELDS =
            new BriefingFields("Cheyenne area", "Sub", "UNCLASSIFIED", "#007a33", "Analyst", "2025-03-14");
    private static final BriefingLayout LAYOUT = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);

    @Test
    void legendHasTheVisibleLayersInPanelOrderThenZonesThenSiteSymbols() {
        List<LegendEntry> legend = new BriefingContentBuilder(snapshot(LengthUnit.MILE)).legend();
        List<String> labels = legend.stream().map(LegendEntry::label).toList();
        assertEquals(
                List.of("Installations", "Substations", "CFIUS close proximity · 1 mi", "Extended · 1 mi, 1–100 mi"),
                labels.subList(0, 4));
        // Only the site symbols in use (one operating foreign site, the rest without status or control), explained.
        assertEquals(
                List.of(
                        "Mining sites: shape = status",
                        "Operating",
                        "Planned / status unknown",
                        "Mining sites: colour = control",
                        "Foreign-controlled",
                        "Control unknown"),
                labels.subList(4, labels.size()));
        SymbolStyle operating = SiteSymbols.legend().get(0).symbol();
        assertEquals(operating, legend.get(5).symbol());

        LegendEntry area = legend.get(0);
        assertEquals(LegendEntry.Kind.FILL, area.kind());
        assertEquals(Rgba.hex("#6b4f9e"), area.stroke());
        assertEquals(Rgba.hex("#6b4f9e").withOpacity(0.28), area.fill());
        LegendEntry point = legend.get(1);
        assertEquals(LegendEntry.Kind.SYMBOL, point.kind());
        assertEquals(Rgba.hex("#d9822b"), point.symbol().fill());
        LegendEntry zone = legend.get(2);
        assertEquals(Rgba.hex("#c0392b"), zone.stroke());
        assertEquals(LegendEntry.Kind.FILL, zone.kind());
    }

    @Test
    void zoneLabelsFollowTheDisplayUnit() {
        List<String> labels = new BriefingContentBuilder(snapshot(LengthUnit.KILOMETRE))
                .legend().stream().map(LegendEntry::label).toList();
        assertTrue(labels.contains("CFIUS close proximity · 1.61 km"), labels.toString());
    }

    @Test
    void findingsAreTheFlaggedSitesInTheFrameNearestInstallationFirst() {
        BriefingContent c =
                new BriefingContentBuilder(snapshot(LengthUnit.MILE)).build(FIELDS, LAYOUT, ExtentChoice.CURRENT_VIEW);
        assertEquals(
                List.of("Near", "Mid"),
                c.findings().stream().map(FindingRow::site).toList(),
                "Clear is not flagged, Far is off the map");
        FindingRow first = c.findings().get(0);
        assertEquals("Fort Example", first.nearestInstallation());
        assertEquals("0.84 mi", first.installationDistance());
        assertEquals("Substations #3", first.nearestSubstation(), "an unnamed feature is named by layer and id");
        assertEquals("2.50 mi", first.substationDistance());
        assertEquals("CFIUS close proximity, Extended", first.rulesTripped());
        assertEquals("27.3 mi", c.findings().get(1).installationDistance());
        assertEquals("130 mi", c.findings().get(1).substationDistance());
        assertEquals("Cheyenne area", c.title());
        assertEquals(Rgba.hex("#007a33"), c.markingColour());
    }

    @Test
    void aProjectWithoutZonesOrRulesGetsTheSitesNearestAnInstallationNotNoFindings() {
        Map<Long, Finding> findings = Map.of(
                1L,
                finding(1, 0.84 * MI, 2.5 * MI, false),
                2L,
                finding(2, 27.31 * MI, 130 * MI, false),
                3L,
                finding(3, 5 * MI, 1 * MI, false));
        ProjectSnapshot headless = new ProjectSnapshot(
                List.of(substations, installations),
                List.of(mid, near, clear),
                List.of(),
                List.of(),
                List.of(),
                findings,
                LengthUnit.MILE,
                Viewport.centredOn(-104.8, 41.1, 8, 900, 600));
        BriefingContent c = new BriefingContentBuilder(headless).build(FIELDS, LAYOUT, ExtentChoice.CURRENT_VIEW);
        assertEquals(
                List.of("Near", "Clear", "Mid"),
                c.findings().stream().map(FindingRow::site).toList(),
                "nearest first");
        assertEquals("0.84 mi", c.findings().get(0).installationDistance());
        assertEquals(
                List.of(),
                new BriefingContentBuilder(headless).flaggedSites(),
                "an atlas is still of flagged sites only");
    }

    @Test
    void atlasCoversEveryFlaggedSiteInDistanceOrder() {
        BriefingContentBuilder b = new BriefingContentBuilder(snapshot(LengthUnit.MILE));
        assertEquals(
                List.of("Far", "Near", "Mid"),
                b.flaggedSites().stream().map(MiningSite::name).toList());
        assertEquals(3, b.atlasBase(FIELDS).findings().size());
    }

    @Test
    void distancesHaveSensiblePrecisionInEachUnit() {
        assertEquals("0.84 mi", BriefingContentBuilder.distance(0.8449 * MI, LengthUnit.MILE));
        assertEquals("27.3 mi", BriefingContentBuilder.distance(27.31 * MI, LengthUnit.MILE));
        assertEquals("1,234 mi", BriefingContentBuilder.distance(1234.4 * MI, LengthUnit.MILE));
        assertEquals("0 mi", BriefingContentBuilder.distance(0, LengthUnit.MILE));
        assertEquals("< 0.01 km", BriefingContentBuilder.distance(3, LengthUnit.KILOMETRE));
        assertEquals("1.00 nmi", BriefingContentBuilder.distance(1852, LengthUnit.NAUTICAL_MILE));
    }

    @Test
    void sourcesNameTheVisibleLayersFilesAndTheRuleCitations() {
        List<String> sources = new BriefingContentBuilder(snapshot(LengthUnit.MILE)).dataSources();
        assertEquals(
                List.of(
                        "Installations: installations.shp, imported 1970-01-01",
                        "Substations",
                        "CFIUS close proximity: 31 CFR 802.211"),
                sources,
                "file names and dates, never the analyst's local paths");
    }

    @Test
    void sourcesSayEachLayersDatumTransformationAndACoarseOneIsANoteOnTheMap() {
        LayerSource nad27 = new LayerSource(
                "/data/bases27.shp",
                Instant.EPOCH,
                "abc",
                "NAD27",
                "NAD27 to WGS 84 (4) (EPSG:1173), accuracy 10 m",
                10.0,
                List.of());
        ProjectLayer coarse = new ProjectLayer(
                "layer-1",
                new Layer(
                        "Installations",
                        installations.data().fields(),
                        installations.data().features(),
                        nad27),
                LayerRole.INSTALLATIONS,
                LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
                true);
        ProjectSnapshot base = snapshot(LengthUnit.MILE);
        ProjectSnapshot p = new ProjectSnapshot(
                List.of(hidden, substations, coarse),
                base.sites(),
                base.zones(),
                base.zoneShapes(),
                base.ruleSets(),
                base.findings(),
                base.unit(),
                base.view());
        BriefingContentBuilder b = new BriefingContentBuilder(p);
        assertEquals(
                "Installations: bases27.shp, imported 1970-01-01, NAD27 to WGS 84 (4) (EPSG:1173), accuracy 10 m",
                b.dataSources().get(0));
        assertEquals(
                List.of(
                        "Installations: datum transformation NAD27 to WGS 84 (4) (EPSG:1173), accuracy 10 m: a site within 10 m of a "
                                + "rule's radius may lie on either side of it"),
                b.datumNotes());
        assertEquals(
                b.datumNotes(),
                b.build(FIELDS, LAYOUT, ExtentChoice.CURRENT_VIEW).notes());
        // a layer already on WGS 84 adds nothing to its source line and no note
        assertEquals(List.of(), new BriefingContentBuilder(snapshot(LengthUnit.MILE)).datumNotes());
    }

    /**
     * Found by {@code CommandFuzzTest} (seed 20261206, iteration 189): a mutated .shp turned an
     * installation into a null shape, and {@code print} ended in an internal error ("getX called
     * on empty Point") placing its name. A null shape now gets no label; the briefing is built.
     */
    @Test
    void anInstallationWithoutAShapeGetsNoLabelAndTheBriefingIsBuilt() {
        Layer data = new Layer(
                "Installations",
                List.of(Field.of("NAME", FieldType.STRING)),
                List.of(
                        new Feature(1, GF.createGeometryCollection(), new Object[] {"Fort Null"}),
                        new Feature(2, GF.createPoint(new Coordinate(-104.8, 41.1)), new Object[] {"Fort Point"})),
                null);
        ProjectLayer nullShape = new ProjectLayer(
                "layer-1", data, LayerRole.INSTALLATIONS, LayerStyle.defaultFor(LayerRole.INSTALLATIONS), true);
        ProjectSnapshot base = snapshot(LengthUnit.MILE);
        ProjectSnapshot p = new ProjectSnapshot(
                List.of(substations, nullShape),
                base.sites(),
                base.zones(),
                base.zoneShapes(),
                base.ruleSets(),
                base.findings(),
                base.unit(),
                base.view());
        List<String> names = new BriefingContentBuilder(p)
                .build(FIELDS, LAYOUT, ExtentChoice.CURRENT_VIEW).mapLabels().stream()
                        .map(org.standoff.print.MapLabel::text)
                        .toList();
        assertTrue(names.contains("Fort Point") && !names.contains("Fort Null"), names.toString());
    }

    @Test
    void aDistanceFromACoarselyTransformedLayerCarriesItsAccuracyInTheTable() {
        Finding f = new Finding(
                1,
                Optional.of(new Finding.NearestFeature(
                        "layer-1", "Installations", 9, "Fort Example", 0.84 * MI, -104.8, 41.1, 10.0)),
                Optional.of(new Finding.NearestFeature("layer-2", "Substations", 3, null, 2.5 * MI, -104.9, 41.2, 4.0)),
                List.of());
        org.standoff.print.FindingRow row = BriefingContentBuilder.row(near, f, LengthUnit.MILE);
        assertEquals("0.84 mi ±10 m", row.installationDistance());
        assertEquals("2.50 mi", row.substationDistance(), "4 m is within what the one-mile rule tolerates");
    }

    @Test
    void extentIsTheViewBoxOrTheChosenScaleAtItsCentre() {
        BriefingContentBuilder b = new BriefingContentBuilder(snapshot(LengthUnit.MILE));
        MapExtent box = b.extent(ExtentChoice.CURRENT_VIEW);
        assertTrue(
                !box.isScale()
                        && box.west() < -104.8
                        && box.east() > -104.8
                        && box.south() < 41.1
                        && box.north() > 41.1,
                box.toString());
        assertEquals(-104.8, (box.west() + box.east()) / 2, 1e-6);
        MapExtent scale = b.extent(ExtentChoice.scale(250_000));
        assertTrue(scale.isScale());
        assertEquals(250_000, scale.scaleDenominator());
        assertEquals(-104.8, scale.centreLon(), 1e-6);
        assertEquals(41.1, scale.south(), 1e-6);
    }

    @Test
    void allSitesFramesEverySiteAndItsNearestInstallationWhateverTheView() {
        ProjectSnapshot p = BriefingReviewSnapshot.sampleZoomedIn();
        MapExtent e = new BriefingContentBuilder(p).extent(ExtentChoice.ALL_SITES);
        for (org.standoff.model.MiningSite s : p.sites()) {
            assertTrue(
                    s.lon() >= e.west() && s.lon() <= e.east() && s.lat() >= e.south() && s.lat() <= e.north(),
                    s.name() + " in " + e);
        }
        MapExtent view = new BriefingContentBuilder(p).extent(ExtentChoice.CURRENT_VIEW);
        assertTrue(view.east() - view.west() < 1, "the zoomed-in view stays what it is: " + view);
    }
}
