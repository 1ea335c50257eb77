package org.standoff.cli;

/**
 * The command failed on the user's input (a file, an option, a record): the message says which
 * and what is wrong, in the user's words, and the CLI exits 1 with it. Anything else that
 * escapes a command is an internal error (exit 3, stack trace in a log file).
 */
final class CliInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliInputException(String message) {
        super(message);
    }

    CliInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
