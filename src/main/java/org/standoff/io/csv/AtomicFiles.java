package org.standoff.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a text file so that it is either complete or untouched: the text goes to a temporary
 * file beside the target, which then replaces the target (atomically where the file system
 * can). An existing file is never left half-overwritten.
 */
final class AtomicFiles {

    /** The body of a write. */
    @FunctionalInterface
    interface Body {
        void write(Writer w) throws IOException;
    }

    private AtomicFiles() {
    }

    static void writeUtf8(Path target, Body body) throws CsvException {
        Path abs = target.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp);
                    Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                body.write(w);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new CsvException(target, 0, "cannot write the file (" + e.getMessage() + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // The write already failed and says so; a stray temporary file is the lesser problem.
                }
            }
        }
    }
}
