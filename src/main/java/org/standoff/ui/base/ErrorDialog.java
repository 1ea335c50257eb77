package org.standoff.ui.base;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Tells the user that something failed, in plain words, with the chain of causes folded away
 * under "Show Details" (as SIS's {@code ExceptionReporter} does) and never a stack trace.
 * Logs the error once, here, where it is handled.
 */
public final class ErrorDialog {

    private static final System.Logger LOG = System.getLogger(ErrorDialog.class.getName());

    private ErrorDialog() {}

    /** Shows the dialog (non-blocking). */
    public static Alert show(Window owner, String title, Throwable error) {
        LOG.log(System.Logger.Level.WARNING, title + ": " + error.getMessage(), error);
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(message(error));
        List<String> causes = causes(error);
        if (causes.size() > 1) {
            TextArea details = new TextArea(String.join("\n", causes));
            details.setEditable(false);
            details.setWrapText(true);
            a.getDialogPane().setExpandableContent(details);
        }
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
        return a;
    }

    /** The message to show: the error's own, or its kind when it has none. */
    static String message(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The messages of the error and each of its causes, outermost first. */
    static List<String> causes(Throwable e) {
        List<String> out = new ArrayList<>();
        for (Throwable t = e; t != null && out.size() < 10; t = t.getCause()) {
            out.add(message(t));
        }
        return out;
    }
}
