package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.quotebench.core.Revision;

/**
 * The revision columns every edited row has from format 6 on (issue 25): {@code revision},
 * {@code changed_by}, {@code changed_what}. Reading them, and the SQL that counts a change. A workspace
 * file of an older format that is open for reading only (it cannot be upgraded) has none: its rows
 * read as revision 1.
 */
final class RowRevisions {
    /** What is looked up once per connection: whether its database has the columns, and its login on a server. */
    private static final Map<Connection, Facts> FACTS = new WeakHashMap<>();

    private record Facts(boolean hasColumns, String login) {
    }

    /**
     * What a change sets, three parameters ({@link #bind}): one more revision, who made it and what it
     * changed; nothing when it changed nothing (whoever read the revision still has it).
     */
    static final String BUMP = "revision = revision + ?, changed_by = coalesce(?, changed_by), changed_what = coalesce(?, changed_what)";

    private RowRevisions() {
    }

    /** The three columns of table alias {@code alias}, to follow other columns in a SELECT. */
    static String columns(Connection connection, String alias) throws SQLException {
        return hasColumns(connection) ? alias + ".revision, " + alias + ".changed_by, " + alias + ".changed_what"
                : "1, NULL, NULL";
    }

    /** The revision in the three columns from {@code first} on. */
    static Revision read(ResultSet row, int first) throws SQLException {
        int number = row.getInt(first);
        String what = row.getString(first + 2);
        return new Revision(number == 0 ? 1 : number, Optional.ofNullable(row.getString(first + 1)),
                what == null || what.isBlank() ? List.of() : Arrays.asList(what.split(", ")));
    }

    /** As {@link #bind(PreparedStatement, int, String, List)} for a change made by whoever this connection's change is by. */
    static void bind(PreparedStatement statement, int index, Connection connection, List<String> what) throws SQLException {
        bind(statement, index, changer(connection, Optional.empty()), what);
    }

    /** Binds {@link #BUMP}'s three parameters from {@code index} on: no revision when {@code what} is empty. */
    static void bind(PreparedStatement statement, int index, String by, List<String> what) throws SQLException {
        boolean changed = !what.isEmpty();
        statement.setInt(index, changed ? 1 : 0);
        statement.setString(index + 1, changed ? by : null);
        statement.setString(index + 2, changed ? String.join(", ", what) : null);
    }

    /**
     * Who makes a change: on a server, the database user (the login is what the server vouches for; a
     * name given for the quote's annotator does not change it); on a file, the name given, else the
     * computer's user (who else could it be).
     */
    static String changer(Connection connection, Optional<String> given) throws SQLException {
        if (Dialect.of(connection) == Dialect.POSTGRESQL) {
            return facts(connection).login();
        }
        if (given.isPresent() && !given.get().isBlank()) {
            return given.get();
        }
        return System.getProperty("user.name", "");
    }

    /** The stored revision of row {@code id} of {@code table}, if the row exists. */
    static Optional<Revision> of(Connection connection, String table, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + columns(connection, "t") + " FROM " + table + " t WHERE t.id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(read(row, 1)) : Optional.empty();
            }
        }
    }

    /**
     * Refuses an edit made on {@code seen} when the row stored now ({@code stored}) is no longer that:
     * someone else changed it since. {@code named} names it in the message ("The speaker Renée Okafor").
     */
    static void refuseIfChanged(Connection connection, String table, long id, Object stored, Object seen, String named)
            throws SQLException {
        if (!stored.equals(seen)) {
            Revision theirs = of(connection, table, id).orElseThrow();
            throw new org.quotebench.core.EditConflict(named + " changed since you read it: " + theirs.changeSaid()
                    + ". Your change was not stored.", theirs, stored);
        }
    }

    private static boolean hasColumns(Connection connection) throws SQLException {
        return facts(connection).hasColumns();
    }

    private static Facts facts(Connection connection) throws SQLException {
        synchronized (FACTS) {
            Facts known = FACTS.get(connection);
            if (known != null) {
                return known;
            }
        }
        boolean has;
        String login = null;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet count = statement.executeQuery(Dialect.of(connection).columnCount("quote", "revision"))) {
                has = count.next() && count.getInt(1) > 0;
            }
            if (Dialect.of(connection) == Dialect.POSTGRESQL) {
                try (ResultSet row = statement.executeQuery("SELECT session_user")) {
                    row.next();
                    login = row.getString(1);
                }
            }
        }
        Facts facts = new Facts(has, login);
        synchronized (FACTS) {
            FACTS.put(connection, facts);
        }
        return facts;
    }
}
