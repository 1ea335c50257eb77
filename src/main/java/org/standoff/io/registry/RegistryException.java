package org.standoff.io.registry;

/**
 * A registry operation that could not be done, in words a user can act on: the message names
 * the server or the project file and says what to do. {@link #problem()} tells the causes
 * apart, so the CLI and the UI can react (ask for the password again, offer to pull first).
 */
public final class RegistryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the operation failed. */
    public enum Problem {
        /** No server answers at that host and port, or it is starting up or shutting down. */
        SERVER_DOWN,
        /** The server refused the user name or password. */
        WRONG_PASSWORD,
        /** No password was found in the password file or service file and none was given. */
        NO_PASSWORD,
        /** The TLS connection required by the sslmode could not be made or verified. */
        TLS,
        /** The database or schema does not exist, or holds no Standoff registry. */
        NOT_A_REGISTRY,
        /** The registry was made by a newer Standoff. */
        NEWER_SCHEMA,
        /** The registry is older than this Standoff; its owner upgrades it with init. */
        OLDER_SCHEMA,
        /** The connected role lacks the grant the operation needs. */
        NOT_ALLOWED,
        /** The connection was lost mid-operation; what was committed is kept and the next sync resumes. */
        CONNECTION_LOST,
        /** The project is not linked to a registry, or is linked to another one. */
        NOT_LINKED,
        /** The settings given are not usable. */
        BAD_SETTINGS,
        /** Anything else the server or the project file reported. */
        OTHER
    }

    private final Problem problem;

    public RegistryException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public RegistryException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
