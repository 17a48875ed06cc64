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
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.EditConflict;
import org.quotebench.core.Event;
import org.quotebench.core.EventDraft;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.Verdict;

/**
 * Issue 25: nobody overwrites another's change without knowing. Two people (two workspaces open on one
 * library) read the same rows; the second to change one is refused, told who changed what, and nothing
 * of theirs is stored. On a file here; on a PostgreSQL server in {@code EditConflictsOnServerTest}.
 */
class EditConflictsTest {
    static final String TEXT = "👩🏽‍⚕️ Rene\u0301e Okafor said: «The bridge opens in May.» The mayor agreed.";

    @TempDir
    Path dir;
    Workspace ana;
    Workspace ben;
    Quote quote;

    /** Where the library lives: a file here, a server library in the subclass. */
    String location() {
        return dir.resolve("news.qb").toString();
    }

    /** Who a change is recorded as made by, made with this annotator name: the name on a file. */
    String changer(String annotator) {
        return annotator;
    }

    @BeforeEach
    void open() {
        String location = location();
        ana = Workspace.open(location);
        ben = Workspace.open(location);
        long articleId = ((ImportOutcome.Imported) ana.articles().importArticle(Drafts.article("Bridge", TEXT))).article().id();
        Span span = new Span(TEXT.indexOf('«'), TEXT.indexOf('»') + 1);
        quote = ana.quotes().add(new QuoteDraft(articleId, span, QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.UNCHECKED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.of("ana"),
                Optional.empty()));
    }

    @AfterEach
    void close() {
        ana.close();
        ben.close();
    }

    @Test
    void aNewQuoteIsRevisionOneAndEachChangeCountsWhoAndWhat() {
        assertThat(quote.revision().number()).isEqualTo(1);
        Quote changed = ana.quotes().edit(quote.id(), 1, QuoteChange.none().withVerdict(Verdict.MISQUOTED).withNote("Cut short.")
                .withAnnotator("ana"));
        assertThat(changed.revision().number()).isEqualTo(2);
        assertThat(changed.revision().by()).contains(changer("ana"));
        assertThat(changed.revision().what()).containsExactly("verdict", "note");
        assertThat(ben.quotes().get(quote.id()).revision()).isEqualTo(changed.revision());
    }

