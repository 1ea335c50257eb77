package org.standoff.print;

import java.util.List;
import java.util.Map;
import org.standoff.analysis.Finding;
import org.standoff.analysis.ZoneShapes;
import org.standoff.geo.LengthUnit;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.model.RuleSet;
import org.standoff.model.Zone;
import org.standoff.render.Viewport;

/**
 * What a briefing is made from: a copy of the project state (the desktop takes it on the JavaFX
 * thread so the preview and exports can build content in the background; the CLI builds it from
 * a project file). Immutable (lists and map are copied).
 *
 * @param layers     data layers in drawing order, bottom first (hidden ones included: the
 *                   painter and legend skip them)
 * @param sites      every mining site
 * @param zones      every zone, in panel order
 * @param zoneShapes the zones' drawn shapes, as the analysis computed them
 * @param ruleSets   the rule sets, for the citations of rule-derived zones
 * @param findings   the analysis findings by site id
 * @param unit       the display unit for distances and radii
 * @param view       the map's current view on screen (its size may be 0 before layout)
 */
public record ProjectSnapshot(
        List<ProjectLayer> layers,
        List<MiningSite> sites,
        List<Zone> zones,
        List<ZoneShapes.Shape> zoneShapes,
        List<RuleSet> ruleSets,
        Map<Long, Finding> findings,
        LengthUnit unit,
        Viewport view) {

    public ProjectSnapshot {
        layers = List.copyOf(layers);
        sites = List.copyOf(sites);
        zones = List.copyOf(zones);
        zoneShapes = List.copyOf(zoneShapes);
        ruleSets = List.copyOf(ruleSets);
        findings = Map.copyOf(findings);
        if (unit == null || view == null) {
            throw new IllegalArgumentException("a project snapshot needs a unit and a view");
        }
    }
}
