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
import org.quotebench.core.EventDraft;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.core.WikidataId;

/** Editing, deleting and restoring speakers; editing events and unlinking articles. */
class SpeakersAndEventsTest {
    static final String TEXT = "«The tide gates close tonight,» said port director Ines Varga. "
            + "«We are ready,» the port authority said.";

    @TempDir
    Path dir;
    Workspace workspace;
    long articleId;

    /** The workspace the tests run on: a file here, a library on a PostgreSQL server in {@code SpeakersAndEventsOnServerTest}. */
    Workspace openWorkspace() {
        return Workspace.open(dir.resolve("news.qb"));
    }

    @BeforeEach
    void open() {
        workspace = openWorkspace();
        articleId = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Tide gates", TEXT))).article().id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Quote quoteBy(String words, Speaker speaker) {
        return workspace.quotes().add(new QuoteDraft(articleId, QuoteLoadingTest.span(TEXT, words), QuoteKind.DIRECT,
                QuoteStatus.ACCEPTED, Verdict.UNCHECKED, Optional.empty(), Optional.of(speaker.id()), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
    }

    @Test
    void anEditChangesEveryFieldAndReplacesTheAliases() {
        Speaker varga = workspace.speakers().add(new SpeakerDraft("Ines Varga", SpeakerKind.PERSON, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("Varga", "I. Varga")));
        Speaker changed = workspace.speakers().update(varga.id(), new SpeakerDraft("Inès Varga", SpeakerKind.PERSON,
                Optional.of("port director"), Optional.of("Port of Kestrel"), Optional.empty(), Optional.of(new WikidataId("Q123")),
                List.of("Varga", "the director")));
        assertThat(changed.name()).isEqualTo("Inès Varga");
        assertThat(changed.role()).contains("port director");
        assertThat(changed.wikidata()).contains(new WikidataId("Q123"));
        assertThat(changed.aliases()).containsExactly("Varga", "the director");
        assertThat(workspace.speakers().findByName("I. Varga")).isEmpty();
        assertThat(workspace.speakers().findByName("the director")).map(Speaker::id).contains(varga.id());
    }

    /** SQLite's NOCASE folds ASCII only: "песков" typed in the inspector made a second Peskov, "ünal" a second Ünal. */
    @Test
    void aNameIsFoundWhateverItsCaseOrAccentsInAnyScript() {
        Speaker peskov = workspace.speakers().findOrCreate("Дмитрий Песков");
        Speaker unal = workspace.speakers().add(new SpeakerDraft("Ayşe Ünal", SpeakerKind.PERSON, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("Ünal")));
        assertThat(workspace.speakers().findByName("дмитрий песков")).map(Speaker::id).contains(peskov.id());
        assertThat(workspace.speakers().findByName("ünal")).map(Speaker::id).contains(unal.id());
        assertThat(workspace.speakers().findByName("AYŞE  ÜNAL")).map(Speaker::id).contains(unal.id());
        assertThat(workspace.speakers().findByName("Ayse Unal")).map(Speaker::id).contains(unal.id()); // as the finder matches
        assertThat(workspace.speakers().findOrCreate("ДМИТРИЙ ПЕСКОВ").id()).isEqualTo(peskov.id());
        assertThat(workspace.speakers().findByName("Ayşe Ünalova")).isEmpty();
        assertThat(workspace.speakers().list()).hasSize(2);
    }

    @Test
    void anEventIsFoundWhateverItsCaseInAnyScript() {
        var vote = workspace.events().findOrCreate("Выборы в Думу");
        assertThat(workspace.events().findByName("выборы в думу")).map(org.quotebench.core.Event::id).contains(vote.id());
        assertThat(workspace.events().findOrCreate("ВЫБОРЫ В ДУМУ").id()).isEqualTo(vote.id());
        assertThat(workspace.events().list()).hasSize(1);
    }

    @Test
    void anEditCannotTakeAnotherSpeakersNameOrAlias() {
        Speaker varga = workspace.speakers().findOrCreate("Ines Varga");
        Speaker port = workspace.speakers().findOrCreate("Port authority");
        workspace.speakers().addAlias(port.id(), "the port");
        assertThatThrownBy(() -> workspace.speakers().update(varga.id(), SpeakerDraft.named("port authority")))
                .isInstanceOf(QuotebenchException.class).hasMessageContaining("merge the two speakers");
        assertThatThrownBy(() -> workspace.speakers().update(varga.id(), new SpeakerDraft("Ines Varga", SpeakerKind.PERSON,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of("The Port"))))
                .isInstanceOf(QuotebenchException.class).hasMessageContaining("already names speaker " + port.id());
        assertThat(workspace.speakers().get(varga.id()).name()).isEqualTo("Ines Varga");
    }

    @Test
    void deletingASpeakerLeavesItsQuotesWithoutOne() {
        Speaker varga = workspace.speakers().findOrCreate("Ines Varga");
        Quote quote = quoteBy("«The tide gates close tonight,»", varga);
        assertThat(workspace.speakers().quoteCounts()).containsEntry(varga.id(), 1);
        assertThat(workspace.speakers().delete(varga.id())).isEqualTo(1);
        assertThat(workspace.quotes().get(quote.id()).speaker()).isEmpty();
        assertThat(workspace.quotes().get(quote.id()).exact()).isEqualTo("«The tide gates close tonight,»");
        assertThat(workspace.speakers().list()).isEmpty();
    }

    @Test
    void aMergeIsUndoneByRestoringBothSpeakersAndTheQuotes() {
        Speaker varga = workspace.speakers().add(new SpeakerDraft("Ines Varga", SpeakerKind.PERSON, Optional.of("port director"),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("Varga")));
        Speaker other = workspace.speakers().add(new SpeakerDraft("I. Varga", SpeakerKind.PERSON, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("the director")));
        Quote before = quoteBy("«We are ready,»", other);
        workspace.speakers().merge(varga.id(), other.id());
        assertThat(workspace.quotes().get(before.id()).speaker()).map(Speaker::id).contains(varga.id());

        workspace.change("Undoing merge", () -> {
            workspace.speakers().restore(varga);
            workspace.speakers().restore(other);
            return workspace.quotes().restore(before);
        });
        assertThat(workspace.speakers().get(varga.id())).isEqualTo(varga);
        Speaker back = workspace.speakers().get(other.id());
        assertThat(back.uuid()).isEqualTo(other.uuid());
        assertThat(back.aliases()).containsExactly("the director");
        assertThat(workspace.quotes().get(before.id()).speaker()).map(Speaker::id).contains(other.id());
    }

    @Test
    void aSpeakerIsNotRestoredOverAnotherWithItsIdOrName() {
        Speaker varga = workspace.speakers().findOrCreate("Ines Varga");
        workspace.speakers().delete(varga.id());
        Speaker newcomer = workspace.speakers().findOrCreate("Ines Varga");
        assertThatThrownBy(() -> workspace.speakers().restore(varga)).isInstanceOf(QuotebenchException.class)
                .hasMessageContaining("Cannot restore speaker 'Ines Varga'");
        assertThat(workspace.speakers().list()).containsExactly(newcomer);
    }

    @Test
    void aRestoreThatWouldGiveTwoSpeakersOneNameIsRefused() {
        Speaker bob = workspace.speakers().findOrCreate("Bob Marsh");
        Speaker was = workspace.speakers().addAlias(bob.id(), "Bob");
        workspace.speakers().update(bob.id(), SpeakerDraft.named("Robert Marsh"));
        Speaker other = workspace.speakers().findOrCreate("Bob");
        assertThatThrownBy(() -> workspace.speakers().restore(was)).isInstanceOf(QuotebenchException.class)
                .hasMessageContaining("'Bob' now names speaker " + other.id());
        assertThat(workspace.speakers().list()).extracting(Speaker::name).containsExactlyInAnyOrder("Bob", "Robert Marsh");
    }

    @Test
    void aQuoteIsNotRestoredOntoASpeakerThatTookAnotherSpeakersId() {
        org.junit.jupiter.api.Assumptions.assumeTrue(workspace.localFile().isPresent(),
                "only SQLite hands a deleted id out again; PostgreSQL never does");
        Speaker varga = workspace.speakers().findOrCreate("Ines Varga");
        Quote quote = quoteBy("«The tide gates close tonight,»", varga);
        workspace.speakers().delete(varga.id());
        Speaker newcomer = workspace.speakers().findOrCreate("Tom Hale");
        assertThat(newcomer.id()).isEqualTo(varga.id()); // SQLite gives the highest free id again
        assertThatThrownBy(() -> workspace.quotes().restore(quote)).isInstanceOf(QuotebenchException.class)
                .hasMessageContaining("its id now belongs to 'Tom Hale'");
        assertThat(workspace.quotes().get(quote.id()).speaker()).isEmpty();
    }

    @Test
    void eventsCanBeRenamedRedatedAndUnlinked() {
        var tide = workspace.events().add(EventDraft.named("Tide gates"));
        workspace.events().add(EventDraft.named("Storm"));
        workspace.events().link(tide.id(), articleId);
        assertThat(workspace.events().articleIds(tide.id())).containsExactly(articleId);
        var changed = workspace.events().update(tide.id(), new EventDraft("Tide gates closed", Optional.of("2026-11-02"),
                Optional.of("2026-11-03"), Optional.of("Kestrel Bay"), Optional.of("The gates closed for the storm.")));
        assertThat(changed.name()).isEqualTo("Tide gates closed");
        assertThat(changed.place()).contains("Kestrel Bay");
        assertThatThrownBy(() -> workspace.events().update(tide.id(), EventDraft.named("storm")))
                .isInstanceOf(QuotebenchException.class).hasMessageContaining("already exists");
        workspace.events().unlink(tide.id(), articleId);
        assertThat(workspace.events().articleIds(tide.id())).isEmpty();
        assertThat(workspace.events().ofArticle(articleId)).isEmpty();
    }
}
