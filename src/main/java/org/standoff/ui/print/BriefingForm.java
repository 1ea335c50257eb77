package org.standoff.ui.print;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.standoff.print.BriefingExport;
import org.standoff.print.BriefingLayout;
import org.standoff.print.Orientation;
import org.standoff.print.Paper;

/**
 * The left side of the briefing dialog: named layouts, paper, orientation, margins, texts,
 * element switches, map extent and output options, each bound to {@link BriefingViewModel}.
 * Layout controls follow the view model's layout (so undo shows in them too); they never hold
 * state of their own.
 */
final class BriefingForm extends GridPane {

    private final BriefingViewModel vm;
    private final ComboBox<String> saved = new ComboBox<>();
    private final ComboBox<Paper> paper = new ComboBox<>();
    private final ComboBox<Orientation> orientation = new ComboBox<>();
    private final Spinner<Integer> margin = new Spinner<>(0, 144, 27, 3);
    private final Map<BriefingViewModel.Toggle, CheckBox> toggles = new EnumMap<>(BriefingViewModel.Toggle.class);
    /** True while the controls are being set from the view model, so they do not echo back as edits. */
    private boolean syncing;

    private int row;

    BriefingForm(BriefingViewModel vm) {
        this.vm = vm;
        setId("briefing-form");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(10));
        // Labels keep their width; the controls take what is left (else the labels collapse to "...").
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints controls = new javafx.scene.layout.ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, controls);
        layoutSection();
        textSection();
        elementSection();
        extentSection();
        outputSection();
        vm.layoutProperty().addListener((o, a, b) -> sync(b));
        sync(vm.layout());
    }

    private void layoutSection() {
        heading("Layout");
        saved.setId("briefing-saved-layouts");
        saved.setPromptText("Saved layouts");
        saved.setMaxWidth(Double.MAX_VALUE);
        refreshSaved();
        vm.savedLayouts().layouts().addListener((ListChangeListener<BriefingLayout>) c -> refreshSaved());
        saved.setOnAction(e -> {
            if (!syncing && saved.getValue() != null) {
                vm.open(saved.getValue());
            }
        });
        add("Open", saved);
        TextField name = field("briefing-layout-name");
        name.textProperty().bindBidirectional(vm.layoutNameProperty());
        Button save = new Button("Save layout");
        save.setId("briefing-save-layout");
        save.setOnAction(e -> vm.save());
        Button fresh = new Button("New");
        fresh.setId("briefing-new-layout");
        fresh.setOnAction(e -> vm.newLayout());
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fresh.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox nameRow = new HBox(6, name, save, fresh);
        HBox.setHgrow(name, Priority.ALWAYS);
        add("Name", nameRow);

        paper.setId("briefing-paper");
        paper.getItems().setAll(Paper.values());
        paper.setConverter(enumLabels(Paper.class));
        paper.setOnAction(e -> {
            if (!syncing && paper.getValue() != null) {
                vm.setPaper(paper.getValue());
            }
        });
        add("Paper", paper);
        orientation.setId("briefing-orientation");
        orientation.getItems().setAll(Orientation.values());
        orientation.setConverter(enumLabels(Orientation.class));
        orientation.setOnAction(e -> {
            if (!syncing && orientation.getValue() != null) {
                vm.setOrientation(orientation.getValue());
            }
        });
        add("Orientation", orientation);
        margin.setId("briefing-margin");
        margin.setEditable(true);
        margin.setPrefWidth(90);
        margin.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.setMargin(b);
            }
        });
        add("Margins (pt)", margin);
    }

    private void textSection() {
        heading("Text");
        add("Title", bound("briefing-title", vm.titleProperty()));
        add("Subtitle", bound("briefing-subtitle", vm.subtitleProperty()));
        add("Marking", bound("briefing-marking", vm.markingProperty()));
        ColorPicker colour =
                new ColorPicker(Color.web(vm.markingColourProperty().get()));
        colour.setId("briefing-marking-colour");
        colour.valueProperty()
                .addListener((o, a, b) -> vm.markingColourProperty().set(hex(b)));
        add("Marking colour", colour);
        add("Author", bound("briefing-author", vm.authorProperty()));
        add("Date", bound("briefing-date", vm.dateProperty()));
    }

    private void elementSection() {
        heading("Show");
        GridPane boxes = new GridPane();
        boxes.setHgap(12);
        boxes.setVgap(4);
        int i = 0;
        for (BriefingViewModel.Toggle t : BriefingViewModel.Toggle.values()) {
            CheckBox box = new CheckBox(t.label());
            box.setId("briefing-show-" + t.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.selectedProperty().addListener((o, a, b) -> {
                if (!syncing) {
                    vm.setVisible(t, b);
                }
            });
            toggles.put(t, box);
            boxes.add(box, i % 2, i / 2);
            i++;
        }
        add(boxes, 2);
    }

    private void extentSection() {
        heading("Map extent");
        ToggleGroup group = new ToggleGroup();
        RadioButton sites = new RadioButton("All sites and their nearest installations");
        sites.setId("briefing-extent-sites");
        RadioButton view = new RadioButton("Current map view");
        view.setId("briefing-extent-view");
        RadioButton scale = new RadioButton("Scale 1:");
        scale.setId("briefing-extent-scale");
        sites.setToggleGroup(group);
        view.setToggleGroup(group);
        scale.setToggleGroup(group);
        (vm.useScaleProperty().get() ? scale : vm.allSitesProperty().get() ? sites : view).setSelected(true);
        scale.selectedProperty().bindBidirectional(vm.useScaleProperty());
        sites.selectedProperty().bindBidirectional(vm.allSitesProperty());
        TextField n = scaleField("briefing-scale", vm.scaleProperty());
        n.disableProperty().bind(scale.selectedProperty().not());
        add(sites, 2);
        add(view, 2);
        HBox s = new HBox(4, scale, n);
        s.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        add(s, 2);
    }

    private void outputSection() {
        heading("Output");
        Spinner<Integer> dpi =
                new Spinner<>(72, BriefingExport.MAX_DPI, vm.dpiProperty().get(), 50);
        dpi.setId("briefing-dpi");
        dpi.setEditable(true);
        dpi.setPrefWidth(90);
        dpi.valueProperty().addListener((o, a, b) -> vm.dpiProperty().set(b));
        add("PNG DPI", dpi);
        add("Atlas scale 1:", scaleField("briefing-atlas-scale", vm.atlasScaleProperty()));
    }

    /** Sets the layout controls from a layout (after an edit, an undo or opening a saved one). */
    private void sync(BriefingLayout l) {
        syncing = true;
        try {
            paper.setValue(l.paper());
            orientation.setValue(l.orientation());
            margin.getValueFactory().setValue((int) Math.round(l.margins().top()));
            toggles.forEach((t, box) -> box.setSelected(vm.isVisible(t)));
            saved.setValue(vm.savedLayouts().byName(l.name()).isPresent() ? l.name() : null);
        } finally {
            syncing = false;
        }
    }

    private void refreshSaved() {
        syncing = true;
        try {
            saved.getItems()
                    .setAll(vm.savedLayouts().layouts().stream()
                            .map(BriefingLayout::name)
                            .toList());
        } finally {
            syncing = false;
        }
    }

    /** A text field for a 1:N scale: digits with optional grouping; anything else is shown in red and ignored. */
    private static TextField scaleField(String id, javafx.beans.property.DoubleProperty target) {
        TextField f = new TextField(String.format(Locale.US, "%,.0f", target.get()));
        f.setId(id);
        f.setPrefColumnCount(9);
        f.textProperty().addListener((o, a, b) -> {
            String digits = b.replaceAll("[,\\s_]", "");
            boolean ok = digits.matches("\\d{3,9}") && Long.parseLong(digits) >= 100;
            f.setStyle(ok ? "" : "-fx-text-fill: #c0392b;");
            if (ok) {
                target.set(Long.parseLong(digits));
            }
        });
        return f;
    }

    private TextField bound(String id, javafx.beans.property.StringProperty p) {
        TextField f = field(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(14);
        return f;
    }

    private void heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        if (row > 0) {
            add(new Separator(), 0, row++, 2, 1);
        }
        add(l, 0, row++, 2, 1);
    }

    private void add(String label, javafx.scene.Node control) {
        add(new Label(label), 0, row);
        add(control, 1, row++);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }

    private void add(javafx.scene.Node n, int span) {
        add(n, 0, row++, span, 1);
    }

    /** Shows enum constants as words: LETTER as "Letter", A4 as "A4". */
    static <E extends Enum<E>> javafx.util.StringConverter<E> enumLabels(Class<E> type) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : label(e.name());
            }

            @Override
            public E fromString(String s) {
                return Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace(' ', '_'));
            }
        };
    }

    static String label(String enumName) {
        String s = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return s.length() <= 2 ? s.toUpperCase(Locale.ROOT) : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
