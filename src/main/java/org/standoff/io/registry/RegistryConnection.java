package org.standoff.io.registry;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.standoff.io.registry.RegistryException.Problem;

/**
 * One JDBC connection to a registry, opened with {@link RegistrySettings}, and the translation
 * of the server's and the driver's errors into {@link RegistryException}s a user can act on:
 * wrong password, server down, not allowed, connection lost.
 *
 * <p>The password is the one given, else the driver's own lookup in the PostgreSQL password
 * file ({@code ~/.pgpass}, or the file {@code PGPASSFILE} names) and the service file's entry;
 * when none is found and the server asks for one the failure is {@link Problem#NO_PASSWORD}, so
 * the caller can ask the user. A given password is copied into the driver's properties only
 * for the login. Not thread-safe (a JDBC connection is not).
 */
public final class RegistryConnection implements AutoCloseable {

    static {
        // the driver's own logging stays quiet; its errors reach the user through our messages
        Logger.getLogger("org.postgresql").setLevel(Level.OFF);
    }

    private final Connection connection;
    private final RegistrySettings settings;

    private RegistryConnection(Connection connection, RegistrySettings settings) {
        this.connection = connection;
        this.settings = settings;
    }

    /**
     * Connects.
     *
     * @param password the password typed by the user, or null to use the password file
     * @throws RegistryException naming the server and the cause (see the class comment)
     */
    public static RegistryConnection open(RegistrySettings settings, char[] password) throws RegistryException {
        RegistrySettings s = settings.withService();
        s.requireComplete();
        try {
            return new RegistryConnection(DriverManager.getConnection(s.jdbcUrl(), s.properties(password)), s);
        } catch (SQLException e) {
            throw translate(e, s, "connecting");
        }
    }

    /** The settings this connection was made with, service entry applied. */
    public RegistrySettings settings() {
        return settings;
    }

    Connection jdbc() {
        return connection;
    }

    /** The role the server knows this session as ({@code current_user}). */
    public String currentUser() throws RegistryException {
        try (var s = connection.createStatement();
                var rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw translate(e, settings, "asking who is connected");
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a connection the server already dropped: nothing is lost
        }
    }

    /** The user's words for a failure of the driver or the server while {@code doing} something. */
    static RegistryException translate(SQLException e, RegistrySettings s, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = String.valueOf(e.getMessage());
        String where = s.where();
        Throwable cause = e.getCause();
        if (state.equals("28P01")) {
            return new RegistryException(
                    Problem.WRONG_PASSWORD,
                    where + ": the server refused the password of user " + s.user()
                            + ". Check the password (or the line for this server in ~/.pgpass, or in the file PGPASSFILE names) and try again.",
                    e);
        }
        if (state.equals("28000")) {
            return new RegistryException(
                    Problem.WRONG_PASSWORD,
                    where + ": the server refused the login of user " + s.user() + " (" + firstLine(msg)
                            + "). Ask the registry's administrator for an account.",
                    e);
        }
        if (msg.contains("no password was provided") || msg.contains("password-based authentication")) {
            return new RegistryException(
                    Problem.NO_PASSWORD,
                    where + ": the server asks for a password and none was found in ~/.pgpass"
                            + " (or the file PGPASSFILE names) or the service file; give it when asked, or add a line to ~/.pgpass.",
                    e);
        }
        RegistryException tls = tlsFailure(e, s);
        if (tls != null) {
            return tls;
        }
        if (cause instanceof ConnectException
                || cause instanceof java.net.SocketTimeoutException && doing.equals("connecting")
                || state.equals("57P03")) {
            return new RegistryException(
                    Problem.SERVER_DOWN,
                    where + ": no PostgreSQL server answers at " + s.host() + ":" + s.effectivePort()
                            + " (" + firstLine(cause != null && cause != e ? String.valueOf(cause.getMessage()) : msg)
                            + "). Is the server running, and are the host and port right? Nothing was changed.",
                    e);
        }
        if (cause instanceof UnknownHostException) {
            return new RegistryException(
                    Problem.SERVER_DOWN,
                    where + ": the host name " + s.host() + " is not known. Nothing was changed.",
                    e);
        }
        if (state.equals("3D000")) {
            return new RegistryException(
                    Problem.NOT_A_REGISTRY,
                    where + ": the database " + s.database() + " does not exist on the server.",
                    e);
        }
        if (state.equals("42501")) {
            return new RegistryException(
                    Problem.NOT_ALLOWED,
                    where + ": user " + s.user() + " may not do this (" + doing + "): "
                            + firstLine(msg) + ". Its grants decide; ask the registry's owner for the role "
                            + s.editorRole()
                            + " to change sites. Nothing was changed.",
                    e);
        }
        if (state.startsWith("08") || state.startsWith("57P")) {
            return new RegistryException(
                    Problem.CONNECTION_LOST,
                    where + ": the connection was lost while " + doing + " (" + firstLine(msg)
                            + "). What was done before is kept on both sides; run the sync again to finish.",
                    e);
        }
        if (state.equals("42P01") || state.equals("3F000")) {
            return new RegistryException(
                    Problem.NOT_A_REGISTRY,
                    where + ": there is no Standoff registry in schema " + s.schema() + " (" + firstLine(msg)
                            + "). Its owner makes one with 'standoff registry init'.",
                    e);
        }
        return new RegistryException(Problem.OTHER, where + ": " + doing + " failed: " + firstLine(msg), e);
    }

