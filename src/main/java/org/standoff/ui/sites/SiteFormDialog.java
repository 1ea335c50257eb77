package org.standoff.ui.sites;

import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.standoff.model.Confidence;
import org.standoff.model.MiningSite;
import org.standoff.model.SiteStatus;

/**
 * The add/edit mining site form: every attribute of a site, with the problems of what is typed
 * shown live under each field (errors in red, review warnings in amber) and OK disabled while
 * any problem is blocking. Enter presses OK when it is enabled, Esc cancels. State and rules
 * live in {@link SiteForm}; this class only lays out controls bound to it.
 *
 * <p>Control ids, for tests and styling: {@code site-name}, {@code site-operator},
 * {@code site-owner}, {@code site-owner-country}, {@code site-foreign}, {@code site-capacity},
 * {@code site-status}, {@code site-location}, {@code site-location-preview},
 * {@code site-address}, {@code site-source}, {@code site-confidence}, {@code site-notes};
 * each field's messages are in {@code <id>-message}.
 */
public final class SiteFormDialog extends Dialog<MiningSite> {

    private final SiteForm form;
    private final GridPane grid = new GridPane();
    private int row;

    /** Shows the form for a new site at a position (e.g. a map click); the site is not stored yet. */
    public static Optional<MiningSite> add(Window owner, double lon, double lat) {
        return new SiteFormDialog(owner, SiteForm.forNew(lon, lat), "Add Mining Site").showAndWait();
    }

    /** Shows the form on an existing site; the result keeps its id and timestamps. */
    public static Optional<MiningSite> edit(Window owner, MiningSite site) {
        return new SiteFormDialog(owner, SiteForm.forEdit(site), "Edit Mining Site").showAndWait();
    }

    SiteFormDialog(Window owner, SiteForm form, String title) {
        this.form = form;
        setTitle(title);
        setHeaderText(form.original().name() == null ? title : form.original().name());
        setResizable(true);
        if (owner != null) {
            initOwner(owner);
        }
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(320, 380, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);

        addText("Name", "site-name", "name", form.nameProperty());
        addText("Operator", "site-operator", "operator", form.operatorProperty());
        addText("Owner", "site-owner", "owner", form.ownerProperty());
        addRow("Owner country", "site-owner-country", "owner_country", countryBox());

        ChoiceBox<org.standoff.model.Parsed<Boolean>> foreign = new ChoiceBox<>();
        foreign.getItems().setAll(ParsedChoices.yesNo(form.original().foreignControlled()));
        foreign.setConverter(ParsedChoices.converter("unknown", b -> b ? "yes" : "no"));
        foreign.valueProperty().bindBidirectional(form.foreignControlledProperty());
        addRow("Foreign-controlled", "site-foreign", "foreign_controlled", foreign);

        addText("Capacity (MW)", "site-capacity", "capacity_mw", form.capacityProperty());

        ChoiceBox<org.standoff.model.Parsed<SiteStatus>> status = new ChoiceBox<>();
        status.getItems().setAll(ParsedChoices.statuses(form.original().status()));
        status.setConverter(ParsedChoices.converter("(not given)", SiteStatus::code));
        status.valueProperty().bindBidirectional(form.statusProperty());
        addRow("Status", "site-status", "status", status);

        TextField location = new TextField();
        location.textProperty().bindBidirectional(form.locationProperty());
        location.setPromptText("38.8895, -77.0353 · 38°53'22\" N 77°02'07\" W · 18S UJ 23481 06484");
        Label preview = new Label();
        preview.setId("site-location-preview");
        preview.textProperty().bind(form.locationPreviewProperty());
        preview.setStyle("-fx-text-fill: #555;");
        preview.setWrapText(true);
        preview.setMaxWidth(380);
        preview.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        location.setId("site-location");
        VBox locationBox = new VBox(2, location, preview);
        addRow("Location", null, SiteForm.LOCATION, locationBox, "site-location");

        addText("Address", "site-address", "address", form.addressProperty());
        addText("Source", "site-source", "source", form.sourceProperty());

        ChoiceBox<org.standoff.model.Parsed<Confidence>> confidence = new ChoiceBox<>();
        confidence.getItems().setAll(ParsedChoices.confidences(form.original().confidence()));
        confidence.setConverter(ParsedChoices.converter("(not given)", Confidence::code));
        confidence.valueProperty().bindBidirectional(form.confidenceProperty());
        addRow("Confidence", "site-confidence", "confidence", confidence);

        TextArea notes = new TextArea();
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());
        addRow("Notes", "site-notes", "notes", notes);

        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("site-ok");
        // A disabled default button ignores Enter, so Enter = OK only when the form is valid.
        ok.disableProperty().bind(form.validProperty().not());
        setResultConverter(b -> b == ButtonType.OK ? form.result() : null);
        setOnShown(e -> grid.lookup("#site-name").requestFocus());
    }

    /** The form behind the dialog, for tests. */
    SiteForm form() {
        return form;
    }

    private ComboBox<String> countryBox() {
        TreeSet<String> names = new TreeSet<>();
        for (String code : Locale.getISOCountries()) {
            names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        box.getItems().setAll(names);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        // Bind the editor, not the value: the value only changes on commit, the text as typed.
        box.getEditor().textProperty().bindBidirectional(form.ownerCountryProperty());
        return box;
    }

    private void addText(String label, String id, String field, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(property);
        addRow(label, id, field, f);
    }

    private void addRow(String label, String id, String field, Control control) {
        control.setMaxWidth(Double.MAX_VALUE);
        addRow(label, id, field, control, id);
    }

    private void addRow(String label, String id, String field, Node node, String messageIdPrefix) {
        if (id != null) {
            node.setId(id);
        }
        Label name = new Label(label);
        name.setLabelFor(node);
        grid.add(name, 0, row);
        grid.add(node, 1, row++);
        Label message = new Label();
        message.setId(messageIdPrefix + "-message");
        message.setWrapText(true);
        message.setMaxWidth(380);
        StringBinding text = form.messages(field);
        message.textProperty().bind(text);
        // Each message keeps its line while empty, so the fields below never move up under the
        // cursor when a problem is mended (typing went into the wrong field); a message longer
        // than a line grows the window rather than being cut off.
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.visibleProperty().bind(text.isNotEmpty());
        // Colour follows the worst problem of the field: red blocks OK, amber asks for review.
        text.addListener((o, was, now) -> {
            message.setStyle(style(field));
            growToFit();
        });
        message.setStyle(style(field));
        grid.add(message, 1, row++);
    }

    /** Makes the window tall enough for the form once a message has taken more lines. */
    private void growToFit() {
        Window w = getDialogPane().getScene() == null
                ? null
                : getDialogPane().getScene().getWindow();
        if (w == null || !w.isShowing()) {
            return;
        }
        double need = getDialogPane().prefHeight(getDialogPane().getWidth())
                - getDialogPane().getHeight();
        if (need > 0.5) {
            w.setHeight(w.getHeight() + need);
        }
    }

    private String style(String field) {
        return form.isBlocking(field) ? "-fx-text-fill: #b00020;" : "-fx-text-fill: #8a5a00;";
    }
}
