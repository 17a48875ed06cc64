package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.core.WebOrigin;

/**
 * Issue 25: {@code copy} moves a workspace file to a library on a real PostgreSQL server and back with
 * every row under its UUID — articles and their versions, speakers (and one nobody quoted), aliases,
 * events (linked to an article only, and to a quote), quotes in pieces with status, verdict, note,
 * annotator and times, what the finder was taught — and copying again changes nothing.
 */
class WorkspaceCopyTest {
    private static final String TEXT = "👩🏽‍⚕️ Rene\u0301e Okafor: “We will,” she said, “and soon.” The end.";
    private static final String URL = "https://saltmere.example/ferry";

    @TempDir
    Path dir;

    @Test
    void aFileGoesToTheServerAndBackWithEveryRowAndAgainAddsNothing() {
        Path file = dir.resolve("news.qb");
        try (Workspace news = Workspace.open(file)) {
            fill(news);
        }
        String library = PostgresServer.shared().address(PostgresServer.SUPERUSER, PostgresServer.shared().newDatabase());
        Path back = dir.resolve("back.qb");
        try (Workspace news = Workspace.open(file); Workspace server = Workspace.open(library)) {
            WorkspaceCopy.Report first = WorkspaceCopy.copy(news, server);
            assertThat(first.added("article")).isEqualTo(3);
            assertThat(first.added("quote")).isEqualTo(2);
            assertThat(first.added("speaker")).isEqualTo(2);
            assertThat(dump(server)).isEqualTo(dump(news));

            WorkspaceCopy.Report again = WorkspaceCopy.copy(news, server);
            assertThat(again.added()).isEmpty();
            assertThat(dump(server)).isEqualTo(dump(news));

            try (Workspace copy = Workspace.open(back)) {
                WorkspaceCopy.copy(server, copy);
                assertThat(dump(copy)).isEqualTo(dump(news));
                assertThat(copy.search().search("soon", 5)).hasSize(1); // the file's full-text index got the copied rows
            }
        }
    }

    /** Two people's files with the same speaker and alias under other UUIDs go into one library, the second onto the first's rows. */
    @Test
    void aSecondFileWithTheSameSpeakerAndAliasJoinsTheFirsts() {
        String library = PostgresServer.shared().address(PostgresServer.SUPERUSER, PostgresServer.shared().newDatabase());
        for (String name : new String[] {"ana.qb", "omar.qb"}) {
            try (Workspace own = Workspace.open(dir.resolve(name))) {
                var merkel = own.speakers().findOrCreate("Angela Merkel");
                own.speakers().addAlias(merkel.id(), "Merkel");
            }
        }
        try (Workspace server = Workspace.open(library)) {
            try (Workspace ana = Workspace.open(dir.resolve("ana.qb"))) {
                assertThat(WorkspaceCopy.copy(ana, server).added("speaker_alias")).isEqualTo(1);
            }
            try (Workspace omar = Workspace.open(dir.resolve("omar.qb"))) {
                assertThat(WorkspaceCopy.copy(omar, server).added()).isEmpty();
            }
            assertThat(server.speakers().list()).singleElement().satisfies(s -> assertThat(s.aliases()).containsExactly("Merkel"));
        }
    }

    private static void fill(Workspace ws) {
        long id = ((ImportOutcome.Imported) ws.articles().importArticle(Drafts.article("Bridge", TEXT))).article().id();
        ws.articles().importArticle(fetched("“We stay out,” Yusuf Demir said.\n", "2026-03-04T08:00:00Z"));
        ws.articles().importArticle(fetched("“We stay out until Friday,” Yusuf Demir said.\n", "2026-03-05T08:00:00Z"));
        var okafor = ws.speakers().findOrCreate("Renée Okafor");
        ws.speakers().addAlias(okafor.id(), "Okafor");
        ws.speakers().findOrCreate("Tom Hale"); // nobody quoted him yet
        long strike = ws.events().findOrCreate("Ferry strike").id();
        ws.events().link(strike, id);
        long vote = ws.events().findOrCreate("Bridge vote").id();
        int from = TEXT.indexOf("“We will,”");
        int to = TEXT.indexOf("“and soon.”") + "“and soon.”".length();
        ws.quotes().add(new QuoteDraft(id, new Span(from, to), QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.ACCURATE,
                Optional.of("Checked with the council"), Optional.of(okafor.id()), Optional.of(span("she")), Optional.of(span("said")),
                List.of(vote), Optional.of("ana"), Optional.empty(), List.of(span("“We will,”"), span("“and soon.”"))));
        ws.quotes().add(new QuoteDraft(id, span("The end."), QuoteKind.INDIRECT, QuoteStatus.SUGGESTED, Verdict.UNCHECKED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                List.of()));
        ws.taughtFinder().keep("features 1\nbits 20\n7 0.5\n", 3, 1);
    }

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    private static ArticleDraft fetched(String text, String at) {
        return new ArticleDraft(text, new ArticleMetadata(Optional.of("Crews stay out"), Optional.of("saltmere.example"),
                Optional.empty(), Optional.of(URL), Optional.empty(), Optional.of("en")), "UTF-8", URL,
                new WebOrigin(Optional.of(URL), Optional.of(at), OptionalInt.of(200), Optional.empty()));
    }

    /** Every table's rows, links written as the UUIDs they point to, ids left out: what a copy must keep. */
    private static Map<String, List<String>> dump(Workspace ws) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("article", "SELECT uuid, title, outlet, author, url, published_on, language, source_name, encoding, text, text_sha256,"
                + " length_cp, imported_at, canonical_url, fetched_at, http_status, archived_at, lineage, version FROM article");
        queries.put("speaker", "SELECT uuid, name, kind, role, affiliation, description, external_id, updated_at FROM speaker");
        queries.put("alias", "SELECT a.uuid, s.uuid, a.alias FROM speaker_alias a JOIN speaker s ON s.id = a.speaker_id");
        queries.put("event", "SELECT uuid, name, starts_on, ends_on, place, description, updated_at FROM event");
        queries.put("article_event", "SELECT a.uuid, e.uuid FROM article_event x JOIN article a ON a.id = x.article_id"
                + " JOIN event e ON e.id = x.event_id");
        queries.put("quote", "SELECT q.uuid, a.uuid, q.start, q.\"end\", q.exact, q.kind, s.uuid, q.mention_start, q.mention_end,"
                + " q.cue_start, q.cue_end, q.status, q.verdict, q.note, q.annotator, q.created_at, q.updated_at FROM quote q"
                + " JOIN article a ON a.id = q.article_id LEFT JOIN speaker s ON s.id = q.speaker_id");
        queries.put("quote_event", "SELECT q.uuid, e.uuid FROM quote_event x JOIN quote q ON q.id = x.quote_id JOIN event e ON e.id = x.event_id");
        queries.put("fragment", "SELECT q.uuid, f.position, f.start, f.\"end\" FROM quote_fragment f JOIN quote q ON q.id = f.quote_id");
        queries.put("taught", "SELECT changes, quotes, articles, taught_at FROM taught_finder");
        return ws.transactions().read("Reading for the test", connection -> {
            Map<String, List<String>> tables = new LinkedHashMap<>();
            for (Map.Entry<String, String> q : queries.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(q.getValue())) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(r.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(q.getKey(), rows);
            }
            return tables;
        });
    }
}
