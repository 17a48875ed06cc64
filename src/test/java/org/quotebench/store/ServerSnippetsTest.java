package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 25: a server library's search snippets, made from the text as FTS5's snippet() shapes them on a file. */
class ServerSnippetsTest {
    private static final String TEXT = "🌉 Le café\u0301 du port était fermé. The ferry crews met at dawn on the quay, and the harbour "
            + "master said the ferries would sail again on Friday if the storm passed over the bay by then.";

    @Test
    void marksMatchedWordsIgnoringCaseAndAccentsAroundTheFirstMatch() {
        String snippet = ServerSnippets.of(TEXT, ServerQuery.terms("cafe"), "<mark>", "</mark>");
        assertThat(snippet).startsWith("Le <mark>café\u0301</mark> du port").endsWith("…");
    }

    @Test
    void prefixesPhrasesAndNotAreAsTheQuerySays() {
        String snippet = ServerSnippets.of(TEXT, ServerQuery.terms("ferr* NOT storm \"harbour master\""), "<mark>", "</mark>");
        assertThat(snippet).contains("<mark>ferry</mark>").contains("<mark>harbour</mark> <mark>master</mark>")
                .doesNotContain("<mark>storm</mark>").startsWith("…");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "").replace("…", "").split("\\s+")).hasSizeLessThanOrEqualTo(17);
    }

    @Test
    void aTextWithoutTheWordGivesItsBeginning() {
        assertThat(ServerSnippets.of(TEXT, ServerQuery.terms("tram"), "<mark>", "</mark>")).startsWith("Le café").doesNotContain("<mark>");
    }
}
