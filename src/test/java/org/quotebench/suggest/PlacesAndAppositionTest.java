package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Suggestion;

/**
 * Issue 21: places and countries are not proposed as persons (a place standing for its government is
 * an organisation at most), and a person named in apposition beside the place of their role wins.
 */
class PlacesAndAppositionTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void thePersonBesideThePlaceOfTheirRoleIsTheSpeakerWithTheRole() {
        String text = "Flood defences\n\n🌊 Cafe\u0301 owners waited. “The money is there,” the governor of Lagos State, Idris Bello,"
                + " told reporters.\n\n“We will not comment,” a spokesman for the Kremlin, Dmitry Peskov, said.";
        List<Suggestion> found = finder.find(text);
        assertThat(found).extracting(s -> s.speaker().orElse("-")).containsExactly("Idris Bello", "Dmitry Peskov");
        assertThat(found.get(0).role()).contains("governor of Lagos State");
        assertThat(found).allSatisfy(s -> assertThat(s.speakerKind()).contains(SpeakerKind.PERSON));
    }

    @Test
    void aCountryOrCapitalSpeaksAsAnOrganisation() {
        String text = "Talks stall\n\nRussia said the talks were “a waste of time”.\n\n“We reject the claims,” Moscow said on Tuesday."
                + "\n\n“Nothing has changed,” said Georgia Hale, the envoy.";
        List<Suggestion> found = finder.find(text);
        assertThat(found).extracting(s -> s.speaker().orElse("-")).containsExactly("Russia", "Moscow", "Georgia Hale");
        assertThat(found).extracting(s -> s.speakerKind().orElseThrow())
                .containsExactly(SpeakerKind.ORGANISATION, SpeakerKind.ORGANISATION, SpeakerKind.PERSON);
    }

    @Test
    void placesAreKnownInTheFinderLanguagesAndShortForms() {
        assertThat(Places.isPlace("the United States")).isTrue();
        assertThat(Places.isPlace("U.S.")).isTrue();
        assertThat(Places.isPlace("Russland")).isTrue();
        assertThat(Places.isPlace("Россия")).isTrue();
        assertThat(Places.isPlace("Côte d’Ivoire") || Places.isPlace("Côte d'Ivoire")).isTrue();
        assertThat(Places.isPlace("kyiv")).isTrue();
        assertThat(Places.isPlace("Georgia Hale")).isFalse();
        assertThat(Places.isPlace("Kremlin")).isFalse();
    }
}
