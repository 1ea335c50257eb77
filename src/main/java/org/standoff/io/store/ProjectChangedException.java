package org.standoff.io.store;

import java.nio.file.Path;

/**
 * A save was refused because its file was written since the project was read from it (another
 * Standoff window, a {@code standoff registry pull}, a {@code standoff zones} command): saving
 * would have overwritten that work unseen. Nothing was written. The app offers to reopen the
 * file, or to save to another one.
 */
public final class ProjectChangedException extends StoreException {

    private static final long serialVersionUID = 1L;
    private final transient Path file;

    ProjectChangedException(Path file) {
        super(file
                + " was changed by another program since it was opened or last saved here (a 'standoff registry pull' or push, "
                + "another Standoff window, a 'standoff' command). Nothing was saved, so that change is kept. Reopen the file to see it "
                + "(your unsaved changes here are then lost), or use Save As to keep them in another file.");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
