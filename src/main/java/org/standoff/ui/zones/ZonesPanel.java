package org.standoff.ui.zones;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.standoff.geo.LengthUnit;
import org.standoff.model.Zone;
import org.standoff.render.ZonePainter;

/**
 * The zones section of the left panel: each zone with its colour, radii and the number of
 * sites inside, buttons to create zones, and a live-radius slider for the selected zone whose
 * changes are one undoable edit per drag.
 */
public final class ZonesPanel extends VBox {

    private final ListView<Zone> list = new ListView<>();
    private final Slider slider = new Slider(0.1, 150, 1);
    private final Label sliderLabel = new Label();
    private final ZonesViewModel zones;
    private final ObjectProperty<LengthUnit> unit;
    private org.standoff.analysis.ZoneCounts counts = org.standoff.analysis.ZoneCounts.NONE;
    /** True while the counts shown do not answer the current inputs: they are greyed and marked as computing. */
    private boolean countsPending;
    /**
     * The cells the list made (weakly: it drops them as it likes). New counts are written into
     * them in place: {@code ListView.refresh()} would make new cells, with their skins and CSS,
     * twice on every radius change (tens of milliseconds of the JavaFX thread).
     */
    private final java.util.Set<ZoneCell> cells = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    private static final Tooltip PENDING_TIP = new Tooltip("Computing: the count is from before the last change");
    private Zone dragStart;
    private boolean updatingSlider;

    /** Actions the panel's buttons trigger. */
    public interface Actions {
        void bufferLayer();

        void customRadius();

        void drawRadius();

        void drawPolygon();

        void applyRules();

        void editZone(Zone z);

        /** Shows the whole zone on the map. */
        void zoomToZone(Zone z);
    }

