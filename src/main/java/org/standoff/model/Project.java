package org.standoff.model;

import java.util.List;
import java.util.Map;

/**
 * Everything a project file holds (DESIGN.md decision 7): data layers in panel order (top
 * first), mining sites, zones, rule sets, the map view, and free-form settings such as the
 * display unit, the findings table's columns and filters, and print layouts (as text the
 * owning feature parses). Immutable snapshot: the UI builds one to save, and a loaded one to
 * show.
 */
public record Project(
        String name,
        List<ProjectLayer> layers,
        List<MiningSite> sites,
        List<Zone> zones,
        List<RuleSet> ruleSets,
        MapViewState view,
        Map<String, String> settings) {

    public Project {
        layers = List.copyOf(layers);
        sites = List.copyOf(sites);
        zones = List.copyOf(zones);
        ruleSets = List.copyOf(ruleSets);
        settings = Map.copyOf(settings);
    }

    /** An empty project. */
    public static Project empty(String name) {
        return new Project(name, List.of(), List.of(), List.of(), List.of(), MapViewState.WHOLE_US, Map.of());
    }

    /** Where the map looks: centre and Web Mercator zoom level. */
    public record MapViewState(double centerLat, double centerLon, double zoom) {
        public static final MapViewState WHOLE_US = new MapViewState(38.5, -96.5, 4);
    }
}
