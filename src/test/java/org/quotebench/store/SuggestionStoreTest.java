package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Suggestion;

class SuggestionStoreTest {
    static final String TEXT = "“We will finish the bridge,” Mayor Renée Okafor said. Tom Hale called it “a fantasy”.";

    @TempDir
    Path dir;

    private static Suggestion suggestion(String quoted, String speaker, String mention) {
        int start = TEXT.indexOf(quoted);
        int at = TEXT.indexOf(mention);
        return new Suggestion(new Span(start, start + quoted.length()), quoted, QuoteKind.DIRECT, Optional.of(speaker),
                Optional.of(new Span(at, at + mention.length())), Optional.empty(), 0.9, Optional.empty());
    }

    @Test
    void suggestionsAreStoredAsSuggestedWithMatchedOrNewSpeakers() {
        try (Workspace workspace = Workspace.open(dir.resolve("s.qb"))) {
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Bridge", TEXT))).article().id();
            long okafor = workspace.speakers().findOrCreate("R. Okafor").id();
            workspace.speakers().addAlias(okafor, "Renée Okafor");
            SuggestionStore.Stored stored = workspace.suggestions().store(id, List.of(
                    suggestion("“We will finish the bridge,”", "Renée Okafor", "Renée Okafor"),
                    suggestion("“a fantasy”", "Tom Hale", "Tom Hale")), Optional.of("quote finder"));
            assertThat(stored.added()).hasSize(2).allSatisfy(q -> assertThat(q.status()).isEqualTo(QuoteStatus.SUGGESTED));
            assertThat(stored.added().get(0).speaker().orElseThrow().id()).isEqualTo(okafor);
            assertThat(stored.added().get(1).speaker().orElseThrow().name()).isEqualTo("Tom Hale");
            assertThat(stored.added().get(0).annotator()).contains("quote finder");
        }
    }

    @Test
    void aNewSpeakerTakesTheKindAndRoleTheFinderSaw() {
        try (Workspace workspace = Workspace.open(dir.resolve("s.qb"))) {
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Bridge", TEXT))).article().id();
            long hale = workspace.speakers().findOrCreate("Tom Hale").id();
            String quoted = "“We will finish the bridge,”";
            Suggestion council = new Suggestion(new Span(0, quoted.length()), quoted, QuoteKind.DIRECT, Optional.of("Harbour Council"),
                    Optional.empty(), Optional.empty(), 0.9, Optional.of("the city's council"), Optional.of(SpeakerKind.ORGANISATION));
            int start = TEXT.indexOf("“a fantasy”");
            Suggestion known = new Suggestion(new Span(start, start + 11), "“a fantasy”", QuoteKind.PARTIAL, Optional.of("Tom Hale"),
                    Optional.empty(), Optional.empty(), 0.9, Optional.of("reporter"), Optional.of(SpeakerKind.UNNAMED));
            workspace.suggestions().store(id, List.of(council, known), Optional.empty());
            Speaker stored = workspace.speakers().findByName("Harbour Council").orElseThrow();
            assertThat(stored.kind()).isEqualTo(SpeakerKind.ORGANISATION);
            assertThat(stored.role()).contains("the city's council");
            // A speaker that exists is used as it is.
            assertThat(workspace.speakers().get(hale).kind()).isEqualTo(SpeakerKind.PERSON);
            assertThat(workspace.speakers().get(hale).role()).isEmpty();
        }
    }

    @Test
    void aBareSurnameFindsTheOnePersonOfTheLibraryWithIt() {
        try (Workspace workspace = Workspace.open(dir.resolve("s.qb"))) {
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Bridge", TEXT))).article().id();
            long okafor = workspace.speakers().findOrCreate("Renée Okafor").id();
            workspace.speakers().findOrCreate("Tom Hale");
            workspace.speakers().findOrCreate("Ada Hale");
            List<Quote> added = workspace.suggestions().store(id, List.of(suggestion("“We will finish the bridge,”", "okafor", "Okafor"),
                    suggestion("“a fantasy”", "Hale", "Tom Hale")), Optional.empty()).added();
            assertThat(added.get(0).speaker().orElseThrow().id()).isEqualTo(okafor);
            // Two Hales: no guess; the surname becomes a speaker of its own, for the user to merge.
            assertThat(added.get(1).speaker().orElseThrow().name()).isEqualTo("Hale");
        }
    }

