package org.standoff.ui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoManagerTest {

    private final List<Integer> state = new ArrayList<>();

    private Command append(int v) {
        return new Command() {
            public String name() {
                return "Append " + v;
            }

            public void apply() {
                state.add(v);
            }

            public void revert() {
                state.remove(state.size() - 1);
            }
        };
    }

    @Test
    void undoesAndRedoesInOrder() {
        UndoManager u = new UndoManager();
        u.execute(append(1));
        u.execute(append(2));
        assertEquals("Append 2", u.undoNameProperty().get());
        u.undo();
        assertEquals(List.of(1), state);
        assertEquals("Append 2", u.redoNameProperty().get());
        u.redo();
        assertEquals(List.of(1, 2), state);
    }

    @Test
    void aNewEditClearsRedo() {
        UndoManager u = new UndoManager();
        u.execute(append(1));
        u.undo();
        assertTrue(u.canRedoProperty().get());
        u.execute(append(3));
        assertFalse(u.canRedoProperty().get());
        assertEquals(List.of(3), state);
    }

    @Test
    void keepsABoundedHistory() {
        UndoManager u = new UndoManager();
        for (int i = 0; i < UndoManager.LIMIT + 10; i++) {
            u.execute(append(i));
        }
        int undone = 0;
        while (u.canUndoProperty().get()) {
            u.undo();
            undone++;
        }
        assertEquals(UndoManager.LIMIT, undone);
        assertEquals(10, state.size());
    }
}
