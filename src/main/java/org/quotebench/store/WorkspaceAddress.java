package org.quotebench.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.quotebench.core.QuotebenchException;

/**
 * Where a shared library lives on a PostgreSQL server (issue 25), written as libpq writes it:
 * {@code postgresql://USER@HOST[:PORT]/DATABASE}. The user defaults to the login name and the port to
 * 5432. A password never goes in the address (nor in our settings): it comes from {@code ~/.pgpass}
 * (read by the driver), {@code PGPASSWORD}, or the window's prompt.
 */
public record WorkspaceAddress(String user, String host, int port, String database) {
    private static final int DEFAULT_PORT = 5432;

    /** Whether {@code location} names a server library rather than a workspace file. */
    public static boolean isServer(String location) {
        String lower = location.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /**
     * The address in {@code location}; one clear sentence (QuotebenchException) when it cannot be one,
     * which never repeats what stood before the "@" (a password typed there by mistake).
     */
    public static WorkspaceAddress parse(String location) {
        String text = location.strip();
        int at = text.indexOf('@');
        int scheme = text.indexOf("://");
        String shown = at > scheme && scheme >= 0 ? text.substring(0, scheme + 3) + "…" + text.substring(at) : text;
        if (at > scheme && scheme >= 0 && text.substring(scheme + 3, at).contains(":")) {
            throw new QuotebenchException("A password does not go in the address: put it in ~/.pgpass (or PGPASSWORD) and use "
                    + "postgresql://USER" + text.substring(at) + ".");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new QuotebenchException("'" + shown + "' is not a server address like postgresql://ana@db.example/factcheck.");
        }
        String host = uri.getHost();
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (host == null || host.isEmpty() || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            throw new QuotebenchException("'" + shown + "' does not name a server and a database, like postgresql://ana@db.example/factcheck"
                    + " (a server's name has letters, digits, dots and hyphens).");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1); // an IPv6 address: brackets are the address's writing, not the host
        }
        String database = path.substring(1);
        if (!ServerSetup.validName(database)) {
            throw new QuotebenchException("'" + database + "' is not a library's database name (lower-case letters, digits and"
                    + " underscores; not a word SQL reserves, not starting with pg_).");
        }
        String user = Optional.ofNullable(uri.getUserInfo()).filter(u -> !u.isEmpty()).orElse(System.getProperty("user.name"));
        return new WorkspaceAddress(user, host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database);
    }

    /** The JDBC URL the driver connects to. */
    String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /** The address as people write it (no password: it never has one). */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + (port == DEFAULT_PORT ? "" : ":" + port)
                + "/" + database;
    }
}
