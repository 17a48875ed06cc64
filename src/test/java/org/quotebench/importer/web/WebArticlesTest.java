package org.quotebench.importer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleDraft;
import org.quotebench.importer.KnownOutlets;
import org.quotebench.importer.RefusedFile;

/** Issue 23: web addresses become articles with their details, or are refused with one reason; against a local server. */
class WebArticlesTest {
    private NewsServer server;
    private WebArticles web;

    @BeforeEach
    void start() throws Exception {
        server = new NewsServer();
        web = new WebArticles(new PageFetcher(new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 1024 * 1024, 5)),
                KnownOutlets.builtIn());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ArticleDraft fetch(String path) {
        return web.fetch(server.url(path), () -> false);
    }

    private String refusal(String path) {
        try {
            fetch(path);
        } catch (RefusedFile refused) {
            assertThat(refused.file()).isEqualTo(server.url(path));
            return refused.reason();
        }
        throw new AssertionError(path + " was not refused");
    }

    @Test
    void aPageWithOpenGraphAndJsonLdGivesItsDetailsAndKeepsWhereItCameFrom() {
        ArticleDraft story = fetch("/news/council-backs-bridge#comments");
        assertThat(story.metadata().title()).contains("Council backs harbour bridge");
        assertThat(story.metadata().outlet()).contains("The Harbour Courier");
        assertThat(story.metadata().author()).contains("Ana Pereira");
        assertThat(story.metadata().publishedOn()).contains("2026-03-02");
        assertThat(story.metadata().url()).contains(server.url("/news/council-backs-bridge"));
        assertThat(story.origin().canonicalUrl()).contains("https://courier.example/news/council-backs-bridge");
        assertThat(story.origin().httpStatus()).hasValue(200);
        assertThat(story.origin().fetchedAt()).hasValueSatisfying(at -> assertThat(at).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        assertThat(story.origin().archivedAt()).isEmpty();
        assertThat(story.text()).contains("👍🏽 The council voted").contains("Mayor Rene\u0301e Okafor said.").doesNotContain("Home · News");
        assertThat(server.lastUserAgent()).startsWith("Quotebench/").contains("fact-checking");
    }

    @Test
    void aPageWithOnlyATitleIsNamedByItsHostAndRedirectsAreFollowed() {
        ArticleDraft plain = fetch("/news/title-only");
        assertThat(plain.metadata().title()).contains("Ferry crews stay out");
        assertThat(plain.metadata().outlet()).contains("127.0.0.1"); // never "Unknown outlet"
        ArticleDraft moved = fetch("/moved");
        assertThat(moved.metadata().title()).contains("Council backs harbour bridge");
        assertThat(moved.metadata().url()).contains(server.url("/moved"));
        ArticleDraft found = fetch("/found");
        assertThat(found.origin().canonicalUrl()).contains(server.url("/news/title-only")); // where the redirect led
        assertThat(refusal("/loop-a")).startsWith("redirects in a loop");
        assertThat(refusal("/to-ftp")).contains("not a web address");
    }

    @Test
    void theCharsetComesFromTheHeaderOrThePageAndPlainTextIsText() {
        for (String path : new String[] {"/cp1252-header", "/cp1252-meta"}) {
            ArticleDraft page = fetch(path);
            assertThat(page.text()).as(path).contains("“It’s good for business — and for the café,” owner Zoë Brontë said.");
            assertThat(page.encoding()).as(path).isEqualTo("windows-1252");
        }
        ArticleDraft notes = fetch("/plain.txt");
        assertThat(notes.metadata().title()).contains("Harbour notes");
        assertThat(notes.text()).startsWith("Harbour notes\n\n“Work starts in June,”");
    }

    @Test
    void whatIsNotAnArticleIsRefusedWithItsReason() {
        assertThat(refusal("/missing")).isEqualTo("not found (HTTP 404)");
        assertThat(refusal("/broken")).isEqualTo("the server failed (HTTP 500); try again later");
        assertThat(refusal("/members")).contains("needs a login").contains("HTTP 403");
        assertThat(refusal("/huge")).contains("too large");
        assertThat(refusal("/report.pdf")).startsWith("a PDF document");
        assertThat(refusal("/photo.jpg")).startsWith("an image");
        assertThat(refusal("/login")).startsWith("a login page");
        assertThat(refusal("/empty")).contains("no article text");
        assertThatThrownBy(() -> web.fetch("ftp://courier.example/x", () -> false)).isInstanceOf(RefusedFile.class)
                .hasMessageContaining("not a web address");
    }

    @Test
    void aPageThatNeverFinishesTimesOutAndAFetchCanBeCancelled() {
        WebArticles impatient = new WebArticles(new PageFetcher(new FetchLimits(Duration.ofSeconds(5), Duration.ofSeconds(1),
                1024 * 1024, 5)), KnownOutlets.builtIn());
        assertThatThrownBy(() -> impatient.fetch(server.url("/slow"), () -> false)).isInstanceOf(RefusedFile.class)
                .hasMessageContaining("timed out");
        // cancelled once the server has the request (the page would take the whole minute)
        int before = server.hits("/slow");
        assertThatThrownBy(() -> web.fetch(server.url("/slow"), () -> server.hits("/slow") > before))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void anArchiveSnapshotIsReadFromItsRawFormWithoutTheToolbarAndKeepsTheOriginalAddress() {
        ArticleDraft archived = fetch("/web/20240115093000/https://courier.example/ferry-talks");
        assertThat(archived.metadata().url()).contains("https://courier.example/ferry-talks");
        assertThat(archived.origin().archivedAt()).contains("2024-01-15T09:30:00Z");
        assertThat(archived.text()).contains("“The talks are over for now,”").doesNotContain("Wayback").doesNotContain("Donate");
        assertThat(archived.metadata().outlet()).contains("courier.example");
        assertThat(server.hits("/web/20240115093000id_/https://courier.example/ferry-talks")).isEqualTo(1);
        // found in review: the time asked for was kept, not the capture's the archive redirected to
        ArticleDraft nearest = fetch("/web/2024/https://courier.example/ferry-talks");
        assertThat(nearest.origin().archivedAt()).contains("2024-01-15T09:30:00Z");
        assertThat(WebArchive.of(java.net.URI.create("https://web.archive.org/web/20241399/https://x.example/a"))).isEmpty();
        // a snapshot that cannot be had is refused by the address given, not the raw form fetched for it
        String unreachable = "http://127.0.0.1:1/web/20240115093000/https://courier.example/ferry-talks";
        assertThatThrownBy(() -> web.fetch(unreachable, () -> false)).isInstanceOfSatisfying(RefusedFile.class,
                refused -> assertThat(refused.file()).isEqualTo(unreachable));
    }
}
