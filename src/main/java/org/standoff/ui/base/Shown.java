package org.standoff.ui.base;

import javafx.scene.Node;
import javafx.scene.control.TitledPane;

/**
 * Whether a view can be seen, for views that skip costly updates while hidden (a pass over
 * 100,000 findings on every publish) and catch up when shown.
 */
public final class Shown {

    private Shown() {}

    /** True when the node is in a scene and it and every ancestor are visible, no titled pane among them collapsed. */
    public static boolean isShown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n instanceof TitledPane t && !t.isExpanded()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs {@code check} whenever the node's parent turns visible or hidden (a tab's content
     * region does, as its tab is selected); for the other ways of being shown (a titled pane
     * expanded), the owner calls the same check itself.
     */
    public static void onParentVisibility(Node node, Runnable check) {
        node.parentProperty().addListener((o, a, p) -> {
            if (p != null) {
                p.visibleProperty().addListener((oo, was, is) -> check.run());
            }
        });
    }
}
