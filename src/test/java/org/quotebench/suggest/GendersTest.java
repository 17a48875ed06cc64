package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Suggestion;

class GendersTest {
    private final QuoteFinder finder = new QuoteFinder();

    @Test
    void pronounsTitlesRolesAndFirstNames() {
        assertThat(Genders.ofPronoun("She’s")).isEqualTo(Genders.FEMALE);
        assertThat(Genders.ofPronoun("he")).isEqualTo(Genders.MALE);
        assertThat(Genders.ofPronoun("sie")).isEqualTo(Genders.UNKNOWN);
        assertThat(Genders.ofWord("Mrs.")).isEqualTo(Genders.FEMALE);
        assertThat(Genders.ofRole("Kremlin spokeswoman")).isEqualTo(Genders.FEMALE);
        assertThat(Genders.ofName("Elena Vasquez")).isEqualTo(Genders.FEMALE);
        assertThat(Genders.ofName("Oren Talley")).isEqualTo(Genders.UNKNOWN);
        assertThat(Genders.compatible(Genders.FEMALE, Genders.UNKNOWN)).isTrue();
        assertThat(Genders.compatible(Genders.FEMALE, Genders.MALE)).isFalse();
    }

    @Test
    void sheSkipsTheManQuotedLastForTheWomanBeforeHim() {
        String text = "Prime Minister Elena Vasquez opened the debate.\n\n“We will cut the deficit,” Vasquez said.\n\n"
                + "Opposition leader Mark Heller called it a fantasy. “Nobody believes that,” Heller said.\n\n"
                + "“The figures are public,” she said.";
        List<Suggestion> found = finder.find(text);
        assertThat(found).extracting(s -> s.speaker().orElse("-"))
                .containsExactly("Elena Vasquez", "Mark Heller", "Elena Vasquez");
    }

    @Test
    void aTitleBeforeTheNameGivesTheGender() {
        String text = "Mrs. Dale Porter chairs the board. “We are listening,” Porter said.\n\n"
                + "Treasurer Mark Gale disagreed. “We are broke,” Gale said.\n\n“The board will decide,” she said.";
        List<Suggestion> found = finder.find(text);
        assertThat(found.get(2).speaker()).contains("Dale Porter");
    }

    @Test
    void aPersonOfUnknownGenderMayStillBeMeant() {
        String text = "Mayor Ilse Brandt spoke first. “We are ready,” Brandt said.\n\n"
                + "Ayo Okafor disagreed. “The bridge is old,” she said.";
        assertThat(finder.find(text).get(1).speaker()).contains("Ayo Okafor");
    }

    @Test
    void heStillMeansTheLastManWhenNoGenderIsKnown() {
        String text = "“We are ready,” said Oren Talley. “The team is fit,” he said.";
        assertThat(finder.find(text)).extracting(s -> s.speaker().orElse("-")).containsExactly("Oren Talley", "Oren Talley");
    }

    @Test
    void misterAndMissusPickTheMatchingFullName() {
        String text = "Per Lund founded the firm. His wife, Ana Lund, runs it now.\n\n"
                + "“We never planned this,” Mr. Lund said. “It just grew,” Mrs. Lund added.";
        assertThat(finder.find(text)).extracting(s -> s.speaker().orElse("-")).containsExactly("Per Lund", "Ana Lund");
    }
}
