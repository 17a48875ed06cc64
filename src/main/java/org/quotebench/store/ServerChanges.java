package org.quotebench.store;

import java.sql.ResultSet;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What other people commit to a library on a server (issue 25), as a number that changes when they do:
 * every change notifies {@code quotebench_changes} with the committing session's process id (a trigger
 * of the schema), this workspace listens, and notifications from its own session are left out, as
 * SQLite's {@code data_version} leaves out a connection's own commits. The window asks once a second
 * ({@code OtherPrograms}), so others' changes show within a second.
 */
final class ServerChanges {
    private long seen;
    private int ownProcess = -1;

    /** The number, after reading the notifications that arrived (one round trip to the server). */
    synchronized long seen(Transactions transactions) {
        return transactions.read("Looking for changes", connection -> {
            try (Statement statement = connection.createStatement(); ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
                if (pid.next()) {
                    ownProcess = pid.getInt(1); // the query also brings in what was notified meanwhile
                }
            }
            PGNotification[] arrived = connection.unwrap(PGConnection.class).getNotifications();
            if (arrived != null) {
                for (PGNotification n : arrived) {
                    if (!n.getParameter().equals(Integer.toString(ownProcess))) {
                        seen++;
                    }
                }
            }
            return seen + transactions.reconnections(); // after a reconnect, what others did meanwhile was not notified
        });
    }
}
