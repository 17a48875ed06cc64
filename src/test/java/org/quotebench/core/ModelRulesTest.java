package org.quotebench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelRulesTest {
    @Test
    void wikidataIdsAreQFollowedByDigits() {
        assertThat(new WikidataId(" Q42 ").value()).isEqualTo("Q42");
        assertThatThrownBy(() -> new WikidataId("42")).isInstanceOf(QuotebenchException.class).hasMessageContaining("Q42");
        assertThatThrownBy(() -> new WikidataId("Q")).isInstanceOf(QuotebenchException.class);
        assertThatThrownBy(() -> new WikidataId("q42x")).isInstanceOf(QuotebenchException.class);
    }

    @Test
    void codesParseLeniently() {
        assertThat(Verdict.parse("Out of context")).isEqualTo(Verdict.OUT_OF_CONTEXT);
        assertThat(Verdict.parse("out_of_context")).isEqualTo(Verdict.OUT_OF_CONTEXT);
        assertThat(QuoteKind.parse("INDIRECT")).isEqualTo(QuoteKind.INDIRECT);
        assertThatThrownBy(() -> QuoteStatus.parse("maybe")).hasMessageContaining("suggested, accepted, rejected");
    }

    @Test
    void eventsCannotEndBeforeTheyStart() {
        assertThatThrownBy(() -> new EventDraft("Vote", Optional.of("2026-03-02"), Optional.of("2026-03-01"),
                Optional.empty(), Optional.empty())).hasMessageContaining("ends");
        assertThatThrownBy(() -> new EventDraft("Vote", Optional.of("March 2"), Optional.empty(), Optional.empty(),
                Optional.empty())).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> EventDraft.named("  ")).hasMessageContaining("needs a name");
    }

    @Test
    void metadataDropsBlankValues() {
        ArticleMetadata meta = ArticleMetadata.NONE.withTitle("  ");
        assertThat(meta.title()).isEmpty();
        assertThat(meta.withTitle(" A title ").title()).contains("A title");
    }
}
