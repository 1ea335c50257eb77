package org.standoff.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import org.standoff.render.ScaleBar;

/**
 * The bar along the bottom of the window: status message, cursor position (click to switch
 * decimal/DMS), MGRS, and a scale bar that is redrawn whenever the view or the unit changes.
 */
final class StatusBar extends HBox {

    StatusBar(MainViewModel vm) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        setPadding(new Insets(3, 10, 3, 10));

        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label cursor = new Label();
        cursor.setId("cursor-position");
        cursor.setMinWidth(250);
        cursor.textProperty().bind(vm.cursorTextProperty());
        cursor.setTooltip(new Tooltip("Cursor position (WGS84). Click to switch decimal / degrees-minutes-seconds."));
        cursor.setOnMouseClicked(e -> vm.toggleCoordinateStyle());

        Label mgrs = new Label();
        mgrs.setId("cursor-mgrs");
        mgrs.setMinWidth(190);
        mgrs.textProperty().bind(vm.mgrsTextProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("task-progress");
        progress.setPrefWidth(160);
        Button cancel = new Button("Cancel");
        cancel.setId("task-cancel");
        HBox taskBox = new HBox(6, progress, cancel);
        taskBox.setAlignment(Pos.CENTER_LEFT);
        taskBox.setVisible(false);
        taskBox.setManaged(false);
        vm.runningTaskProperty().addListener((o, old, task) -> {
            progress.progressProperty().unbind();
            status.textProperty().unbind();
            boolean running = task != null;
            taskBox.setVisible(running);
            taskBox.setManaged(running);
            if (running) {
                progress.progressProperty().bind(task.progressProperty());
                status.textProperty().bind(task.messageProperty());
                cancel.setOnAction(e -> task.cancel());
            } else {
                status.textProperty().bind(vm.statusProperty());
            }
        });

        getChildren().addAll(status, taskBox, spacer, cursor, mgrs, new ScaleBarView(vm));
    }

    /** A scale bar: a bracket of the bar's pixel length with its label beside it. */
    static final class ScaleBarView extends HBox {
        private final Polyline bracket = new Polyline();
        private final Label label = new Label();

        ScaleBarView(MainViewModel vm) {
            setId("scale-bar");
            setAlignment(Pos.CENTER_LEFT);
            setSpacing(6);
            setMinWidth(MainViewModel.SCALE_BAR_MAX_PX + 70);
            bracket.getStyleClass().add("scale-bar-line");
            bracket.setStrokeWidth(1.5);
            label.setId("scale-bar-label");
            getChildren().addAll(bracket, label);
            vm.scaleBarProperty().addListener((o, a, b) -> update(b));
            update(vm.scaleBarProperty().get());
        }

        private void update(ScaleBar bar) {
            if (bar == null) {
                bracket.getPoints().clear();
                label.setText("");
                return;
            }
            double w = bar.pixels();
            bracket.getPoints().setAll(0.0, 0.0, 0.0, 6.0, w, 6.0, w, 0.0);
            label.setText(bar.label());
        }
    }
}
