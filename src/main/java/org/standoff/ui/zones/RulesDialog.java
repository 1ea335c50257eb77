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

    public static Optional<Choice> show(Window owner, List<RuleSet> sets) {
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
                    setText(r.name() + "  ·  " + bandText(r) + "  ·  " + r.status().label() + "  ·  " + r.citation());
                }
            }
        });
        tree.setPrefSize(720, 320);
        Label detail = new Label();
        detail.setWrapText(true);
        detail.setMaxWidth(720);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> detail.setText(b != null && b.getValue() instanceof Rule r ? r.notes() : ""));
        TextArea names = new TextArea();
        names.setId("rules-names");
        names.setPromptText("Optional: names of the installations the rules apply to, one per line (e.g. the installations of 31 CFR 802 Appendix A, Part 2). Empty: every feature of the layer.");
        names.setPrefRowCount(4);
        d.getDialogPane().setContent(new VBox(8, tree, detail, new Label("Applies to"), names));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            List<Rule> chosen = new ArrayList<>();
            collect(root, chosen);
            List<String> list = Arrays.stream(names.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new Choice(chosen, list);
        });
        return d.showAndWait().filter(c -> !c.rules().isEmpty());
    }

    private static void collect(TreeItem<Object> item, List<Rule> out) {
        if (item instanceof CheckBoxTreeItem<Object> c && c.isSelected() && item.getValue() instanceof Rule r) {
            out.add(r);
        }
        item.getChildren().forEach(child -> collect(child, out));
    }

    static String bandText(Rule r) {
        double mi = 1609.344;
        return r.band().isRing() ? org.standoff.render.ZonePainter.number(r.band().innerMetres() / mi) + "–"
                + org.standoff.render.ZonePainter.number(r.band().outerMetres() / mi) + " mi"
                : org.standoff.render.ZonePainter.number(r.band().outerMetres() / mi) + " mi";
    }
}
