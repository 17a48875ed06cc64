package org.quotebench.store;

import java.util.regex.Pattern;

/**
 * The SQL that makes a shared library on a PostgreSQL server (issue 25), for a database administrator
 * to read and run with psql as a superuser: two group roles, {@code NAME_editors} (browse, search,
 * export and change) and {@code NAME_readers} (browse, search and export only), the database, the
 * workspace schema in its newest format, and the grants. People are then given a login role in one
 * of the two groups. Running it again changes nothing but what is missing.
 */
public final class ServerSetup {
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,50}");

    private ServerSetup() {
    }

    /** Words PostgreSQL reserves, which cannot name a database or role without quotes. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation", "column",
            "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role", "current_schema",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
            "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike", "in",
            "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit",
            "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer",
            "overlaps", "placing", "primary", "references", "returning", "right", "select", "session_user", "similar", "some",
            "symmetric", "system_user", "table", "tablesample", "then", "to", "trailing", "true", "union", "unique", "user",
            "using", "variadic", "verbose", "when", "where", "window", "with", "public", "none");

    /**
     * Whether {@code database} can name a library: lower-case letters, digits and underscores, at most 51,
     * not a word SQL reserves ("user") and not starting with pg_ (PostgreSQL's own roles).
     */
    public static boolean validName(String database) {
        return NAME.matcher(database).matches() && !RESERVED.contains(database) && !database.startsWith("pg_");
    }

    /** The group role whose members may change the library. */
    public static String editors(String database) {
        return check(database) + "_editors";
    }

    /** The group role whose members may browse, search and export the library, and change nothing. */
    public static String readers(String database) {
        return check(database) + "_readers";
    }

    /** The whole script for psql: roles, database, then (connected to it) schema and grants. */
    public static String script(String database) {
        check(database);
        return "-- Quotebench: a shared library on PostgreSQL (workspace format " + Migrations.NEWEST + ").\n"
                + "-- Run as a PostgreSQL superuser:  psql -U postgres -v ON_ERROR_STOP=1 -f this-file.sql\n"
                + "-- Then give each person a login in one of the two groups, for example:\n"
                + "--   CREATE ROLE ana LOGIN PASSWORD '...' IN ROLE " + editors(database) + ";\n"
                + "--   CREATE ROLE intern LOGIN PASSWORD '...' IN ROLE " + readers(database) + ";\n\n"
                + roles(database) + "\n"
                + createDatabase(database) + "\\gexec\n"
                + "\\connect " + database + "\n\n"
                + schemaAndGrants(database);
    }

    /**
     * A query giving the statement that creates the library's database, or nothing when it exists (for
     * psql's \gexec). On a server whose default character type is C, which lower-cases only ASCII (so a
     * search for "мэр" would miss "Мэр"), the database gets the C.UTF-8 character type where the server
     * has it: byte order for sorting as before, every script's letters lower-cased.
     */
    public static String createDatabase(String database) {
        check(database);
        return "SELECT 'CREATE DATABASE " + database + " ENCODING ''UTF8'' TEMPLATE template0'\n"
                + "    || coalesce((SELECT ' LC_CTYPE ''' || c.collctype || '''' FROM pg_collation c, pg_database t\n"
                + "        WHERE t.datname = 'template1' AND t.datctype IN ('C', 'POSIX') AND c.collname IN ('C.utf8', 'C.UTF-8')\n"
                + "        AND c.collencoding IN (-1, 6) LIMIT 1), '')\n"
                + "    WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '" + database + "')";
    }

    /** The two group roles, created where missing (roles belong to the whole server). */
    public static String roles(String database) {
        return "DO $$\nBEGIN\n"
                + createRole(editors(database)) + createRole(readers(database))
                + "END\n$$;\n";
    }

    /** In the library's database: the schema where it is missing or older, and the grants. */
    public static String schemaAndGrants(String database) {
        StringBuilder sql = new StringBuilder("BEGIN;\n");
        sql.append("DO $$ BEGIN PERFORM pg_advisory_xact_lock(").append(WorkspaceFile.APPLICATION_ID).append("); END $$;\n");
        sql.append("DO $setup$\nDECLARE\n    current integer := 0;\nBEGIN\n")
                .append("    IF to_regclass('workspace_format') IS NOT NULL THEN\n")
                .append("        SELECT version INTO current FROM workspace_format WHERE id = 1;\n    END IF;\n")
                .append("    IF current > ").append(Migrations.NEWEST).append(" THEN\n")
                .append("        RAISE EXCEPTION 'this library is in a newer format than this Quotebench writes';\n    END IF;\n");
        java.util.List<String> scripts = ServerMigrations.scripts();
        for (int version = 1; version <= scripts.size(); version++) {
            sql.append("    IF current < ").append(version).append(" THEN\n        EXECUTE ")
                    .append(dollarQuoted(scripts.get(version - 1))).append(";\n    END IF;\n");
        }
        sql.append("END\n$setup$;\n");
        sql.append(ServerMigrations.recordFormat()).append('\n');
        String editors = editors(database);
        String readers = readers(database);
        sql.append("REVOKE CREATE ON SCHEMA public FROM PUBLIC;\n")
                .append("GRANT CONNECT ON DATABASE ").append(database).append(" TO ").append(editors).append(", ").append(readers).append(";\n")
                .append("GRANT USAGE ON SCHEMA public TO ").append(editors).append(", ").append(readers).append(";\n")
                .append("GRANT SELECT ON ALL TABLES IN SCHEMA public TO ").append(readers).append(";\n")
                .append("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ").append(editors).append(";\n")
                .append("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ").append(editors).append(";\n")
                .append("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ").append(readers).append(";\n")
                .append("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ").append(editors)
                .append(";\n")
                .append("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ").append(editors).append(";\n")
                .append("COMMIT;\n");
        return sql.toString();
    }

    private static String createRole(String role) {
        return "    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN\n"
                + "        CREATE ROLE " + role + " NOLOGIN;\n    END IF;\n";
    }

    /** A script as a dollar-quoted string, with a tag the script itself never holds. */
    private static String dollarQuoted(String script) {
        String tag = "$schema$";
        if (script.contains(tag)) {
            throw new IllegalStateException("a migration script holds " + tag);
        }
        return tag + script + tag;
    }

    private static String check(String database) {
        if (!validName(database)) {
            throw new IllegalArgumentException("A library's database name is lower-case letters, digits and underscores"
                    + " (at most 51, not starting with a digit): " + database);
        }
        return database;
    }
}
