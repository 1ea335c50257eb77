package org.standoff.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.standoff.io.csv.RulePresets;
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
import org.standoff.model.RuleSet;
import org.standoff.model.SiteStatus;
import org.standoff.model.Zone;
import org.standoff.print.BriefingLayout;
import org.standoff.print.Orientation;
import org.standoff.print.Paper;

/**
 * The bundled sample project ({@code data/sample/sample.gpkg}), built deterministically so it can
 * be rebuilt: real installation names at approximate public centre points with simple
 * APPROXIMATE outlines (octagons, not boundaries), fictional substations and mining sites
 * (every name starts with "SAMPLE"), and one widely reported public case with its citation:
 * the MineOne Partners property near F.E. Warren AFB that a presidential order of 13 May 2024
 * made its owners sell (location approximate). Zones at 1, 30 and 100 miles, the rule presets
 * and a briefing layout are included, so every feature can be tried at once.
 */
public final class SampleProject {

    /** Name, state, approximate centre (lat, lon), approximate radius in km of the stand-in outline. */
    private record Base(String name, String state, double lat, double lon, double radiusKm) {}

    private static final List<Base> BASES = List.of(
            new Base("F.E. Warren Air Force Base", "WY", 41.133, -104.867, 3.5),
            new Base("Fort Carson", "CO", 38.737, -104.789, 8.0),
            new Base("Peterson Space Force Base", "CO", 38.824, -104.700, 2.5),
            new Base("Schriever Space Force Base", "CO", 38.803, -104.526, 2.0),
            new Base("Buckley Space Force Base", "CO", 39.702, -104.752, 2.5),
            new Base("Malmstrom Air Force Base", "MT", 47.505, -111.187, 2.5),
            new Base("Minot Air Force Base", "ND", 48.416, -101.358, 3.0),
            new Base("Grand Forks Air Force Base", "ND", 47.961, -97.401, 2.5),
            new Base("Ellsworth Air Force Base", "SD", 44.145, -103.104, 3.0),
            new Base("Offutt Air Force Base", "NE", 41.118, -95.912, 2.5),
            new Base("Fort Riley", "KS", 39.108, -96.812, 8.0),
            new Base("McConnell Air Force Base", "KS", 37.622, -97.268, 2.5),
            new Base("Whiteman Air Force Base", "MO", 38.727, -93.548, 2.5),
            new Base("Tinker Air Force Base", "OK", 35.415, -97.387, 2.5),
            new Base("Fort Sill", "OK", 34.650, -98.402, 7.0),
            new Base("Dyess Air Force Base", "TX", 32.421, -99.855, 2.5),
            new Base("Fort Cavazos", "TX", 31.138, -97.776, 9.0),
            new Base("Barksdale Air Force Base", "LA", 32.502, -93.663, 3.0),
            new Base("Kirtland Air Force Base", "NM", 35.040, -106.609, 4.0),
            new Base("Hill Air Force Base", "UT", 41.124, -111.973, 3.0));

    static final double MILE = 1609.344;
    private static final GeometryFactory GF = new GeometryFactory();
    private static final String MINEONE_SOURCE =
            "The White House, Order Regarding the Acquisition of Real Estate by MineOne Partners Ltd., 13 May 2024; "
                    + "U.S. Treasury press release JY2335 (13 May 2024). Location approximate.";

    private SampleProject() {}

    /** The whole sample project. Same output every time. */
    public static Project build() {
        Random r = new Random(2024);
        Layer installations = installations();
        Layer substations = substations(r);
        ProjectLayer inst = new ProjectLayer(
                "layer-1",
                installations,
                LayerRole.INSTALLATIONS,
                LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
                true);
        ProjectLayer subs = new ProjectLayer(
                "layer-2", substations, LayerRole.SUBSTATIONS, LayerStyle.defaultFor(LayerRole.SUBSTATIONS), true);
        List<MiningSite> sites = sites(r);
        List<RuleSet> rules = RulePresets.load();
        List<Zone> zones = List.of(
                new Zone(
                        "zone-1",
                        "CFIUS close proximity",
                        Zone.Kind.LAYER_BUFFER,
                        inst.id(),
                        FeatureFilter.ALL,
                        null,
                        List.of(Zone.Band.disc(MILE)),
                        true,
                        "#c0392b",
                        "cfius-close"),
                new Zone(
                        "zone-2",
                        "Sample 30 mi (what-if)",
                        Zone.Kind.LAYER_BUFFER,
                        inst.id(),
                        FeatureFilter.ALL,
                        null,
                        List.of(Zone.Band.disc(30 * MILE)),
                        true,
                        "#d35400",
                        "ar-sb60"),
                new Zone(
                        "zone-3",
                        "CFIUS extended range (sample list)",
                        Zone.Kind.LAYER_BUFFER,
                        inst.id(),
                        FeatureFilter.names(List.of("F.E. Warren", "Malmstrom", "Minot")),
                        null,
                        List.of(new Zone.Band(MILE, 100 * MILE)),
                        true,
                        "#8e44ad",
                        "cfius-extended"),
                new Zone(
                        "zone-4",
                        "SAMPLE 5 mi radius",
                        Zone.Kind.CIRCLE,
                        null,
                        null,
                        GF.createPoint(new Coordinate(-104.0, 39.5)),
                        List.of(Zone.Band.disc(5 * MILE)),
                        false,
                        "#16a085",
                        null));
        BriefingLayout layout = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        Map<String, String> settings = Map.of("display.unit", "MILE", "print.layout." + layout.name(), layout.toJson());
        return new Project(
                "Standoff sample",
                List.of(inst, subs),
                sites,
                zones,
                rules,
                new Project.MapViewState(41.0, -101.5, 5),
                settings);
    }

