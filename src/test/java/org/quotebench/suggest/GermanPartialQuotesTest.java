package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Suggestion;

/**
 * Issue 24: German news reports short quoted words as someone's by naming them, speaking of them or in
 * the subjunctive; such a phrase is a partial quote, while one nobody is reported as saying stays a
 * scare quote. Fictional sentences in the style of agency reports, with an emoji and a combining accent first.
 */
class GermanPartialQuotesTest {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quotes(String text) {
        return finder.find(text).stream().map(s -> text.substring(s.span().start(), s.span().end())).toList();
    }

    @Test
    void aPhraseSomeoneIsReportedAsSayingIsAPartialQuote() {
        String prefix = "👍🏽 Cafe\u0301 am Hafen\n\n";
        assertThat(quotes(prefix + "Der Hafenmeister wies die Vorwürfe zurück und nannte sie „pure Stimmungsmache“.\n"))
                .containsExactly("pure Stimmungsmache");
        assertThat(quotes(prefix + "Die Ministerin bezeichnete die neuen Regeln als „vernünftig“.\n")).containsExactly("vernünftig");
        assertThat(quotes(prefix + "Bürgermeisterin Ines Varga spricht von einer „großartigen Beteiligung“ und dankt den Helfern.\n"))
                .containsExactly("großartigen Beteiligung");
        assertThat(quotes(prefix + "Die Zukunft der Fähre stehe „auf der Kippe“.\n")).containsExactly("auf der Kippe");
        Suggestion named = finder.find(prefix + "Die Ministerin bezeichnete die neuen Regeln als „vernünftig“.\n").get(0);
        assertThat(named.kind()).isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void aQuotedWordNobodyIsReportedAsSayingIsStillAScareQuote() {
        assertThat(quotes("Das sogenannte „Hafenfest“ fand am Samstag bei Regen statt.\n")).isEmpty();
        assertThat(quotes("The so-called “harbour festival” took place on Saturday.\n")).isEmpty();
    }

    @Test
    void namesOfOutletsBodiesWorksAndMottosInQuotationMarksAreNotQuotes() {
        assertThat(quotes("Der Kritiker schrieb in der Tageszeitung „Neues Hafenblatt“ über die Ausstellung.\n")).isEmpty();
        assertThat(quotes("Die Firma wirbt auf ihrer Seite (Motto: „Wir bauen für morgen“) um neue Kunden.\n")).isEmpty();
        assertThat(quotes("Soldaten hätten laut „Nordwind Nachrichten“ Warnschüsse abgegeben.\n")).isEmpty();
        assertThat(quotes("Sie sagte im Gespräch mit der „Harbour Times“, der Plan sei gut.\n")).isEmpty();
        assertThat(quotes("Ines Varga, Sprecherin der Umweltgruppe „Grünes Ufer“, widersprach.\n")).isEmpty();
        // a reply in English keeps its quote, and so do words introduced after a noun and a colon
        assertThat(quotes("Okafor replied “not yet”, and left.\n")).containsExactly("not yet");
        assertThat(quotes("Spielberg said of the film: “It changed my life”.\n")).containsExactly("It changed my life");
        assertThat(quotes("Am Montag erklärte der Verband: „Wir streiken“, und die Gespräche endeten.\n")).containsExactly("Wir streiken");
    }
}
