package org.standoff.ui.layers;

import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.ProjectLayer;

/** Edits a layer's role, colour, fill opacity, line width and point size; returns the edited layer. */
public final class LayerStyleDialog extends Dialog<ProjectLayer> {

    /** Shows the dialog and returns the edited layer if the user pressed OK. */
    public static java.util.Optional<ProjectLayer> edit(Window owner, ProjectLayer layer) {
        return new LayerStyleDialog(owner, layer).showAndWait();
    }

    LayerStyleDialog(Window owner, ProjectLayer layer) {
        setTitle("Layer Style");
        setHeaderText(layer.name());
        if (owner != null) {
            initOwner(owner);
        }
        LayerStyle st = layer.style();
        ChoiceBox<LayerRole> role = new ChoiceBox<>();
        role.getItems().addAll(LayerRole.values());
        role.setValue(layer.role());
        role.setId("style-role");
        ColorPicker colour = new ColorPicker(Color.web(st.color()));
        colour.setId("style-colour");
        Slider opacity = new Slider(0, 1, st.fillOpacity());
        opacity.setShowTickLabels(true);
        opacity.setMajorTickUnit(0.25);
        opacity.setId("style-opacity");
        Spinner<Double> width = new Spinner<>(0.5, 10, st.lineWidth(), 0.5);
        Spinner<Double> size = new Spinner<>(2, 30, st.pointSize(), 1);
        size.setId("style-size");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Role"), role);
        grid.addRow(1, new Label("Colour"), colour);
        grid.addRow(2, new Label("Fill opacity"), opacity);
        grid.addRow(3, new Label("Line width"), width);
        grid.addRow(4, new Label("Point size"), size);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b != ButtonType.OK
                ? null
                : layer.withRole(role.getValue())
                        .withStyle(new LayerStyle(
                                hex(colour.getValue()), opacity.getValue(), width.getValue(), size.getValue())));
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
