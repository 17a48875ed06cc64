package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/** A quote its attribution interrupts is one quote in several pieces, stored, changed, undone and migrated as one. */
class QuoteFragmentsTest {
    // An emoji and a combining accent before the quote, which the attribution interrupts.
    static final String TEXT = "👩🏽‍⚕️ Rene\u0301e Okafor: “We will,” she said, “and soon.” The end.";

    @TempDir
    Path dir;

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    private static QuoteDraft twoPieces(long articleId, Optional<String> expected) {
        QuoteDraft one = new QuoteDraft(articleId, span("“We will,”"), QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.UNCHECKED,
                Optional.empty(), Optional.empty(), Optional.of(span("she")), Optional.of(span("said")), List.of(),
                Optional.of("ana"), expected);
        return one.withFragments(List.of(span("“and soon.”"), span("“We will,”")));
    }

    private static long article(Workspace workspace) {
        return ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Bridge", TEXT))).article().id();
    }

    @Test
    void aQuoteInTwoPiecesIsStoredAsOneQuoteWithItsPiecesInOrder() {
        try (Workspace workspace = Workspace.open(dir.resolve("a.qb"))) {
            Quote quote = workspace.quotes().add(twoPieces(article(workspace), Optional.of("“We will,” … “and soon.”")));
            assertThat(quote.fragments()).containsExactly(span("“We will,”"), span("“and soon.”"));
            assertThat(quote.span()).isEqualTo(new Span(span("“We will,”").start(), span("“and soon.”").end()));
            assertThat(quote.exact()).isEqualTo("“We will,” she said, “and soon.”");
            assertThat(quote.words()).isEqualTo("“We will,” … “and soon.”");
            assertThat(quote.fragmentText(1)).isEqualTo("“and soon.”");
            assertThat(workspace.quotes().get(quote.id())).isEqualTo(quote);
            assertThat(workspace.quotes().ofArticle(quote.articleId())).containsExactly(quote);
            assertThat(workspace.quotes().count()).isEqualTo(1);
        }
    }

