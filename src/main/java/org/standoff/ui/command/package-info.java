/**
 * Undoable edits: the {@link org.standoff.ui.command.Command} objects every change to the
 * project goes through, and the undo/redo history that holds them.
 */
package org.standoff.ui.command;
