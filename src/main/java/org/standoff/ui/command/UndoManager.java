package org.standoff.ui.command;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo stacks of the application. {@link #execute} applies a command and makes
 * it undoable; a new command clears the redo stack. History is bounded to
 * {@value #LIMIT} commands. Observable for menus. JavaFX thread only.
 */
public final class UndoManager {

    static final int LIMIT = 500;

    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyLongWrapper changes = new javafx.beans.property.ReadOnlyLongWrapper();

    /** Counts every execute, undo and redo: a project is unsaved when this differs from its value at the last save. */
    public javafx.beans.property.ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** Applies the command and records it. */
    public void execute(Command c) {
        c.apply();
        undo.push(c);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Command c = undo.pop();
            c.revert();
            redo.push(c);
            update();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Command c = redo.pop();
            c.apply();
            undo.push(c);
            update();
        }
    }

    /** Forgets all history, e.g. when a project is closed. */
    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Name of the command Undo would take back, or empty. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    /** Name of the command Redo would re-apply, or empty. */
    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    private void update() {
        changes.set(changes.get() + 1);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
    }
}
