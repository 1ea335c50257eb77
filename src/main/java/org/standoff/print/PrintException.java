package org.standoff.print;

import java.nio.file.Path;

/**
 * A briefing could not be exported or a layout could not be read. The message is meant for
 * the user and names the file or setting concerned. The one checked exception of this package.
 */
public final class PrintException extends Exception {

    private static final long serialVersionUID = 1L;

    public PrintException(String message) {
        super(message);
    }

    public PrintException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "cannot write the briefing PDF /x/y.pdf: disk full". */
    static PrintException writing(String what, Path file, Throwable cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new PrintException("cannot write the " + what + " " + file + ": " + detail, cause);
    }
}
