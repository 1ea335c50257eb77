package org.standoff.ui.zones;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.standoff.model.Rule;
import org.standoff.model.RuleSet;

/**
 * Apply Rules: the rule sets (presets from RULES.md and the user's own) as a checklist with each
 * rule's radius, status and citation, and an optional pasted list of installation names the
 * rules apply to (a regulation's appendix). Returns the chosen rules and names.
 */
public final class RulesDialog {

    /** What the user chose. */
    public record Choice(List<Rule> rules, List<String> names) {}

    private RulesDialog() {}

    /**
     * Shows the rule sets; "New Rule…" adds a user-defined rule to the "My rules" set, through
     * {@code onNewRule}, which stores it in the project.
     */
    public static Optional<Choice> show(Window owner, List<RuleSet> sets, java.util.function.Consumer<Rule> onNewRule) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Apply Rules");
        d.setHeaderText("Screen against distance rules. Standoff screens; it gives no legal verdict.");
        CheckBoxTreeItem<Object> root = new CheckBoxTreeItem<>("Rule sets");
        root.setExpanded(true);
        for (RuleSet set : sets) {
            CheckBoxTreeItem<Object> s = new CheckBoxTreeItem<>(set.name());
            s.setExpanded(true);
            for (Rule r : set.rules()) {
                s.getChildren().add(new CheckBoxTreeItem<>(r));
            }
            root.getChildren().add(s);
        }
        TreeView<Object> tree = new TreeView<>(root);
        tree.setId("rules-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new CheckBoxTreeCell<>() {
            @Override
            public void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && item instanceof Rule r) {
                    setText(r.name() + "  ·  " + bandText(r) + "  ·  "
                            + r.status().label() + "  ·  " + r.citation());
                }
            }
        });
        tree.setPrefSize(720, 320);
        Label detail = new Label();
        detail.setWrapText(true);
        detail.setMaxWidth(720);
        tree.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, b) -> detail.setText(b != null && b.getValue() instanceof Rule r ? r.notes() : ""));
        TextArea names = new TextArea();
        names.setId("rules-names");
        names.setPromptText(
                "Optional: names of the installations the rules apply to, one per line (e.g. the installations of 31 CFR 802 Appendix A, Part 2). Empty: every feature of the layer.");
        names.setPrefRowCount(4);
        javafx.scene.control.Button newRule = new javafx.scene.control.Button("New Rule…");
        newRule.setId("rules-new");
        newRule.setOnAction(e -> newRule(owner).ifPresent(r -> {
            onNewRule.accept(r);
            CheckBoxTreeItem<Object> mine = root.getChildren().stream()
                    .filter(c -> "My rules".equals(c.getValue()))
                    .map(c -> (CheckBoxTreeItem<Object>) c)
                    .findFirst()
                    .orElseGet(() -> {
                        CheckBoxTreeItem<Object> m = new CheckBoxTreeItem<>("My rules");
                        m.setExpanded(true);
                        root.getChildren().add(m);
                        return m;
                    });
            CheckBoxTreeItem<Object> item = new CheckBoxTreeItem<>(r);
            item.setSelected(true);
            mine.getChildren().add(item);
        }));
        d.getDialogPane().setContent(new VBox(8, tree, detail, newRule, new Label("Applies to"), names));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            List<Rule> chosen = new ArrayList<>();
            collect(root, chosen);
            List<String> list = Arrays.stream(names.getText().split("\\R"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            return new Choice(chosen, list);
        });
        return d.showAndWait().filter(c -> !c.rules().isEmpty());
    }

    /** Asks for a user-defined rule: name, role measured from, inner and outer radius in miles, citation. */
    static Optional<Rule> newRule(Window owner) {
        Dialog<Rule> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("New Rule");
        javafx.scene.control.TextField name = new javafx.scene.control.TextField("My rule");
        javafx.scene.control.ChoiceBox<org.standoff.model.LayerRole> role = new javafx.scene.control.ChoiceBox<>();
        role.getItems()
                .addAll(
                        org.standoff.model.LayerRole.INSTALLATIONS,
                        org.standoff.model.LayerRole.SUBSTATIONS,
                        org.standoff.model.LayerRole.OTHER);
        role.setValue(org.standoff.model.LayerRole.INSTALLATIONS);
        javafx.scene.control.TextField inner = new javafx.scene.control.TextField("0");
        javafx.scene.control.TextField outer = new javafx.scene.control.TextField("5");
        javafx.scene.control.TextField citation = new javafx.scene.control.TextField();
        citation.setPromptText("Where the rule comes from");
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Name"), name);
        g.addRow(1, new Label("Measured from"), role);
        g.addRow(2, new Label("From (mi)"), inner);
        g.addRow(3, new Label("To (mi)"), outer);
        g.addRow(4, new Label("Citation"), citation);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            try {
                double mi = 1609.344;
                org.standoff.model.Zone.Band band = new org.standoff.model.Zone.Band(
                        Double.parseDouble(inner.getText().strip()) * mi,
                        Double.parseDouble(outer.getText().strip()) * mi);
                return new Rule(
                        "user-" + System.nanoTime(),
                        name.getText().strip(),
                        role.getValue(),
                        band,
                        null,
                        citation.getText(),
                        Rule.Status.USER,
                        "");
            } catch (IllegalArgumentException ex) {
                return null;
            }
        });
        return d.showAndWait();
    }

    private static void collect(TreeItem<Object> item, List<Rule> out) {
        if (item instanceof CheckBoxTreeItem<Object> c && c.isSelected() && item.getValue() instanceof Rule r) {
            out.add(r);
        }
        item.getChildren().forEach(child -> collect(child, out));
    }

    static String bandText(Rule r) {
        double mi = 1609.344;
        return r.band().isRing()
                ? org.standoff.render.ZonePainter.number(r.band().innerMetres() / mi) + "–"
                        + org.standoff.render.ZonePainter.number(r.band().outerMetres() / mi) + " mi"
                : org.standoff.render.ZonePainter.number(r.band().outerMetres() / mi) + " mi";
    }
}
