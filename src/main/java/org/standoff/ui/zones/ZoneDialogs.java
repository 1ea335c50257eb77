package org.standoff.ui.zones;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.standoff.geo.CoordinateFormat;
import org.standoff.geo.LengthUnit;
import org.standoff.model.Feature;
import org.standoff.model.FeatureFilter;
import org.standoff.model.ProjectLayer;
import org.standoff.model.Zone;

/**
 * The dialogs that create and edit zones: a buffer around a layer (all features, the
 * identified feature, or features named in a pasted list), and a custom radius around a point
 * typed as decimal degrees, DMS or MGRS. Each returns the zone, or empty if cancelled.
 */
public final class ZoneDialogs {

    private static final GeometryFactory GF = new GeometryFactory();

    private ZoneDialogs() {}

    /** Parses radii such as "1, 30, 100" in a unit into metres, ascending. */
    static List<Double> parseRadii(String text, LengthUnit unit) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            double v = Double.parseDouble(part.strip());
            if (!(v > 0)) {
                throw new NumberFormatException("radius must be positive: " + part);
            }
            out.add(unit.toMetres(v));
        }
        if (out.isEmpty()) {
            throw new NumberFormatException("give at least one radius");
        }
        out.sort(Double::compare);
        return out;
    }

    /** Buffer-a-layer dialog; {@code identified} is a feature the user picked, or null. */
    public static Optional<Zone> bufferLayer(
            Window owner,
            ZonesViewModel zones,
            List<ProjectLayer> layers,
            ProjectLayer identifiedLayer,
            Feature identified,
            LengthUnit unit) {
        Dialog<Zone> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Buffer Layer");
        d.setHeaderText("Zones at geodesic distances from a layer's features (from polygon boundaries outward)");
        ChoiceBox<ProjectLayer> layer = new ChoiceBox<>();
        layer.getItems().addAll(layers);
        layer.setConverter(new StringConverter<>() {
            public String toString(ProjectLayer l) {
                return l == null ? "" : l.name() + " (" + l.role().label() + ")";
            }

            public ProjectLayer fromString(String s) {
                return null;
            }
        });
        // the installations layer, not the top one (often 70,000 substations), unless a feature was picked
        layer.setValue(
                identifiedLayer != null
                        ? identifiedLayer
                        : layers.stream()
                                .filter(l -> l.role() == org.standoff.model.LayerRole.INSTALLATIONS)
                                .findFirst()
                                .orElse(layers.isEmpty() ? null : layers.get(0)));
        layer.setId("buffer-layer");
        // the CFIUS distances, which are miles whatever unit the map shows (31 CFR 802.203 and 802.217)
        TextField radii = new TextField("1, 30, 100");
        radii.setId("buffer-radii");
        ChoiceBox<LengthUnit> units = unitChoice(LengthUnit.MILE);
        CheckBox dissolve = new CheckBox("Dissolve overlapping buffers");
        dissolve.setSelected(true);
        ToggleGroup which = new ToggleGroup();
        RadioButton all = new RadioButton("All features");
        RadioButton picked = new RadioButton(
                identified == null
                        ? "The identified feature (click one on the map first)"
                        : "Only " + identifiedLayer.data().featureName(identified));
        RadioButton named = new RadioButton("Features named in this list (one per line):");
        RadioButton where = new RadioButton("Features whose");
        where.setId("buffer-where");
        ChoiceBox<String> field = new ChoiceBox<>();
        field.setId("buffer-field");
        TextField value = new TextField();
        value.setId("buffer-value");
        value.setPromptText("Air Force");
        value.textProperty().addListener((o, a, b) -> where.setSelected(!b.isBlank()));
        Runnable fields = () -> {
            field.getItems()
                    .setAll(
                            layer.getValue() == null
                                    ? List.of()
                                    : layer.getValue().data().fields().stream()
                                            .map(org.standoff.model.Field::name)
                                            .toList());
            if (!field.getItems().isEmpty()) {
                field.setValue(field.getItems().get(0));
            }
        };
        layer.valueProperty().addListener((o, a, b) -> fields.run());
        fields.run();
        HBox whereRow = new HBox(6, where, field, new Label("contains"), value);
        whereRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        all.setToggleGroup(which);
        picked.setToggleGroup(which);
        named.setToggleGroup(which);
        where.setToggleGroup(which);
        picked.setDisable(identified == null);
        all.setSelected(true);
        TextArea names = new TextArea();
        names.setPrefRowCount(4);
        names.setPromptText("e.g. F.E. Warren Air Force Base, one name per line");
        names.setId("buffer-names");
        names.textProperty().addListener((o, a, b) -> named.setSelected(!b.isBlank()));
        TextField name = new TextField();
        name.setPromptText("Zone name (optional)");
        Label error = new Label();
        error.getStyleClass().add("error");
        GridPane g = grid();
        g.addRow(0, new Label("Layer"), layer);
        g.addRow(1, new Label("Radii"), radii, units);
        g.addRow(2, new Label("Apply to"), all);
        g.add(picked, 1, 3);
        g.add(named, 1, 4);
        g.add(names, 1, 5, 2, 1);
        g.add(whereRow, 1, 6, 2, 1);
        g.add(dissolve, 1, 7);
        g.addRow(8, new Label("Name"), name);
        g.add(error, 1, 9, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                parseRadii(radii.getText(), units.getValue());
                if (layer.getValue() == null) {
                    throw new NumberFormatException("choose a layer");
                }
                if (where.isSelected()
                        && (field.getValue() == null || value.getText().isBlank())) {
                    throw new NumberFormatException("choose a field and type the value to match");
                }
                error.setText("");
            } catch (NumberFormatException ex) {
                error.setText("Cannot use this: " + ex.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            List<Double> r = parseRadii(radii.getText(), units.getValue());
            FeatureFilter f = picked.isSelected() && identified != null
                    ? FeatureFilter.ids(java.util.Set.of(identified.id()))
                    : named.isSelected()
                            ? FeatureFilter.names(Arrays.asList(names.getText().split("\\R")))
                            : where.isSelected()
                                    ? FeatureFilter.attribute(field.getValue(), value.getText())
                                    : FeatureFilter.ALL;
            List<Zone.Band> bands = r.stream().map(Zone.Band::disc).toList();
            String label = name.getText().isBlank()
                    ? layer.getValue().name() + " buffer"
                    : name.getText().strip();
            return new Zone(
                    zones.newId(),
                    label,
                    Zone.Kind.LAYER_BUFFER,
                    layer.getValue().id(),
                    f,
                    null,
                    bands,
                    dissolve.isSelected(),
                    zones.nextColour(),
                    null);
        });
        return d.showAndWait();
    }

    /** Custom radius dialog, prefilled from {@code existing} when editing (else null). */
    public static Optional<Zone> radius(
            Window owner, ZonesViewModel zones, Zone existing, double lon, double lat, LengthUnit unit) {
        Dialog<Zone> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(existing == null ? "Custom Radius" : "Edit Radius");
        d.setHeaderText("A geodesic circle around a point");
        TextField centre = new TextField(Double.isNaN(lat) ? "" : String.format(Locale.ROOT, "%.6f, %.6f", lat, lon));
        centre.setPromptText("41.1335, -104.8667  or  41°08'00\"N 104°52'00\"W  or  13T EF 01234 56789");
        centre.setPrefColumnCount(26);
        centre.setId("radius-centre");
        ChoiceBox<LengthUnit> units = unitChoice(unit);
        TextField radius = new TextField(
                existing == null
                        ? "1"
                        : org.standoff.render.ZonePainter.number(
                                units.getValue().fromMetres(existing.maxRadiusMetres())));
        radius.setId("radius-value");
        TextField name =
                new TextField(existing == null ? "Radius " + (zones.zones().size() + 1) : existing.name());
        name.setId("radius-name");
        ColorPicker colour = new ColorPicker(Color.web(existing == null ? zones.nextColour() : existing.color()));
        Label error = new Label();
        GridPane g = grid();
        g.addRow(0, new Label("Centre"), centre);
        g.addRow(1, new Label("Radius"), radius, units);
        g.addRow(2, new Label("Name"), name);
        g.addRow(3, new Label("Colour"), colour);
        g.add(error, 1, 4, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                CoordinateFormat.parseLatLon(centre.getText());
                parseRadii(radius.getText(), units.getValue());
                error.setText("");
            } catch (ParseException | NumberFormatException ex) {
                error.setText("Cannot use this: " + ex.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            try {
                double[] ll = CoordinateFormat.parseLatLon(centre.getText());
                double r = parseRadii(radius.getText(), units.getValue()).get(0);
                String id = existing == null ? zones.newId() : existing.id();
                return new Zone(
                        id,
                        name.getText().isBlank() ? "Radius" : name.getText().strip(),
                        Zone.Kind.CIRCLE,
                        null,
                        null,
                        GF.createPoint(new Coordinate(ll[1], ll[0])),
                        List.of(Zone.Band.disc(r)),
                        false,
                        hex(colour.getValue()),
                        null);
            } catch (ParseException ex) {
                return null;
            }
        });
        return d.showAndWait();
    }

    private static ChoiceBox<LengthUnit> unitChoice(LengthUnit unit) {
        ChoiceBox<LengthUnit> units = new ChoiceBox<>();
        units.getItems().addAll(LengthUnit.MILE, LengthUnit.KILOMETRE, LengthUnit.NAUTICAL_MILE);
        units.setValue(unit == LengthUnit.METRE ? LengthUnit.KILOMETRE : unit);
        units.setConverter(new StringConverter<>() {
            public String toString(LengthUnit u) {
                return u == null ? "" : u.symbol();
            }

            public LengthUnit fromString(String s) {
                return null;
            }
        });
        return units;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        return g;
    }

    static String hex(Color c) {
        return String.format(
                Locale.ROOT,
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
