package org.quotebench.store;

/** Fresh libraries on the test run's PostgreSQL server ({@link PostgresServer}), for the store's tests on both back ends. */
final class ServerLibraries {
    private ServerLibraries() {
    }

    /** A new, empty library, opened as the server's superuser (who owns it and may change it). */
    static Workspace fresh() {
        return Workspace.open(freshAddress());
    }

    /** The address of a new, empty library (made when first opened), for the server's superuser. */
    static String freshAddress() {
        PostgresServer server = PostgresServer.shared();
        return server.address(PostgresServer.SUPERUSER, server.newDatabase());
    }
}
