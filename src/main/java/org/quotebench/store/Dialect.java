package org.quotebench.store;

import java.sql.Connection;

/**
 * The SQL that differs between the two back ends of a workspace (issue 25): the SQLite file and a
 * PostgreSQL server. Everything else the store writes is SQL both read; this is the only place, with
 * the two migration folders and the two full-text searches, where they part.
 */
enum Dialect {
    SQLITE {
        @Override
        String equalsIgnoringCase(String left, String right) {
            return left + " = " + right + " COLLATE NOCASE";
        }

        @Override
        String ignoringCase(String expression) {
            return expression + " COLLATE NOCASE";
        }

        @Override
        String inIdList(String column) {
            return column + " IN (SELECT value FROM json_each(?))";
        }

        @Override
        String beginWrite() {
            return "BEGIN IMMEDIATE"; // the write lock at once: a second writer waits (busy timeout)
        }

        @Override
        String beginSnapshot() {
            return "BEGIN DEFERRED"; // no write lock: only pins the WAL snapshot for the queries
        }
    },
    POSTGRESQL {
        @Override
        String equalsIgnoringCase(String left, String right) {
            return "lower(" + left + ") = lower(" + right + ")";
        }

        @Override
        String ignoringCase(String expression) {
            return "lower(" + expression + ")";
        }

        @Override
        String inIdList(String column) {
            return column + " IN (SELECT value::bigint FROM json_array_elements_text(?::json))";
        }

        @Override
        String beginWrite() {
            // one writer at a time, as BEGIN IMMEDIATE makes it on a file: two people adding the same speaker at
            // once then meet the store's own check ("a speaker named … exists"), not a unique-key error
            return "BEGIN; SELECT pg_advisory_xact_lock(" + WorkspaceFile.APPLICATION_ID + " + 1)";
        }

        @Override
        String beginSnapshot() {
            return "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY";
        }
    };

    /** A comparison of {@code column} with one parameter, ignoring case. */
    String equalsIgnoringCase(String column) {
        return equalsIgnoringCase(column, "?");
    }

    /** A comparison of two expressions, ignoring case. */
    abstract String equalsIgnoringCase(String left, String right);

    /** An expression to group or sort by, ignoring case. */
    abstract String ignoringCase(String expression);

    /** {@code column} is one of the ids in one parameter, a JSON array ("[1,2,3]"). */
    abstract String inIdList(String column);

    /** A query counting the tables named {@code name} (a read-only old file may lack a newer table). */
    String tableCount(String name) {
        return this == SQLITE ? "SELECT count(*) FROM sqlite_schema WHERE name = '" + name + "'"
                : "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = '" + name + "'";
    }

    /** A query counting the columns named {@code column} of {@code table}. */
    String columnCount(String table, String column) {
        return this == SQLITE ? "SELECT count(*) FROM pragma_table_info('" + table + "') WHERE name = '" + column + "'"
                : "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '" + table
                        + "' AND column_name = '" + column + "'";
    }

    /**
     * The annotator of a new quote, one parameter: as given; on a server, when none is given, the
     * database user who marks it (issue 25: on a shared library, who did it is the login).
     */
    String annotator() {
        return this == SQLITE ? "?" : "coalesce(CAST(? AS text), session_user::text)"; // text: a name would keep 63 bytes
    }

    /** Begins a transaction that changes the workspace. */
    abstract String beginWrite();

    /** Begins a transaction whose queries all see the same state. */
    abstract String beginSnapshot();

    /** The dialect of a connection's database. */
    static Dialect of(Connection connection) {
        return connection.getClass().getName().startsWith("org.postgresql") ? POSTGRESQL : SQLITE;
    }
}