    public ZonesPanel(ZonesViewModel zones, ObjectProperty<LengthUnit> unit, Actions actions) {
        this.zones = zones;
        this.unit = unit;
        setSpacing(6);
        setId("zones-panel");
        Label title = new Label("Zones");
        title.getStyleClass().add("panel-title");
        list.setId("zone-list");
        list.setItems(zones.zones());
        list.setPrefHeight(140);
        list.setMinHeight(60);
        Label empty = new Label("No zones: buffer a layer, draw a radius, or apply rules.");
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        list.setPlaceholder(empty);
        list.setCellFactory(l -> {
            ZoneCell cell = new ZoneCell();
            cells.add(cell);
            return cell;
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (zones.selectedProperty().get() != b) {
                zones.selectedProperty().set(b);
            }
        });
        zones.selectedProperty().addListener((o, a, b) -> {
            if (list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
            updateSlider(b);
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                actions.editZone(list.getSelectionModel().getSelectedItem());
            }
        });
        unit.addListener((o, a, b) -> {
            list.refresh();
            updateSlider(zones.selectedProperty().get());
        });

        Button buffer = button("Buffer…", "Buffer a layer at one or more radii", actions::bufferLayer);
        buffer.setId("zone-buffer");
        Button radius = button("Radius…", "A custom radius around a point you type", actions::customRadius);
        radius.setId("zone-radius");
        Button draw = button("Draw", "Draw a radius on the map: press at the centre and drag", actions::drawRadius);
        draw.setId("zone-draw");
        Button polygon = button(
                "Polygon", "Draw a polygon zone: click its corners, double-click to close", actions::drawPolygon);
        polygon.setId("zone-polygon");
        Button rules = button("Rules…", "Apply distance rules (CFIUS, state laws, your own)", actions::applyRules);
        rules.setId("zone-rules");
        Button delete = button("✕", "Delete the selected zone (undoable)", () -> {
            Zone z = zones.selectedProperty().get();
            if (z != null) {
                zones.delete(z);
            }
        });
        delete.disableProperty().bind(zones.selectedProperty().isNull());
        Button fit = button("Fit", "Zoom to the selected zone", () -> {
            Zone z = zones.selectedProperty().get();
            if (z != null) {
                actions.zoomToZone(z);
            }
        });
        fit.setId("zone-fit");
        fit.disableProperty().bind(zones.selectedProperty().isNull());
        javafx.scene.control.MenuItem zoomItem = new javafx.scene.control.MenuItem("Zoom to Zone");
        zoomItem.setOnAction(e -> fit.fire());
        list.setContextMenu(new javafx.scene.control.ContextMenu(zoomItem));
        javafx.scene.layout.FlowPane buttons =
                new javafx.scene.layout.FlowPane(4, 4, buffer, radius, draw, polygon, rules, fit, delete);

        slider.setId("zone-radius-slider");
        slider.setDisable(true);
        slider.valueProperty().addListener((o, a, b) -> onSlide(b.doubleValue()));
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (now) {
                dragStart = zones.selectedProperty().get();
            } else {
                commitSlide();
            }
        });
        sliderLabel.setId("zone-radius-label");
        HBox sliderRow = new HBox(6, slider, sliderLabel);
        sliderRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(slider, Priority.ALWAYS);
        getChildren().addAll(title, list, buttons, sliderRow);
    }

    /** New site counts per zone and band, from the latest findings. */
    public void setCounts(org.standoff.analysis.ZoneCounts newCounts) {
        counts = newCounts;
        cells.forEach(ZoneCell::showCounts);
    }

    /** Marks the counts as stale (greyed, "…") until the next {@link #setCounts}. */
    public void setCountsPending(boolean pending) {
        if (pending != countsPending) {
            countsPending = pending;
            cells.forEach(ZoneCell::showCounts);
        }
    }

    private void updateSlider(Zone z) {
        updatingSlider = true;
        boolean usable = z != null && z.bands().size() == 1;
        slider.setDisable(!usable);
        if (usable) {
            double v = unit.get().fromMetres(z.bands().get(0).outerMetres());
            slider.setMax(Math.max(150, v * 1.5));
            slider.setValue(v);
            sliderLabel.setText(ZonePainter.number(v) + " " + unit.get().symbol());
        } else {
            sliderLabel.setText(z == null ? "" : "(several radii)");
        }
        updatingSlider = false;
    }

    /** While dragging the zone changes live without undo entries; release records one edit. */
    private void onSlide(double value) {
        Zone z = zones.selectedProperty().get();
        if (updatingSlider || z == null || z.bands().size() != 1) {
            return;
        }
        double outer = unit.get().toMetres(Math.round(value * 100) / 100.0);
        Zone.Band band = z.bands().get(0);
        if (outer <= band.innerMetres()) {
            return;
        }
        sliderLabel.setText(ZonePainter.number(unit.get().fromMetres(outer)) + " "
                + unit.get().symbol());
        Zone changed = z.withBands(List.of(new Zone.Band(band.innerMetres(), outer)));
        if (slider.isValueChanging()) {
            int i = zones.zones().indexOf(z);
            if (i >= 0) {
                zones.zones().set(i, changed);
                zones.selectedProperty().set(changed);
            }
        } else {
            zones.update(z, changed, "Change Radius of");
        }
    }

    private void commitSlide() {
        Zone now = zones.selectedProperty().get();
        if (dragStart != null && now != null && !dragStart.equals(now)) {
            int i = zones.zones().indexOf(now);
            zones.zones().set(i, dragStart);
            zones.update(dragStart, now, "Change Radius of");
            zones.selectedProperty().set(now);
        }
        dragStart = null;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private final class ZoneCell extends ListCell<Zone> {
        private final Rectangle swatch = new Rectangle(12, 12);
        private final Label name = new Label();
        private final Label count = new Label();
        /** Sites per ring, under the name, for zones of several bands. */
        private final Label rings = new Label();

        private final HBox box;

        ZoneCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            count.getStyleClass().add("hint");
            rings.getStyleClass().add("hint");
            rings.setId("zone-ring-counts");
            count.setStyle("-fx-font-weight: bold;");
            count.setMinWidth(28);
            javafx.scene.layout.VBox text = new javafx.scene.layout.VBox(0, name, rings);
            box = new HBox(6, swatch, count, text, spacer);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Zone z, boolean empty) {
            super.updateItem(z, empty);
            if (empty || z == null) {
                setGraphic(null);
                return;
            }
            org.standoff.render.Rgba c = ZonePainter.colour(z);
            swatch.setFill(Color.rgb(c.red(), c.green(), c.blue(), 0.45));
            swatch.setStroke(Color.rgb(c.red(), c.green(), c.blue()));
            StringBuilder radii = new StringBuilder();
            for (int i = 0; i < z.bands().size(); i++) {
                radii.append(radii.length() > 0 ? ", " : "")
                        .append(band(z.bands().get(i)));
            }
            name.setText(z.name() + " (" + radii + " " + unit.get().symbol() + ")");
            showCounts();
            setGraphic(box);
        }

        private String band(Zone.Band b) {
            return (b.isRing() ? ZonePainter.number(unit.get().fromMetres(b.innerMetres())) + "–" : "")
                    + ZonePainter.number(unit.get().fromMetres(b.outerMetres()));
        }

        /** Writes the counts of this cell's zone (greyed with "…" while pending) into its labels. */
        void showCounts() {
            Zone z = getItem();
            if (isEmpty() || z == null) {
                return;
            }
            StringBuilder perRing = new StringBuilder();
            for (int i = 0; i < z.bands().size(); i++) {
                perRing.append(perRing.length() > 0 ? " · " : "")
                        .append(band(z.bands().get(i)))
                        .append(' ')
                        .append(unit.get().symbol())
                        .append(": ")
                        .append(countsPending ? "…" : Integer.toString(counts.inBand(z.id(), i)));
            }
            // a zone of several rings: the sites in each, on a line of their own (greyed with the total while
            // computing)
            boolean several = z.bands().size() > 1;
            rings.setText(several ? perRing.toString() : null);
            rings.setVisible(several);
            rings.setManaged(several);
            rings.setOpacity(countsPending ? 0.5 : 1);
            Integer n = counts.sites().get(z.id());
            // never a bare 0 for a count not computed yet: the old count greyed with "…", or "…" alone
            count.setText(countsPending ? (n == null ? "…" : n + "…") : Integer.toString(n == null ? 0 : n));
            count.setOpacity(countsPending ? 0.5 : 1);
            count.setTooltip(countsPending ? PENDING_TIP : null);
        }
    }
}
