package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: when the server drops a workspace's connection (a restart, an administrator), the workspace
 * connects again: a read is simply done again; a change says in one line that it was not stored and
 * works when done again; nothing acknowledged is lost; open windows are told to look again.
 */
class ServerReconnectTest {
    @Test
    void aDroppedConnectionIsMadeAgain() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        String database = server.newDatabase();
        try (Workspace ws = Workspace.open(server.address(PostgresServer.SUPERUSER, database))) {
            ws.articles().importArticle(Drafts.article("Kept", "Stored before the restart. 🌉 Café\u0301."));
            long before = ws.dataVersion();

            dropConnections(server, database);
            assertThat(ws.articles().count()).isEqualTo(1); // the read is done again on a new connection
            assertThat(ws.dataVersion()).isGreaterThan(before); // windows look again: others may have changed things

            dropConnections(server, database);
            assertThatThrownBy(() -> ws.articles().importArticle(Drafts.article("Lost", "Sent as the connection broke.")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("connection to the server was lost")
                    .hasMessageContaining("do it again");
            ws.articles().importArticle(Drafts.article("Again", "Sent again after the connection was made again."));
            assertThat(ws.articles().list()).extracting(a -> a.metadata().title().orElse("")).containsExactlyInAnyOrder("Kept", "Again");
        }
    }

    /** What a server restart does to open connections: ends every session on the library but this one. */
    private static void dropConnections(PostgresServer server, String database) throws SQLException {
        try (Connection admin = server.connect("postgres");
                PreparedStatement kill = admin.prepareStatement(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            kill.setString(1, database);
            kill.execute();
        }
    }
}
