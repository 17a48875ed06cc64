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

class QuotesTest {
    // An emoji and a combining accent before the quote; the quote ends at the end of the text.
    static final String TEXT = "👩🏽‍⚕️ Rene\u0301e Okafor said: «The bridge opens in May.»";

    @TempDir
    Path dir;
    Workspace workspace;
    long articleId;

    /** The workspace the tests run on: a file here, a library on a PostgreSQL server in {@code QuotesOnServerTest}. */
    Workspace openWorkspace() {
        return Workspace.open(dir.resolve("news.qb"));
    }

    @BeforeEach
    void open() {
        workspace = openWorkspace();
        articleId = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Bridge", TEXT))).article().id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private QuoteDraft draft(Span span, Optional<String> expected) {
        int nameStart = TEXT.indexOf("Rene");
        return new QuoteDraft(articleId, span, QuoteKind.DIRECT, QuoteStatus.ACCEPTED, Verdict.UNCHECKED, Optional.empty(),
                Optional.of(workspace.speakers().findOrCreate("Renée Okafor").id()),
                Optional.of(new Span(nameStart, TEXT.indexOf(" said"))),
                Optional.of(new Span(TEXT.indexOf("said"), TEXT.indexOf("said") + 4)), List.of(), Optional.of("ana"), expected);
    }

    @Test
    void aQuoteAfterEmojiAndAccentKeepsItsExactText() {
        Span span = new Span(TEXT.indexOf('«'), TEXT.length());
        Quote quote = workspace.quotes().add(draft(span, Optional.of("«The bridge opens in May.»")));
        assertThat(quote.exact()).isEqualTo("«The bridge opens in May.»");
        assertThat(quote.span()).isEqualTo(span);
        assertThat(quote.speaker()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Renée Okafor"));
        assertThat(TEXT.substring(quote.mention().orElseThrow().start(), quote.mention().get().end()))
                .isEqualTo("Rene\u0301e Okafor");
        assertThat(workspace.quotes().get(quote.id())).isEqualTo(quote);
    }

    @Test
    void aQuoteWhoseTextDoesNotMatchIsRefusedAndNothingIsStored() {
        Span span = new Span(TEXT.indexOf('«'), TEXT.length());
        assertThatThrownBy(() -> workspace.quotes().add(draft(span, Optional.of("«The bridge opens in June.»"))))
                .isInstanceOf(QuotebenchException.class).hasMessageContaining("does not match");
        assertThat(workspace.quotes().list(QuoteFilter.all())).isEmpty();
    }

    @Test
    void spansOutsideTheTextOrInsideAnEmojiAreRefused() {
        assertThatThrownBy(() -> workspace.quotes().add(draft(new Span(1, 5), Optional.empty())))
                .hasMessageContaining("inside a character");
        assertThatThrownBy(() -> workspace.quotes().add(draft(new Span(10, TEXT.length() + 1), Optional.empty())))
                .hasMessageContaining("past the end");
        assertThat(workspace.quotes().list(QuoteFilter.all())).isEmpty();
    }

    @Test
    void editingChangesOnlyWhatIsGivenAndChecksAgain() {
        Quote quote = workspace.quotes().add(draft(new Span(TEXT.indexOf('«'), TEXT.length()), Optional.empty()));
        QuoteChange accept = new QuoteChange(Optional.empty(), Optional.of(QuoteKind.PARTIAL), Optional.of(QuoteStatus.REJECTED),
                Optional.of(Verdict.MISQUOTED), Optional.of("check the tape"), Optional.empty(), false, Optional.empty(), false,
                Optional.empty(), true, Optional.of(List.of(workspace.events().findOrCreate("Bridge opening").id())),
                Optional.empty());
        Quote edited = workspace.quotes().edit(quote.id(), accept);
        assertThat(edited.status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(edited.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(edited.verdict()).isEqualTo(Verdict.MISQUOTED);
        assertThat(edited.note()).contains("check the tape");
        assertThat(edited.cue()).isEmpty();
        assertThat(edited.mention()).isEqualTo(quote.mention());
        assertThat(edited.speaker()).isEqualTo(quote.speaker());
        assertThat(edited.events()).extracting(e -> e.name()).containsExactly("Bridge opening");
        QuoteChange badMove = new QuoteChange(Optional.of(new Span(0, TEXT.length() + 3)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), false, Optional.empty(), false,
                Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> workspace.quotes().edit(quote.id(), badMove)).hasMessageContaining("past the end");
        assertThat(workspace.quotes().get(quote.id())).isEqualTo(edited);
    }

    @Test
    void listingFiltersAndDeletingRemoves() {
        Quote quote = workspace.quotes().add(draft(new Span(TEXT.indexOf('«'), TEXT.length()), Optional.empty()));
        long speakerId = quote.speaker().orElseThrow().id();
        assertThat(workspace.quotes().list(new QuoteFilter(Optional.empty(), Optional.of(speakerId), Optional.empty(),
                Optional.of(QuoteStatus.ACCEPTED)))).containsExactly(quote);
        assertThat(workspace.quotes().list(new QuoteFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(QuoteStatus.SUGGESTED)))).isEmpty();
        assertThat(workspace.articles().list().get(0).quoteCount()).isEqualTo(1);
        assertThat(workspace.quotes().delete(quote.id())).isEqualTo(quote.id());
        assertThatThrownBy(() -> workspace.quotes().get(quote.id())).hasMessageContaining("No quote with id");
    }

    @Test
    void mergingSpeakersMovesQuotesAndNames() {
        Quote quote = workspace.quotes().add(draft(new Span(TEXT.indexOf('«'), TEXT.length()), Optional.empty()));
        var okafor = quote.speaker().orElseThrow();
        var duplicate = workspace.speakers().findOrCreate("R. Okafor");
        workspace.speakers().addAlias(duplicate.id(), "Dr Okafor");
        workspace.quotes().edit(quote.id(), new QuoteChange(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(duplicate.id()), false, Optional.empty(), false,
                Optional.empty(), false, Optional.empty(), Optional.empty()));
        var merged = workspace.speakers().merge(okafor.id(), duplicate.id());
        assertThat(merged.aliases()).containsExactly("R. Okafor", "Dr Okafor");
        assertThat(workspace.quotes().get(quote.id()).speaker()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(okafor.id()));
        assertThat(workspace.speakers().findByName("dr okafor")).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(okafor.id()));
        assertThat(workspace.speakers().list()).hasSize(1);
        assertThatThrownBy(() -> workspace.speakers().merge(okafor.id(), okafor.id())).hasMessageContaining("itself");
    }

    @Test
    void aliasesCannotNameTwoSpeakers() {
        var one = workspace.speakers().findOrCreate("Renée Okafor");
        var two = workspace.speakers().findOrCreate("Tom Hale");
        assertThatThrownBy(() -> workspace.speakers().addAlias(two.id(), "renée okafor")).hasMessageContaining("merge");
        assertThat(workspace.speakers().addAlias(one.id(), "Okafor").aliases()).containsExactly("Okafor");
    }
}
