package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Issue 25, against a real PostgreSQL server ({@link PostgresServer}): the setup script makes the
 * workspace schema in the newest format, with the file's rules (text never changes, speakers keep
 * their change time, names unique whatever their case) and full-text search by a GIN index; a reader
 * can browse and search but not change; an editor can change; running it again changes nothing.
 */
class ServerSetupTest {
    private static final String ARTICLE = "INSERT INTO article (uuid, title, encoding, text, text_sha256, length_cp, imported_at)"
            + " VALUES (?, 'Harbour vote', 'UTF-8', ?, ?, 10, '2026-12-03T08:00:00Z')";

    @Test
    void theScriptMakesTheNewestSchemaWithRolesThatReadOrChange() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        String database = server.newDatabase();
        setUp(server, database);
        setUp(server, database); // again: nothing changes, nothing fails

        try (Connection admin = server.connect(database); Statement s = admin.createStatement()) {
            assertThat(ServerMigrations.format(s)).isEqualTo(Workspace.FORMAT);
            s.execute("CREATE ROLE " + database + "_ana LOGIN IN ROLE " + ServerSetup.editors(database));
            s.execute("CREATE ROLE " + database + "_intern LOGIN IN ROLE " + ServerSetup.readers(database));
        }
        try (Connection editor = server.connect(database, database + "_ana")) {
            insertArticle(editor, "a1", "The council voted for the bridge 🌉 after a long café\u0301 night.");
            try (Statement s = editor.createStatement()) {
                s.executeUpdate("INSERT INTO speaker (uuid, name) VALUES ('s1', 'Anna Weber')");
                try (ResultSet r = s.executeQuery("SELECT updated_at FROM speaker WHERE uuid = 's1'")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
                }
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO speaker (uuid, name) VALUES ('s2', 'ANNA WEBER')"))
                        .hasMessageContaining("speaker_name");
                assertThatThrownBy(() -> s.executeUpdate("UPDATE article SET text = 'changed' WHERE uuid = 'a1'"))
                        .hasMessageContaining("article text cannot change after import");
                try (ResultSet r = s.executeQuery("SELECT uuid FROM article WHERE search @@ plainto_tsquery('quotebench', 'bridge')")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).isEqualTo("a1");
                }
            }
        }
        try (Connection reader = server.connect(database, database + "_intern"); Statement s = reader.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM article")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(1);
            }
            assertThatThrownBy(() -> insertArticle(reader, "a2", "A reader's article."))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM article"))
                    .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
        }
    }

    @Test
    void migratingAnEmptyDatabaseAndTheScriptAgreeOnTheFormat() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        String database = server.newDatabase();
        try (Connection c = server.connect(database)) {
            assertThat(ServerMigrations.apply(c)).isZero();
            assertThat(ServerMigrations.apply(c)).isEqualTo(Workspace.FORMAT);
        }
    }

    @Test
    void aBadDatabaseNameIsRefusedBeforeAnySqlIsWritten() {
        for (String bad : new String[] {"Fact", "fact-check", "1st", "x; DROP TABLE article", "", "a".repeat(52), "user", "pg_news"}) {
            assertThat(ServerSetup.validName(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> ServerSetup.script(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(ServerSetup.validName("factcheck_2026")).isTrue();
    }

    /** Runs the script as psql would, in its two places: roles on the server, schema and grants in the database. */
    /**
     * A library of the format before (made with the release before row revisions): a teammate's editor
     * role cannot change the tables' shape, so it is told in one line that the owner's first open
     * upgrades it; after the owner opened it, the editor works on it. Nothing half-done in between.
     */
    @Test
    void anEditorMeetingAnOlderFormatIsToldTheOwnerUpgradesIt() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        String database = server.newDatabase();
        setUp(server, database);
        try (Connection admin = server.connect(database); Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE " + database + "_ana LOGIN IN ROLE " + ServerSetup.editors(database));
            for (String table : new String[] {"article", "speaker", "event", "quote"}) {
                s.execute("ALTER TABLE " + table + " DROP COLUMN revision, DROP COLUMN changed_by, DROP COLUMN changed_what");
            }
            // format 5's search: one generated vector with its index
            s.execute("DROP TRIGGER article_search_vectors ON article; DROP FUNCTION article_search_vectors();"
                    + " ALTER TABLE article DROP COLUMN search_rank, DROP COLUMN search; DROP FUNCTION quotebench_rank_vector(tsvector);"
                    + " ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('quotebench',"
                    + " coalesce(title, '')), 'A') || setweight(to_tsvector('quotebench', text), 'D')) STORED;"
                    + " CREATE INDEX article_search ON article USING GIN (search)");
            insertArticle(admin, "a-old", "Before the upgrade: the ferry timetable changed again.");
            s.execute("UPDATE workspace_format SET version = 5");
        }
        String editor = server.address(database + "_ana", database);
        assertThatThrownBy(() -> Workspace.open(editor)).isInstanceOf(org.quotebench.core.QuotebenchException.class)
                .hasMessageContaining("format 5").hasMessageContaining("owner (" + PostgresServer.SUPERUSER + ")")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        try (Connection admin = server.connect(database); Statement s = admin.createStatement()) {
            assertThat(ServerMigrations.format(s)).as("nothing half-done").isEqualTo(5);
        }
        try (Workspace owner = Workspace.open(server.address(PostgresServer.SUPERUSER, database))) {
            assertThat(owner.readOnly()).isFalse();
            // an article stored before the upgrade is found after it, by a word and by a phrase
            assertThat(owner.search().search("timetable", 10)).hasSize(1);
            assertThat(owner.search().search("\"ferry timetable\"", 10)).hasSize(1);
        }
        try (Workspace ana = Workspace.open(editor)) {
            assertThat(ana.speakers().findOrCreate("Anna Weber").id()).isPositive();
        }
    }

    /**
     * On a server whose default character type is C (as the tests' own), the setup's database gets
     * C.UTF-8's, so that search lower-cases every script: "мэр" finds "Мэр", as on a file. Made with
     * the statement the setup script's \gexec runs.
     */
    @Test
    void theSetupsDatabaseLowerCasesEveryScriptInSearch() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        String database = "qb_setup_" + ProcessHandle.current().pid() + "_cyr";
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            String ctype;
            try (ResultSet r = s.executeQuery("SELECT datctype FROM pg_database WHERE datname = 'template1'")) {
                r.next();
                ctype = r.getString(1);
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(ctype.equals("C") || ctype.equals("POSIX"), "a server whose default is C");
            s.execute(ServerSetup.roles(database));
            try (ResultSet create = s.executeQuery(ServerSetup.createDatabase(database))) {
                assertThat(create.next()).isTrue();
                String statement = create.getString(1);
                s.execute(statement);
            }
            try (ResultSet created = s.executeQuery("SELECT datctype FROM pg_database WHERE datname = '" + database + "'")) {
                created.next();
                assertThat(created.getString(1)).isNotIn("C", "POSIX");
            }
            try (ResultSet again = s.executeQuery(ServerSetup.createDatabase(database))) {
                assertThat(again.next()).as("nothing to do when it exists").isFalse();
            }
        }
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            s.execute(ServerSetup.schemaAndGrants(database));
        }
        try (Workspace ws = Workspace.open(server.address(PostgresServer.SUPERUSER, database))) {
            ws.articles().importArticle(Drafts.article("Мэр города", "🌉 Мэр Собянин сказал: «Мост откроют в мае»."));
            assertThat(ws.search().search("мэр", 10)).hasSize(1);
            assertThat(ws.search().search("МОСТ", 10)).hasSize(1);
        }
    }

    private static void setUp(PostgresServer server, String database) throws SQLException {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute(ServerSetup.roles(database));
        }
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            s.execute(ServerSetup.schemaAndGrants(database));
        }
    }

    private static void insertArticle(Connection c, String uuid, String text) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(ARTICLE)) {
            p.setString(1, uuid);
            p.setString(2, text);
            p.setString(3, uuid + "-sha");
            p.executeUpdate();
        }
    }
}