    /**
     * A TLS failure in words: the certificate not signed by the CA given, not for the host name,
     * the CA file unreadable, no TLS on the server; null when {@code e} is no TLS failure. The
     * driver checks the certificate before it logs in, so nothing (no password) was sent.
     */
    private static RegistryException tlsFailure(SQLException e, RegistrySettings s) {
        String all = "";
        boolean untrusted = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all += " " + t.getMessage();
            untrusted |= t instanceof java.security.cert.CertPathBuilderException
                    || t instanceof java.security.cert.CertPathValidatorException;
        }
        String where = s.where() + ": ";
        String mode = " (sslmode " + s.sslMode().code() + ")";
        String ca = s.sslRootCert() != null ? s.sslRootCert() : "~/.postgresql/root.crt";
        String nothing = " Nothing was sent.";
        if (all.contains("could not be verified by hostnameverifier") || all.contains("SSLPeerUnverified")) {
            return new RegistryException(
                    Problem.TLS,
                    where + "the server's TLS certificate is not for the host name " + s.host() + mode
                            + ": connect with the name the certificate was issued for, as the registry's administrator gives it."
                            + nothing,
                    e);
        }
        if (untrusted || all.contains("PKIX path")) {
            return new RegistryException(
                    Problem.TLS,
                    where + "the server's TLS certificate is not signed by the CA in " + ca + mode
                            + ": ask the registry's administrator for the registry's CA certificate, and give it as the CA file."
                            + nothing,
                    e);
        }
        if (all.contains("SSL root certificate file")) {
            return new RegistryException(
                    Problem.TLS,
                    where + "cannot read the CA certificate " + ca + ", which sslmode "
                            + s.sslMode().code() + " needs to check the server ("
                            + firstLine(String.valueOf(e.getMessage())) + "). Give the registry's CA file." + nothing,
                    e);
        }
        if (all.contains("does not support SSL")) {
            return new RegistryException(
                    Problem.TLS,
                    where + "the server does not offer TLS, and sslmode "
                            + s.sslMode().code() + " requires it. Ask the registry's administrator to turn TLS on."
                            + nothing,
                    e);
        }
        if (e.getCause() instanceof javax.net.ssl.SSLException
                || String.valueOf(e.getMessage()).contains("SSL")) {
            return new RegistryException(
                    Problem.TLS,
                    where + "the TLS connection" + mode + " failed: " + firstLine(String.valueOf(e.getMessage())),
                    e);
        }
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