    static Layer installations() {
        List<Field> fields = List.of(
                Field.of("NAME", FieldType.STRING),
                Field.of("STATE", FieldType.STRING),
                Field.of("OUTLINE", FieldType.STRING));
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < BASES.size(); i++) {
            Base b = BASES.get(i);
            features.add(new Feature(i + 1, octagon(b.lon(), b.lat(), b.radiusKm()), new Object[] {
                b.name(),
                b.state(),
                "SAMPLE: approximate stand-in outline around the public centre point, not the boundary"
            }));
        }
        return new Layer(
                "SAMPLE installations (approximate outlines)",
                fields,
                features,
                LayerSource.onWgs84("generated by org.standoff.sample.SampleProject", null, null));
    }

    static Layer substations(Random r) {
        List<Field> fields = List.of(
                Field.of("NAME", FieldType.STRING),
                Field.of("MAX_VOLT", FieldType.INTEGER),
                Field.of("NOTE", FieldType.STRING));
        int[] volts = {69, 115, 138, 230, 345, 500};
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double lon = -112 + 20 * r.nextDouble();
            double lat = 31 + 18 * r.nextDouble();
            features.add(new Feature(i + 1, GF.createPoint(new Coordinate(lon, lat)), new Object[] {
                "SAMPLE Substation " + (i + 1), (long) volts[r.nextInt(volts.length)], "fictional"
            }));
        }
        return new Layer(
                "SAMPLE substations (fictional)",
                fields,
                features,
                LayerSource.onWgs84("generated by org.standoff.sample.SampleProject", null, null));
    }

    static List<MiningSite> sites(Random r) {
        List<MiningSite> out = new ArrayList<>();
        out.add(
                MiningSite.at("MineOne Partners property near F.E. Warren AFB (reported case)", -104.905, 41.150)
                        .withId(1)
                        .withOperator("MineOne Partners Ltd.")
                        .withOwnerCountry("China")
                        .withForeignControlled(Parsed.of(true))
                        .withStatus(Parsed.of(SiteStatus.CLOSED))
                        .withSource(MINEONE_SOURCE)
                        .withConfidence(Parsed.of(Confidence.CONFIRMED))
                        .withNotes(
                                "The first presidential block of a real-estate transaction (CFIUS). Divestment ordered; location approximate."));
        String[] countries = {"United States", "United States", "United States", "China", "Canada", "Singapore"};
        for (int i = 0; i < 120; i++) {
            Base near = BASES.get(r.nextInt(BASES.size()));
            double spread = i % 3 == 0 ? 0.05 : i % 3 == 1 ? 0.5 : 2.0;
            double lon = near.lon() + (r.nextDouble() - 0.5) * 2 * spread / Math.cos(Math.toRadians(near.lat()));
            double lat = near.lat() + (r.nextDouble() - 0.5) * 2 * spread;
            String country = countries[r.nextInt(countries.length)];
            boolean foreign = !country.equals("United States");
            MiningSite s = MiningSite.at("SAMPLE Mine " + (i + 1), lon, lat)
                    .withId(i + 2)
                    .withOperator("SAMPLE Hash Co. " + (1 + r.nextInt(12)))
                    .withOwnerCountry(country)
                    .withForeignControlled(i % 17 == 0 ? Parsed.empty() : Parsed.of(foreign))
                    .withCapacityMw(Parsed.of(Math.round((5 + 200 * r.nextDouble()) * 10) / 10.0))
                    .withStatus(Parsed.of(SiteStatus.values()[r.nextInt(SiteStatus.values().length)]))
                    .withSource("SAMPLE: fictional site for trying Standoff")
                    .withConfidence(Parsed.of(r.nextBoolean() ? Confidence.LIKELY : Confidence.UNVERIFIED));
            out.add(s);
        }
        return out;
    }

    private static Polygon octagon(double lon, double lat, double radiusKm) {
        Coordinate[] c = new Coordinate[9];
        for (int i = 0; i < 8; i++) {
            double a = Math.PI * 2 * i / 8 + Math.PI / 8;
            double[] p = org.standoff.geo.Geodesic.destination(lon, lat, Math.toDegrees(a), radiusKm * 1000);
            c[i] = new Coordinate(p[0], p[1]);
        }
        c[8] = new Coordinate(c[0]);
        return GF.createPolygon(c);
    }
}
