package org.quotebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.store.PostgresServer;
import org.quotebench.store.ServerSetup;

/**
 * Issue 25: the command line on a shared library on a real PostgreSQL server, set up with
 * {@code server-setup}'s SQL: {@code -w postgresql://USER@HOST:PORT/DATABASE} imports, lists, searches,
 * suggests and exports as on a file; a reader's role may browse but not change; file-only commands
 * say so in one line.
 */
class ServerLibraryCommandsTest {
    @TempDir
    Path dir;
    private PostgresServer server;
    private String database;
    private String editor;
    private String reader;

    @BeforeEach
    void aLibraryWithAnEditorAndAReader() throws Exception {
        server = PostgresServer.shared();
        database = server.newDatabase();
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute(ServerSetup.roles(database));
            s.execute("CREATE ROLE " + database + "_ana LOGIN IN ROLE " + ServerSetup.editors(database));
            s.execute("CREATE ROLE " + database + "_intern LOGIN IN ROLE " + ServerSetup.readers(database));
        }
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            s.execute(ServerSetup.schemaAndGrants(database));
        }
        editor = server.address(database + "_ana", database);
        reader = server.address(database + "_intern", database);
    }

    @Test
    void anEditorImportsSearchesSuggestsAndExports() throws Exception {
        Path ferry = Files.writeString(dir.resolve("ferry.txt"),
                "Ferry talks\n\n🚢 Café\u0301 crews met at dawn. “We are not going back to sea tonight,” union leader Yusuf Demir told reporters.");
        Path bridge = Files.writeString(dir.resolve("bridge.txt"), "Bridge vote\n\nThe council voted for the harbour bridge on Monday.");
        CliRun imported = CliRun.runAt(editor, "import", ferry.toString(), bridge.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 2 articles into " + editor);

        JsonNode list = CliRun.runAt(editor, "list", "--json").json();
        assertThat(list).hasSize(2);
        JsonNode hits = CliRun.runAt(editor, "search", "harbour", "--json").json();
        assertThat(hits.toString()).contains("Bridge vote").contains("<mark>harbour</mark>");
        assertThat(CliRun.runAt(editor, "search", "cafe", "--json").json().toString()).contains("Ferry talks");

        long ferryId = list.findValues("title").stream().anyMatch(t -> t.asText().equals("Ferry talks"))
                ? idOf(list, "Ferry talks") : -1;
        CliRun suggested = CliRun.runAt(editor, "suggest", Long.toString(ferryId), "--store", "--json");
        assertThat(suggested.exitCode()).as(suggested.err()).isZero();
        JsonNode quotes = CliRun.runAt(editor, "quote", "list", "--json").json();
        assertThat(quotes.toString()).contains("Yusuf Demir");

        Path out = dir.resolve("library.jsonl");
        CliRun exported = CliRun.runAt(editor, "export", "--format", "jsonl", "--status", "any", out.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readString(out)).contains("We are not going back to sea tonight");
    }

    @Test
    void copyMovesAFileToTheServerAndCopyingAgainAddsNothing() throws Exception {
        Path file = dir.resolve("news.qb");
        Path bridge = Files.writeString(dir.resolve("bridge.txt"), "Bridge vote\n\n“We vote tonight,” Mayor Ines Varga said. 🌉");
        assertThat(CliRun.run(file, "import", bridge.toString(), "--suggest").exitCode()).isZero();

        CliRun copied = CliRun.run(null, "copy", file.toString(), editor);
        assertThat(copied.exitCode()).as(copied.err()).isZero();
        assertThat(copied.out()).contains("Copied 1 article, 1 quote").contains(" to " + editor);
        assertThat(CliRun.runAt(editor, "quote", "list", "--json").json().toString()).contains("Ines Varga");

        CliRun again = CliRun.run(null, "copy", file.toString(), editor, "--json");
        assertThat(again.json().get("added").size()).isZero();
        assertThat(CliRun.run(null, "copy", file.toString(), file.toString()).err()).contains("the same workspace");
        CliRun reader = CliRun.run(null, "copy", file.toString(), this.reader);
        assertThat(reader.exitCode()).isEqualTo(1);
        assertThat(reader.err().strip().lines().toList()).hasSize(1);
    }

    @Test
    void aQuoteMarkedOnTheServerIsTheLoggedInUsers() throws Exception {
        Path bridge = Files.writeString(dir.resolve("bridge.txt"), "Bridge vote\n\n🌉 Café\u0301 owners said: “We want the bridge.”");
        assertThat(CliRun.runAt(editor, "import", bridge.toString()).exitCode()).isZero();
        String text = Files.readString(bridge);
        int start = text.codePointCount(0, text.indexOf("We want"));
        int end = start + "We want the bridge.".length();
        CliRun added = CliRun.runAt(editor, "quote", "add", "1", "--start", Integer.toString(start), "--end", Integer.toString(end),
                "--text", "We want the bridge.", "--json");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.json().toString()).contains("\"annotator\":\"" + database + "_ana\"");
        CliRun named = CliRun.runAt(editor, "quote", "add", "1", "--start", Integer.toString(start), "--end", Integer.toString(start + 7),
                "--annotator", "desk-night", "--json");
        assertThat(named.json().toString()).contains("\"annotator\":\"desk-night\"");
    }

    @Test
    void aStaleEditFromTheCommandLineIsRefusedWithWhoChangedWhat() throws Exception {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + database + "_ben LOGIN IN ROLE " + ServerSetup.editors(database));
        }
        String ben = server.address(database + "_ben", database);
        Path bridge = Files.writeString(dir.resolve("bridge.txt"), "Bridge vote\n\n🌉 Café\u0301 owners said: “We want the bridge.”");
        assertThat(CliRun.runAt(editor, "import", bridge.toString()).exitCode()).isZero();
        String text = Files.readString(bridge);
        int start = text.codePointCount(0, text.indexOf("“We"));
        CliRun added = CliRun.runAt(editor, "quote", "add", "1", "--start", Integer.toString(start), "--end",
                Integer.toString(start + "“We want the bridge.”".length()), "--json");
        assertThat(added.json().get("revision").asInt()).isEqualTo(1);

        CliRun anas = CliRun.runAt(editor, "quote", "edit", "1", "--verdict", "misquoted", "--if-revision", "1", "--json");
        assertThat(anas.exitCode()).as(anas.err()).isZero();
        assertThat(anas.json().get("revision").asInt()).isEqualTo(2);
        assertThat(anas.json().get("changed_by").asText()).isEqualTo(database + "_ana");

        CliRun bens = CliRun.runAt(ben, "quote", "edit", "1", "--verdict", "accurate", "--if-revision", "1");
        assertThat(bens.exitCode()).isEqualTo(3);
        assertThat(bens.err().strip()).doesNotContain("\n").contains(database + "_ana changed its verdict").contains("not stored");
        assertThat(CliRun.runAt(ben, "quote", "list", "--json").json().get(0).get("verdict").asText()).isEqualTo("misquoted");
        assertThat(CliRun.runAt(ben, "quote", "edit", "1", "--verdict", "accurate", "--if-revision", "2").exitCode()).isZero();
    }

    /**
     * agree across people on the server: two logins mark the same article (each quote recorded as its
     * login's), agree --annotators compares them; and a teammate's file against the server library.
     */
    @Test
    void agreeComparesTwoPeopleOnTheServerAndAFileWithTheLibrary() throws Exception {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + database + "_ben LOGIN IN ROLE " + ServerSetup.editors(database));
        }
        String ben = server.address(database + "_ben", database);
        String text = "Bridge vote\n\n🌉 Café\u0301 owners said: “We want the bridge.” The mayor said: “We will build it.”";
        Path bridge = Files.writeString(dir.resolve("bridge.txt"), text);
        assertThat(CliRun.runAt(editor, "import", bridge.toString()).exitCode()).isZero();
        int first = text.codePointCount(0, text.indexOf("“We want"));
        int second = text.codePointCount(0, text.indexOf("“We will"));
        int length = "“We want the bridge.”".length();
        for (String who : new String[] {editor, ben}) {
            CliRun marked = CliRun.runAt(who, "quote", "add", "1", "--start", Integer.toString(first), "--end",
                    Integer.toString(first + length));
            assertThat(marked.exitCode()).as(marked.err()).isZero();
        }
        CliRun onlyAna = CliRun.runAt(editor, "quote", "add", "1", "--start", Integer.toString(second), "--end",
                Integer.toString(second + "“We will build it.”".length()));
        assertThat(onlyAna.exitCode()).as(onlyAna.err()).isZero();

        CliRun agree = CliRun.runAt(editor, "agree", "--annotators", database + "_ana", database + "_ben", "--json");
        assertThat(agree.exitCode()).as(agree.err()).isZero();
        assertThat(agree.json().get("span_f1_exact").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-4));

        Path file = dir.resolve("ana.qb");
        assertThat(CliRun.run(file, "import", bridge.toString()).exitCode()).isZero();
        assertThat(CliRun.run(file, "quote", "add", "1", "--start", Integer.toString(first), "--end",
                Integer.toString(first + length)).exitCode()).isZero();
        CliRun across = CliRun.run(null, "agree", file.toString(), editor, "--json");
        assertThat(across.exitCode()).as(across.err()).isZero();
        assertThat(across.json().get("span_f1_exact").asDouble()).isCloseTo(2.0 / 4, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void aReaderBrowsesButChangesNothing() throws Exception {
        Path bridge = Files.writeString(dir.resolve("bridge.txt"), "Bridge vote\n\nThe council voted for the harbour bridge on Monday.");
        assertThat(CliRun.runAt(editor, "import", bridge.toString()).exitCode()).isZero();

        assertThat(CliRun.runAt(reader, "list", "--json").json()).hasSize(1);
        Path other = Files.writeString(dir.resolve("other.txt"), "Other\n\nA second story.");
        CliRun refused = CliRun.runAt(reader, "import", other.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err().strip().lines().toList()).as(refused.err()).hasSize(1);
        assertThat(refused.err()).contains(reader).contains("may only be read");
        assertThat(CliRun.runAt(editor, "list", "--json").json()).hasSize(1);
    }

    @Test
    void fileOnlyCommandsAndBadAddressesAreOneLine() {
        CliRun backup = CliRun.runAt(editor, "backup");
        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err().strip().lines().toList()).hasSize(1);
        assertThat(backup.err()).contains("pg_dump");

        CliRun password = CliRun.runAt("postgresql://ana:secret@db.example/factcheck", "list");
        assertThat(password.exitCode()).isEqualTo(1);
        assertThat(password.err()).contains("~/.pgpass").doesNotContain("secret");

        CliRun underscore = CliRun.runAt("postgresql://ana:s3cret word@db_host/factcheck", "list");
        assertThat(underscore.exitCode()).isEqualTo(1);
        assertThat(underscore.err().strip().lines().toList()).hasSize(1);
        assertThat(underscore.err()).doesNotContain("s3cret").doesNotContain("unexpectedly");
        CliRun badHost = CliRun.runAt("postgresql://ana@db_host/factcheck", "list");
        assertThat(badHost.exitCode()).isEqualTo(1);
        assertThat(badHost.err()).contains("does not name a server").doesNotContain("unexpectedly");

        CliRun missing = CliRun.runAt(server.address("postgres", "no_such_library"), "list");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip().lines().toList()).hasSize(1);
        assertThat(missing.err()).contains("no such library");
    }

    private static long idOf(JsonNode list, String title) {
        for (JsonNode article : list) {
            if (article.path("title").asText().equals(title)) {
                return article.path("id").asLong();
            }
        }
        throw new AssertionError("no article " + title + " in " + list);
    }
}
