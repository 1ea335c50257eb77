package org.standoff.ui;

import java.util.List;
import org.standoff.model.Zone;
import org.standoff.ui.layers.LayersViewModel;
import org.standoff.ui.zones.RulesDialog;
import org.standoff.ui.zones.ZoneDialogs;
import org.standoff.ui.zones.ZonesPanel;

/** What the zones panel's buttons do in the main window: open the zone dialogs and drawing modes. */
final class MainZoneActions implements ZonesPanel.Actions {

    private final MainWindow w;

    MainZoneActions(MainWindow w) {
        this.w = w;
    }

    @Override
    public void bufferLayer() {
        if (w.layers().layers().isEmpty()) {
            w.viewModel().statusProperty().set("Add a layer first: File > Add Layer");
            return;
        }
        LayersViewModel.Identified id = w.layers().identifiedProperty().get();
        ZoneDialogs.bufferLayer(
                        w.window(),
                        w.zones(),
                        List.copyOf(w.layers().layers()),
                        id == null ? null : id.layer(),
                        id == null ? null : id.feature(),
                        w.viewModel().unitProperty().get())
                .ifPresent(w.zones()::add);
    }

    @Override
    public void customRadius() {
        double lat = w.map().centerLatProperty().get();
        double lon = w.map().centerLonProperty().get();
        ZoneDialogs.radius(
                        w.window(),
                        w.zones(),
                        null,
                        lon,
                        lat,
                        w.viewModel().unitProperty().get())
                .ifPresent(z -> {
                    w.zones().add(z);
                    w.zones().selectedProperty().set(z);
                });
    }

    @Override
    public void drawRadius() {
        w.controller().startDrawRadius();
    }

    @Override
    public void drawPolygon() {
        w.controller().startDrawPolygon();
    }

    @Override
    public void applyRules() {
        RulesDialog.show(w.window(), List.copyOf(w.zones().ruleSets()), w.zones()::addUserRule)
                .ifPresent(choice -> {
                    List<Zone> made = w.zones()
                            .zonesFor(choice.rules(), List.copyOf(w.layers().layers()), choice.names());
                    if (made.isEmpty()) {
                        w.viewModel()
                                .statusProperty()
                                .set(
                                        "No layer has the role those rules measure from (set a layer's role in its Style dialog)");
                    } else {
                        w.zones().addAll(made, "Apply " + made.size() + " Rules");
                    }
                });
    }

    @Override
    public void editZone(Zone z) {
        if (z.kind() == Zone.Kind.CIRCLE) {
            org.locationtech.jts.geom.Point c = (org.locationtech.jts.geom.Point) z.geometry();
            ZoneDialogs.radius(
                            w.window(),
                            w.zones(),
                            z,
                            c.getX(),
                            c.getY(),
                            w.viewModel().unitProperty().get())
                    .ifPresent(after -> w.zones().update(z, after, "Edit"));
        }
    }

    /**
     * Fits the map to the zone's drawn shapes (all its bands), or to its own outline while those
     * are still being computed; a layer buffer whose shapes are not ready yet says so.
     */
    @Override
    public void zoomToZone(Zone z) {
        org.locationtech.jts.geom.Envelope box = new org.locationtech.jts.geom.Envelope();
        for (org.standoff.analysis.ZoneShapes.Shape s :
                w.analysis().shapesProperty().get()) {
            if (s.zone().id().equals(z.id()) && s.geometry() != null) {
                box.expandToInclude(s.geometry().getEnvelopeInternal());
            }
        }
        if (box.isNull() && z.geometry() != null) {
            box.expandToInclude(z.geometry().getEnvelopeInternal());
        }
        if (box.isNull()) {
            w.viewModel()
                    .statusProperty()
                    .set("Zone \u201c" + z.name() + "\u201d is still being drawn; try Fit again in a moment");
            return;
        }
        w.map().fit(box);
        w.viewModel().statusProperty().set("Showing zone \u201c" + z.name() + "\u201d");
    }
}