    @Test
    void overlappingPiecesOrAPieceInsideAnEmojiAreRefusedAndNothingIsStored() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("b.qb"))) {
            long article = article(workspace);
            QuoteDraft base = twoPieces(article, Optional.empty());
            assertThatThrownBy(() -> base.withFragments(List.of(span("“We will,”"), span("will,” she"))))
                    .hasMessageContaining("overlap");
            assertThatThrownBy(() -> workspace.quotes().add(base.withFragments(List.of(new Span(1, 3), span("“and soon.”")))))
                    .hasMessageContaining("inside a character");
            assertThatThrownBy(() -> workspace.quotes().add(twoPieces(article, Optional.of("“We will,” she said, “and soon.”"))))
                    .hasMessageContaining("does not match");
            assertThat(workspace.quotes().count()).isZero();
            assertThat(rows(dir.resolve("b.qb"), "SELECT count(*) FROM quote_fragment")).isZero();
        }
    }

    @Test
    void piecesTouchingEachOtherAreOnePiece() {
        Span first = span("“We will,”");
        Span next = new Span(first.end(), first.end() + 4);
        assertThat(org.quotebench.core.Fragments.of(List.of(next, first))).containsExactly(new Span(first.start(), next.end()));
    }

    @Test
    void editingAddsAPieceMovingTheSpanMakesOnePieceAndDeletingRemovesThePieces() throws Exception {
        Path file = dir.resolve("c.qb");
        try (Workspace workspace = Workspace.open(file)) {
            long article = article(workspace);
            QuoteDraft one = new QuoteDraft(article, span("“We will,”"), QuoteKind.DIRECT, QuoteStatus.ACCEPTED,
                    Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    Optional.empty(), Optional.empty());
            Quote quote = workspace.quotes().add(one);
            assertThat(quote.fragments()).containsExactly(span("“We will,”"));
            assertThat(rows(file, "SELECT count(*) FROM quote_fragment")).isZero();

            Quote joined = workspace.quotes().edit(quote.id(),
                    QuoteChange.none().withFragments(List.of(span("“We will,”"), span("“and soon.”"))).withNote("one quote"));
            assertThat(joined.fragments()).containsExactly(span("“We will,”"), span("“and soon.”"));
            assertThat(joined.note()).contains("one quote");
            assertThat(rows(file, "SELECT count(*) FROM quote_fragment")).isEqualTo(2);

            Quote noteOnly = workspace.quotes().edit(quote.id(), QuoteChange.none().withVerdict(Verdict.ACCURATE));
            assertThat(noteOnly.fragments()).isEqualTo(joined.fragments());

            Quote moved = workspace.quotes().edit(quote.id(), new QuoteChange(Optional.of(span("“and soon.”")), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), false,
                    Optional.empty(), false, Optional.empty(), Optional.empty()));
            assertThat(moved.fragments()).containsExactly(span("“and soon.”"));
            assertThat(rows(file, "SELECT count(*) FROM quote_fragment")).isZero();

            Quote again = workspace.quotes().edit(quote.id(),
                    QuoteChange.none().withFragments(List.of(span("“We will,”"), span("“and soon.”"))));
            workspace.quotes().delete(again.id());
            assertThat(rows(file, "SELECT count(*) FROM quote_fragment")).isZero();
        }
    }

    @Test
    void undoingAnEditOrADeleteBringsThePiecesBack() {
        try (Workspace workspace = Workspace.open(dir.resolve("d.qb"))) {
            Quote quote = workspace.quotes().add(twoPieces(article(workspace), Optional.empty()));
            workspace.quotes().edit(quote.id(), new QuoteChange(Optional.of(span("“We will,”")), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), false,
                    Optional.empty(), false, Optional.empty(), Optional.empty()));
            // the old pieces come back as a third revision (whoever saw the edit is told)
            assertThat(workspace.quotes().restore(quote)).usingRecursiveComparison().ignoringFields("revision").isEqualTo(quote);
            workspace.quotes().delete(quote.id());
            assertThat(workspace.quotes().restore(quote)).isEqualTo(quote);
            assertThat(workspace.quotes().get(quote.id()).fragments()).hasSize(2);
        }
    }

    @Test
    void aWorkspaceMadeByTheReleaseBeforePiecesIsMigratedWithABackupAndKeepsEveryQuote() throws Exception {
        // format-3-release.qb was made by the release before this change (commit b66b380) with its own
        // command line: two sample articles imported, the finder's suggestions stored, one accepted
        // with a verdict, a note and an event.
        Path file = dir.resolve("release.qb");
        try (InputStream in = getClass().getResourceAsStream("format-3-release.qb")) {
            Files.copy(in, file);
        }
        assertThat(rows(file, "PRAGMA user_version")).isEqualTo(3);
        List<String> before = quoteRows(file);
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.migrationBackup()).isPresent();
            assertThat(rows(workspace.migrationBackup().get(), "PRAGMA user_version")).isEqualTo(3);
            assertThat(quoteRows(workspace.migrationBackup().get())).isEqualTo(before);
            List<Quote> quotes = workspace.quotes().list(QuoteFilter.all());
            assertThat(quotes).hasSize(4).allSatisfy(q -> assertThat(q.fragments()).containsExactly(q.span()));
            assertThat(quotes.get(0).verdict()).isEqualTo(Verdict.ACCURATE);
            assertThat(quotes.get(0).note()).contains("checked with the council minutes");
            assertThat(quotes.get(0).events()).extracting(e -> e.name()).containsExactly("Bridge vote");
            long ferry = workspace.articles().list().stream().filter(a -> a.metadata().title().orElse("").startsWith("Ferry")).findFirst()
                    .orElseThrow().id();
            String text = workspace.articles().get(ferry).text();
            int a = text.indexOf("the ");
            int b = text.indexOf("the ", a + 20);
            Quote pieces = workspace.quotes().add(new QuoteDraft(ferry, new Span(a, a + 3), QuoteKind.DIRECT,
                    QuoteStatus.ACCEPTED, Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), Optional.empty(), Optional.empty())
                    .withFragments(List.of(new Span(a, a + 3), new Span(b, b + 3))));
            assertThat(workspace.quotes().get(pieces.id()).fragments()).hasSize(2);
        }
        assertThat(rows(file, "PRAGMA user_version")).isEqualTo(Workspace.FORMAT);
        assertThat(quoteRows(file).subList(0, 4)).isEqualTo(before);
    }

    private static List<String> quoteRows(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, uuid, article_id, start, \"end\", exact, kind, speaker_id, status, "
                        + "verdict, note FROM quote ORDER BY id")) {
            List<String> out = new java.util.ArrayList<>();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 11; i++) {
                    row.append(r.getString(i)).append('|');
                }
                out.add(row.toString());
            }
            return out;
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