    @Test
    void anEditOnAnOlderRevisionIsRefusedNamingWhoChangedWhatAndNothingIsStored() {
        Quote seenByBen = ben.quotes().get(quote.id());
        ana.quotes().edit(quote.id(), quote.revision().number(), QuoteChange.none().withVerdict(Verdict.MISQUOTED).withAnnotator("ana"));

        assertThatThrownBy(() -> ben.quotes().edit(quote.id(), seenByBen.revision().number(),
                QuoteChange.none().withVerdict(Verdict.ACCURATE).withNote("Checked the tape.").withAnnotator("ben")))
                .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                    assertThat(conflict).hasMessageContaining("«The bridge opens in May.»")
                            .hasMessageContaining(changer("ana") + " changed its verdict").hasMessageContaining("not stored");
                    assertThat(conflict.current(Quote.class)).hasValueSatisfying(now -> {
                        assertThat(now.verdict()).isEqualTo(Verdict.MISQUOTED);
                        assertThat(now.revision().number()).isEqualTo(2);
                    });
                });
        Quote stored = ana.quotes().get(quote.id());
        assertThat(stored.verdict()).isEqualTo(Verdict.MISQUOTED);
        assertThat(stored.note()).isEmpty();
        assertThat(stored.revision().number()).isEqualTo(2);

        // Ben looked at the stored quote: his change made on it now goes through.
        Quote replaced = ben.quotes().edit(quote.id(), 2, QuoteChange.none().withVerdict(Verdict.ACCURATE).withAnnotator("ben"));
        assertThat(replaced.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(replaced.revision().number()).isEqualTo(3);
        assertThat(replaced.revision().by()).contains(changer("ben"));
    }

    @Test
    void aChangeSomeoneElseAlreadyMadeIsNoConflictAndStoresNothing() {
        Quote seenByBen = ben.quotes().get(quote.id());
        Quote anas = ana.quotes().edit(quote.id(), 1, QuoteChange.none().withVerdict(Verdict.MISQUOTED).withNote("Cut short.")
                .withEvents(List.of()));

        Quote same = ben.quotes().edit(quote.id(), seenByBen.revision().number(), QuoteChange.none().withVerdict(Verdict.MISQUOTED)
                .withNote("Cut short.").withEvents(List.of()));
        assertThat(same).as("the quote as ana left it, her revision and all").isEqualTo(ana.quotes().get(quote.id()));
        assertThat(same.revision()).isEqualTo(anas.revision());
        assertThat(same.updatedAt()).isEqualTo(anas.updatedAt());

        // Anything more than what she did, on what he read, is still refused and stores nothing.
        assertThatThrownBy(() -> ben.quotes().edit(quote.id(), seenByBen.revision().number(),
                QuoteChange.none().withVerdict(Verdict.MISQUOTED).withKind(QuoteKind.PARTIAL))).isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> ben.quotes().edit(quote.id(), seenByBen.revision().number(),
                QuoteChange.none().withNote("Cut short, and out of context."))).isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> ben.quotes().edit(quote.id(), seenByBen.revision().number(),
                QuoteChange.none().withVerdict(Verdict.MISQUOTED).withAnnotator("ben"))).as("her name as annotator is hers")
                .isInstanceOf(EditConflict.class);
        assertThat(ana.quotes().get(quote.id())).isEqualTo(anas);
    }

    @Test
    void aDeleteOfAQuoteSomeoneChangedSinceIsRefused() {
        ana.quotes().edit(quote.id(), 1, QuoteChange.none().withStatus(QuoteStatus.REJECTED));
        assertThatThrownBy(() -> ben.quotes().delete(quote.id(), 1)).isInstanceOf(EditConflict.class)
                .hasMessageContaining("its status");
        assertThat(ana.quotes().find(quote.id())).isPresent();
        ben.quotes().delete(quote.id(), 2);
        assertThat(ana.quotes().find(quote.id())).isEmpty();
    }

    @Test
    void anEditThatChangesNothingKeepsTheRevisionSoNobodyIsRefusedForIt() {
        ana.quotes().edit(quote.id(), 1, QuoteChange.none().withVerdict(Verdict.MISQUOTED));
        Quote same = ben.quotes().edit(quote.id(), 2, QuoteChange.none().withVerdict(Verdict.MISQUOTED));
        assertThat(same.revision().number()).isEqualTo(2);
        assertThat(ana.quotes().edit(quote.id(), 2, QuoteChange.none().withNote("Checked.")).revision().number()).isEqualTo(3);
    }

    @Test
    void anEditWithoutARevisionStillGoesThroughAndCounts() {
        ana.quotes().edit(quote.id(), 1, QuoteChange.none().withKind(QuoteKind.PARTIAL));
        Quote changed = ben.quotes().edit(quote.id(), QuoteChange.none().withKind(QuoteKind.INDIRECT));
        assertThat(changed.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(changed.revision().number()).isEqualTo(3);
    }

    @Test
    void puttingAQuoteBackCountsAsAChangeToo() {
        Quote changed = ana.quotes().edit(quote.id(), 1, QuoteChange.none().withVerdict(Verdict.FABRICATED));
        Quote back = ana.quotes().restore(quote);
        assertThat(back.verdict()).isEqualTo(Verdict.UNCHECKED);
        assertThat(back.revision().number()).isEqualTo(changed.revision().number() + 1);
        assertThat(back.revision().what()).containsExactly("verdict");
        assertThatThrownBy(() -> ben.quotes().edit(quote.id(), changed.revision().number(), QuoteChange.none().withNote("x")))
                .isInstanceOf(EditConflict.class);
    }

    @Test
    void aSpeakerChangedSinceItWasReadIsNotOverwritten() {
        Speaker seen = ana.speakers().findOrCreate("Renée Okafor");
        Speaker seenByBen = ben.speakers().get(seen.id());
        ana.speakers().update(seen, new SpeakerDraft("Renée Okafor", seen.kind(), Optional.of("Mayor"), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of()));
        assertThatThrownBy(() -> ben.speakers().update(seenByBen, new SpeakerDraft("R. Okafor", seen.kind(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of())))
                .isInstanceOf(EditConflict.class).hasMessageContaining("Renée Okafor").hasMessageContaining("changed its role");
        assertThat(ana.speakers().get(seen.id()).name()).isEqualTo("Renée Okafor");
        assertThat(ana.speakers().get(seen.id()).role()).contains("Mayor");
    }

    @Test
    void anEventChangedSinceItWasReadIsNotOverwritten() {
        Event seen = ana.events().findOrCreate("Bridge vote");
        ana.events().update(seen, new EventDraft("Bridge vote", Optional.of("2026-05-01"), Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertThatThrownBy(() -> ben.events().update(seen, new EventDraft("Bridge ballot", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()))).isInstanceOf(EditConflict.class).hasMessageContaining("changed its start");
        assertThat(ana.events().get(seen.id()).name()).isEqualTo("Bridge vote");
    }

    @Test
    void anArticlesDetailsChangedSinceTheyWereReadAreNotOverwritten() {
        ArticleInfo seen = ana.articles().list().get(0);
        ArticleMetadata was = seen.metadata();
        ana.articles().editMetadata(seen, new ArticleMetadata(Optional.of("Bridge opens"), Optional.of("The Ledger"),
                was.author(), was.url(), was.publishedOn(), was.language()));
        assertThatThrownBy(() -> ben.articles().editMetadata(seen, new ArticleMetadata(Optional.of("Bridge"),
                Optional.of("The Courier"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOf(EditConflict.class).hasMessageContaining("changed its title and outlet");
        assertThat(ana.articles().list().get(0).metadata().outlet()).contains("The Ledger");
    }
}
