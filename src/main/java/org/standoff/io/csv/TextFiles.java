package org.standoff.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import org.standoff.io.AtomicFiles;

/** Text exports of this package, written through {@link AtomicFiles} with errors as {@link CsvException}. Stateless. */
final class TextFiles {

    private TextFiles() {}

    static void writeUtf8(Path target, AtomicFiles.Text text) throws CsvException {
        try {
            AtomicFiles.writeUtf8(target, text);
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            throw new CsvException(
                    target, 0, msg.contains(target.toString()) ? msg : "cannot write the file (" + msg + ")", e);
        }
    }
}
