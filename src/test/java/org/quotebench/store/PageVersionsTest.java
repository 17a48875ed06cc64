package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Quote;
import org.quotebench.core.Versions;
import org.quotebench.core.WebOrigin;

/**
 * Issue 23: format 5 keeps where a fetched page came from and its versions. A page fetched again with
 * another text is a new version (a new article: the old text and its quotes stay); the same text is a
 * duplicate; the user's fixes to outlet and date carry over, the new headline comes in.
 */
class PageVersionsTest {
    private static final String URL = "https://saltmere.example/ferry";

    @TempDir
    Path dir;

    private static ArticleDraft fetched(String title, String text, String at) {
        return new ArticleDraft(text, new ArticleMetadata(Optional.of(title), Optional.of("saltmere.example"), Optional.empty(),
                Optional.of(URL), Optional.empty(), Optional.empty()), "UTF-8", URL, new WebOrigin(Optional.of(URL + "?amp=0"),
                Optional.of(at), OptionalInt.of(200), Optional.empty()));
    }

    @Test
    void aChangedPageIsANewVersionAndTheSameTextIsADuplicate() {
        try (Workspace ws = Workspace.open(dir.resolve("v.qb"))) {
            ArticleInfo first = ((ImportOutcome.Imported) ws.articles().importArticle(fetched("Crews stay out",
                    "“We stay out,” Yusuf Demir said.\n", "2026-03-04T08:00:00Z"))).article();
            assertThat(first.versions()).isEqualTo(Versions.ONLY);
            assertThat(first.origin().fetchedAt()).contains("2026-03-04T08:00:00Z");
            assertThat(first.origin().httpStatus()).hasValue(200);
            assertThat(first.origin().canonicalUrl()).contains(URL + "?amp=0");
            long event = ws.events().findOrCreate("Ferry strike").id();
            ws.events().link(event, first.id());
            ws.articles().editMetadata(first.id(), first.metadata().withTitle("Crews stay out").orElse(first.metadata()));
            ArticleMetadata fixed = new ArticleMetadata(Optional.of("Crews stay out"), Optional.of("Saltmere Weekly"),
                    Optional.of("Mia Holt"), Optional.of(URL), Optional.of("2026-03-04"), Optional.of("en"));
            ws.articles().editMetadata(first.id(), fixed);

            ImportOutcome again = ws.articles().importArticle(fetched("Crews stay out", "“We stay out,” Yusuf Demir said.\n",
                    "2026-03-04T09:00:00Z"));
            assertThat(again).isEqualTo(new ImportOutcome.Duplicate(first.id()));

            ArticleInfo second = ((ImportOutcome.Imported) ws.articles().importArticle(fetched("Crews stay out, talks resume",
                    "“We stay out until Friday,” Yusuf Demir said.\n", "2026-03-05T08:00:00Z"))).article();
            assertThat(second.versions().version()).isEqualTo(2);
            assertThat(second.versions().latest()).isEqualTo(2);
            assertThat(second.metadata().title()).contains("Crews stay out, talks resume"); // the page's new headline
            assertThat(second.metadata().outlet()).contains("Saltmere Weekly"); // the user's fixes carry over
            assertThat(second.metadata().publishedOn()).contains("2026-03-04");
            assertThat(ws.events().ofArticle(second.id())).extracting(e -> e.name()).containsExactly("Ferry strike");

            ArticleInfo firstNow = ws.articles().info(first.id()).orElseThrow();
            assertThat(firstNow.versions().changedSince()).isTrue();
            assertThat(firstNow.versions().lineage()).isEqualTo(second.versions().lineage()).contains(first.uuid());
            assertThat(ws.articles().versionsOf(second.id())).extracting(ArticleInfo::id).containsExactly(first.id(), second.id());
            assertThat(ws.articles().get(first.id()).text()).isEqualTo("“We stay out,” Yusuf Demir said.\n");

            // the first text coming back is the first version, not a third
            assertThat(ws.articles().importArticle(fetched("x", "“We stay out,” Yusuf Demir said.\n", "2026-03-06T08:00:00Z")))
                    .isEqualTo(new ImportOutcome.Duplicate(first.id()));
            // a file with the same address is not a version of the page
            ArticleDraft file = new ArticleDraft("Another text entirely.\n", fetched("y", "z", "t").metadata(), "UTF-8", "f.txt");
            assertThat(((ImportOutcome.Imported) ws.articles().importArticle(file)).article().versions()).isEqualTo(Versions.ONLY);
        }
    }

    @Test
    void aWorkspaceMadeByTheReleaseBeforeIsMigratedWithABackupAndKeepsEverything() throws Exception {
        // format-4-release.qb was made by the release before this change (commit 163ea46's format) with its
        // own command line: two sample articles imported with the finder's quotes (two in pieces), two
        // accepted with verdicts, a note and an event.
        Path file = dir.resolve("release.qb");
        try (InputStream in = getClass().getResourceAsStream("format-4-release.qb")) {
            Files.copy(in, file);
        }
        assertThat(rows(file, "PRAGMA user_version")).isEqualTo(4);
        List<Quote> before;
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.migrationBackup()).isPresent();
            assertThat(rows(ws.migrationBackup().get(), "PRAGMA user_version")).isEqualTo(4);
            List<ArticleInfo> articles = ws.articles().list();
            assertThat(articles).hasSize(2).allSatisfy(a -> {
                assertThat(a.versions()).isEqualTo(Versions.ONLY);
                assertThat(a.origin()).isEqualTo(WebOrigin.NONE);
            });
            assertThat(articles.get(0).metadata().outlet()).contains("The Bellmouth Gazette");
            before = ws.quotes().list(QuoteFilter.all());
            assertThat(before).hasSize(6);
            assertThat(before.stream().filter(Quote::inPieces)).hasSize(2);
            assertThat(before.stream().filter(q -> q.note().isPresent())).singleElement()
                    .satisfies(q -> assertThat(q.events()).extracting(e -> e.name()).containsExactly("Bridge vote"));
        }
        assertThat(rows(file, "PRAGMA user_version")).isEqualTo(Workspace.FORMAT);
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.quotes().list(QuoteFilter.all())).isEqualTo(before);
        }
    }

    private static int rows(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