    @Test
    void rejectedAndExistingSpansAreNotProposedAgain() {
        try (Workspace workspace = Workspace.open(dir.resolve("s.qb"))) {
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Bridge", TEXT))).article().id();
            Suggestion first = suggestion("“We will finish the bridge,”", "Renée Okafor", "Renée Okafor");
            long quoteId = workspace.suggestions().store(id, List.of(first), Optional.empty()).added().get(0).id();
            workspace.quotes().edit(quoteId, QuoteChange.none().withStatus(QuoteStatus.REJECTED));
            SuggestionStore.Stored again = workspace.suggestions().store(id, List.of(first,
                    suggestion("“a fantasy”", "Tom Hale", "Tom Hale")), Optional.empty());
            assertThat(again.added()).extracting(q -> q.exact()).containsExactly("“a fantasy”");
            assertThat(again.skipped()).isEqualTo(1);
            assertThat(workspace.quotes().get(quoteId).status()).isEqualTo(QuoteStatus.REJECTED);
        }
    }

    @Test
    void aSuggestionOutsideTheTextStoresNothingOfTheBatch() {
        try (Workspace workspace = Workspace.open(dir.resolve("s.qb"))) {
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Bridge", TEXT))).article().id();
            Suggestion bad = new Suggestion(new Span(0, TEXT.length() + 5), "x", QuoteKind.DIRECT, Optional.of("Nobody"),
                    Optional.empty(), Optional.empty(), 0.5, Optional.empty());
            assertThatThrownBy(() -> workspace.suggestions().store(id, List.of(
                    suggestion("“a fantasy”", "Tom Hale", "Tom Hale"), bad), Optional.empty())).hasMessageContaining("past the end");
            assertThat(workspace.quotes().ofArticle(id)).isEmpty();
            assertThat(workspace.speakers().list()).isEmpty();
        }
    }

    /** Issue 21: one speaker across articles whatever the case, accents or spacing of the finder's spelling. */
    @Test
    void namesMatchWhateverTheirCaseAccentsAndSpacing() {
        try (Workspace workspace = Workspace.open(dir.resolve("s.qb"))) {
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Bridge", TEXT))).article().id();
            long okafor = workspace.speakers().findOrCreate("Renée Okafor").id();
            long peskov = workspace.speakers().findOrCreate("Dmitry Peskov").id();
            List<Quote> added = workspace.suggestions().store(id, List.of(
                    suggestion("“We will finish the bridge,”", "RENEE  OKAFOR", "Renée Okafor"),
                    suggestion("“a fantasy”", "Pe\u0161kov", "Tom Hale")), Optional.empty()).added();
            assertThat(added.get(0).speaker().orElseThrow().id()).isEqualTo(okafor);
            assertThat(added.get(1).speaker().orElseThrow().id()).as("a bare surname, the one person with it").isEqualTo(peskov);
            assertThat(workspace.speakers().list()).hasSize(2);
        }
    }

    /** Issue 21: a quote the user marked with its quotation marks (or without) is not proposed again by the finder. */
    @Test
    void aSuggestionOverlappingAMarkedQuoteIsNotProposed() {
        try (Workspace workspace = Workspace.open(dir.resolve("s.qb"))) {
            long id = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Bridge", TEXT))).article().id();
            String words = "We will finish the bridge,"; // marked without its quotation marks
            int start = TEXT.indexOf(words);
            workspace.quotes().add(new org.quotebench.core.QuoteDraft(id, new Span(start, start + words.length()), QuoteKind.DIRECT,
                    QuoteStatus.ACCEPTED, org.quotebench.core.Verdict.UNCHECKED, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
            SuggestionStore.Stored stored = workspace.suggestions().store(id, List.of(
                    suggestion("“We will finish the bridge,”", "Renée Okafor", "Renée Okafor"), // with its marks
                    suggestion("“a fantasy”", "Tom Hale", "Tom Hale")), Optional.empty());
            assertThat(stored.added()).extracting(Quote::exact).containsExactly("“a fantasy”");
            assertThat(stored.skipped()).isEqualTo(1);
        }
    }
}
