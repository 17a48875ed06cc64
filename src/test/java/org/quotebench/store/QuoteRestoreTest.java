package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/** Undo through restore: after a delete, after an edit, and the snapshots it must refuse. */
class QuoteRestoreTest {
    static final String TEXT = "🛶 «The quay stays open all winter,» harbour master Sofia Brandt told reporters in Kestrel Bay.";

    @TempDir
    Path dir;
    Workspace workspace;
    long articleId;
    Quote quote;

    /** The workspace the tests run on: a file here, a library on a PostgreSQL server in {@code QuoteRestoreOnServerTest}. */
    Workspace openWorkspace() {
        return Workspace.open(dir.resolve("news.qb"));
    }

    @BeforeEach
    void open() {
        workspace = openWorkspace();
        articleId = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Quay", TEXT))).article().id();
        long brandt = workspace.speakers().findOrCreate("Sofia Brandt").id();
        workspace.speakers().addAlias(brandt, "the harbour master");
        List<Long> events = List.of(workspace.events().findOrCreate("Winter season").id(),
                workspace.events().findOrCreate("Quay repairs").id());
        quote = workspace.quotes().add(new QuoteDraft(articleId, QuoteLoadingTest.span(TEXT, "«The quay stays open all winter,»"),
                QuoteKind.DIRECT, QuoteStatus.SUGGESTED, Verdict.UNVERIFIABLE, Optional.of("ask the port office"),
                Optional.of(brandt), Optional.of(QuoteLoadingTest.span(TEXT, "Sofia Brandt")),
                Optional.of(QuoteLoadingTest.span(TEXT, "told reporters")), events, Optional.of("ana"), Optional.empty()));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void restoreAfterDeleteGivesBackTheSameQuote() {
        workspace.quotes().delete(quote.id());
        assertThat(workspace.quotes().restore(quote)).isEqualTo(quote);
        assertThat(workspace.quotes().get(quote.id())).isEqualTo(quote);
        assertThat(workspace.quotes().ofArticle(articleId)).containsExactly(quote);
    }

    @Test
    void restoreAfterEditGivesBackTheOldQuote() {
        long other = workspace.speakers().findOrCreate("Pieter Aalst").id();
        Quote edited = workspace.quotes().edit(quote.id(), new QuoteChange(
                Optional.of(QuoteLoadingTest.span(TEXT, "«The quay stays open")), Optional.of(QuoteKind.PARTIAL),
                Optional.of(QuoteStatus.ACCEPTED), Optional.of(Verdict.ACCURATE), Optional.of("confirmed"),
                Optional.of(other), false, Optional.empty(), true, Optional.empty(), true, Optional.of(List.of()),
                Optional.of("ben")));
        assertThat(edited).isNotEqualTo(quote);
        Quote back = workspace.quotes().restore(quote);
        assertThat(back).usingRecursiveComparison().ignoringFields("revision").isEqualTo(quote);
        // Putting the old state back over the edit is a change of its own: a revision past the edit's.
        assertThat(back.revision().number()).isEqualTo(edited.revision().number() + 1);
        assertThat(back.revision().what()).contains("words", "verdict", "speaker");
        // Undoing the undo: the edited snapshot can be restored in turn.
        Quote again = workspace.quotes().restore(edited);
        assertThat(again).usingRecursiveComparison().ignoringFields("revision").isEqualTo(edited);
        assertThat(again.revision().number()).isEqualTo(back.revision().number() + 1);
    }

    @Test
    void restoringAnUnchangedQuoteChangesNothing() {
        assertThat(workspace.quotes().restore(quote)).isEqualTo(quote);
        assertThat(workspace.quotes().count()).isEqualTo(1);
    }

    @Test
    void refusesASnapshotWhoseSpeakerWasMergedAway() {
        long brandt = quote.speaker().orElseThrow().id();
        long keeper = workspace.speakers().findOrCreate("S. Brandt").id();
        workspace.quotes().delete(quote.id());
        workspace.speakers().merge(keeper, brandt);
        assertThatThrownBy(() -> workspace.quotes().restore(quote)).isInstanceOf(QuotebenchException.class)
                .hasMessageContaining("Sofia Brandt").hasMessageContaining("no longer exists");
        assertThat(workspace.quotes().count()).isZero();
    }

    @Test
    void refusesASnapshotWhoseSpanNoLongerFits() {
        workspace.quotes().delete(quote.id());
        Quote shifted = with(quote, new Span(quote.span().start() + 1, quote.span().end() + 1));
        assertThatThrownBy(() -> workspace.quotes().restore(shifted)).isInstanceOf(QuotebenchException.class)
                .hasMessageContaining("does not match");
        Quote outside = with(quote, new Span(quote.span().start(), TEXT.length() + 5));
        assertThatThrownBy(() -> workspace.quotes().restore(outside)).hasMessageContaining("past the end");
        assertThat(workspace.quotes().count()).isZero();
    }

    @Test
    void refusesASnapshotWhoseEventOrArticleIsGone() {
        Quote withoutArticle = new Quote(quote.id(), quote.uuid(), 777, quote.span(), quote.exact(), quote.kind(),
                quote.status(), quote.verdict(), quote.note(), quote.speaker(), quote.mention(), quote.cue(), quote.events(),
                quote.annotator(), quote.createdAt(), quote.updatedAt());
        assertThatThrownBy(() -> workspace.quotes().restore(withoutArticle)).hasMessageContaining("article (id 777)");
        workspace.quotes().delete(quote.id());
        // The store cannot delete events yet; a snapshot can still name one that is not here.
        var ghost = new org.quotebench.core.Event(999, "0-ghost", "Ghost regatta", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        Quote withGhost = new Quote(quote.id(), quote.uuid(), quote.articleId(), quote.span(), quote.exact(), quote.kind(),
                quote.status(), quote.verdict(), quote.note(), quote.speaker(), quote.mention(), quote.cue(), List.of(ghost),
                quote.annotator(), quote.createdAt(), quote.updatedAt());
        assertThatThrownBy(() -> workspace.quotes().restore(withGhost)).hasMessageContaining("Ghost regatta");
        assertThat(workspace.quotes().count()).isZero();
    }

    @Test
    void refusesToOverwriteAQuoteThatTookTheDeletedOnesId() {
        org.junit.jupiter.api.Assumptions.assumeTrue(workspace.localFile().isPresent(),
                "only SQLite hands a deleted id out again; PostgreSQL never does");
        workspace.quotes().delete(quote.id());
        // SQLite hands the highest deleted id out again.
        Quote newer = workspace.quotes().add(new QuoteDraft(articleId, QuoteLoadingTest.span(TEXT, "Kestrel Bay"),
                QuoteKind.INDIRECT, QuoteStatus.SUGGESTED, Verdict.UNCHECKED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
        assertThat(newer.id()).isEqualTo(quote.id());
        assertThatThrownBy(() -> workspace.quotes().restore(quote)).hasMessageContaining("another quote");
        assertThat(workspace.quotes().get(newer.id())).isEqualTo(newer);
    }

    private static Quote with(Quote q, Span span) {
        return new Quote(q.id(), q.uuid(), q.articleId(), span, q.exact(), q.kind(), q.status(), q.verdict(), q.note(),
                q.speaker(), q.mention(), q.cue(), q.events(), q.annotator(), q.createdAt(), q.updatedAt());
    }
}
