package org.standoff.ui.command;

/**
 * One undoable edit (Scene Builder's {@code Job} habit): it knows how to apply itself and how
 * to take itself back, and names itself for the Edit menu ("Undo Add Layer").
 *
 * <p>{@link #apply()} is called once when the edit is made and again on redo; {@link #revert()}
 * on undo. Both run on the JavaFX thread and must be quick: slow work (reading files) is done
 * before the command is built.
 */
public interface Command {

    /** Short name for menus, e.g. "Add Layer". */
    String name();

    void apply();

    void revert();
}
