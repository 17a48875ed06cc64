package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerPhrasesTest {
    private static Optional<Mention> before(String text) {
        List<Token> tokens = Tokens.of(text, 0, text.length());
        int cue = tokens.size() - 1;
        return SpeakerPhrases.before(text, tokens, cue);
    }

    private static Optional<Mention> after(String text) {
        List<Token> tokens = Tokens.of(text, 0, text.length());
        return PhrasesAfterCue.after(text, tokens, 0);
    }

    @Test
    void aTitleBeforeTheNameIsTheRole() {
        Mention m = before("Kremlin spokesman Dmitry Peskov said").orElseThrow();
        assertThat(m.name()).isEqualTo("Dmitry Peskov");
        assertThat(m.role()).contains("Kremlin spokesman");
        assertThat(m.type()).isEqualTo(SpeakerType.PERSON);
        assertThat(before("Prime Minister Elena Vasquez said").orElseThrow().role()).contains("Prime Minister");
    }

    @Test
    void theOfficeAfterATitlesOfIsPartOfTheRole() {
        Mention m = before("Harbour Secretary of State Ilse Marquardt said").orElseThrow();
        assertThat(m.name()).isEqualTo("Ilse Marquardt");
        assertThat(m.role()).contains("Harbour Secretary of State");
        Mention minister = before("Minister of Foreign Affairs Tomas Reyes said").orElseThrow();
        assertThat(minister.name()).isEqualTo("Tomas Reyes");
        assertThat(minister.role()).contains("Minister of Foreign Affairs");
        assertThat(before("Secretary of State Marquardt said").orElseThrow().name()).isEqualTo("Marquardt");
    }

    @Test
    void anAsideBetweenCommasIsTheRole() {
        Mention m = before("Dmitry Peskov, the Kremlin spokesman, said").orElseThrow();
        assertThat(m.name()).isEqualTo("Dmitry Peskov");
        assertThat(m.role()).contains("Kremlin spokesman");
        assertThat(before("Kelly Marchetti, 34, told").orElseThrow().name()).isEqualTo("Kelly Marchetti");
    }

    @Test
    void aRelativeClauseBetweenCommasIsSkippedNotTakenForTheSpeaker() {
        Mention chair = before("Ines Varga, who chairs the harbour board, said").orElseThrow();
        assertThat(chair.name()).isEqualTo("Ines Varga");
        assertThat(chair.role()).isEmpty();
        assertThat(before("Marta Kohl, who has led the union since 2019, told").orElseThrow().name()).isEqualTo("Marta Kohl");
        assertThat(before("Okafor, whose ferry company runs the night crossing, said").orElseThrow().name()).isEqualTo("Okafor");
        Mention ministry = before("The Harbour Ministry, which runs the port of Saltmere, said").orElseThrow();
        assertThat(ministry.type()).isEqualTo(SpeakerType.ORGANISATION);
        assertThat(ministry.name()).contains("Harbour Ministry");
    }

    @Test
    void auxiliariesAndBracketsAreSkipped() {
        assertThat(before("Peskov has also said").orElseThrow().name()).isEqualTo("Peskov");
        assertThat(before("Rep. Dana Holt (D-Ore.) said").orElseThrow().name()).isEqualTo("Dana Holt");
    }

    @Test
    void organisationsUnnamedSourcesAndPronouns() {
        assertThat(before("the Foreign Ministry said").orElseThrow().type()).isEqualTo(SpeakerType.ORGANISATION);
        Mention spokesperson = before("a State Department spokesperson said").orElseThrow();
        assertThat(spokesperson.name()).isEqualTo("State Department spokesperson");
        assertThat(spokesperson.type()).isEqualTo(SpeakerType.UNNAMED);
        assertThat(before("one questioner claimed").orElseThrow().name()).isEqualTo("questioner");
        assertThat(before("he said").orElseThrow().type()).isEqualTo(SpeakerType.PERSON_PRONOUN);
        assertThat(before("They said").orElseThrow().type()).isEqualTo(SpeakerType.GROUP_PRONOUN);
    }

    @Test
    void theSpeakerAfterTheCue() {
        assertThat(after("said Laura Chen, chief executive of Acme.").orElseThrow().role()).contains("chief executive of Acme");
        Mention santos = after("cautioned the chief negotiator, Maria Santos.").orElseThrow();
        assertThat(santos.name()).isEqualTo("Maria Santos");
        assertThat(santos.role()).contains("chief negotiator");
        assertThat(after("said Peskov on Tuesday").orElseThrow().name()).isEqualTo("Peskov");
    }

    @Test
    void germanCompoundTitlesAreRoles() {
        Mention m = after("sagte Finanzministerin Martina Vogel").orElseThrow();
        assertThat(m.name()).isEqualTo("Martina Vogel");
        assertThat(m.role()).contains("Finanzministerin");
    }

    @Test
    void ordinaryWordsAreNoSpeaker() {
        assertThat(before("after lunch said")).isEmpty();
        assertThat(before("quickly said")).isEmpty();
    }

    @Test
    void anAdverbAfterTheNameIsSkippedButANounInLyIsNot() {
        assertThat(before("Senator Ruiz cynically dismissed").orElseThrow().name()).isEqualTo("Ruiz");
        assertThat(before("she flatly denied").orElseThrow().type()).isEqualTo(SpeakerType.PERSON_PRONOUN);
        assertThat(before("the family said").orElseThrow().name()).isEqualTo("family");
    }

    @Test
    void aPassiveNamesItsSpeakerAfterBy() {
        String passive = "has been called a charlatan by fellow physicians for his cures";
        Mention m = PhrasesAfterCue.after(passive, Tokens.of(passive, 0, passive.length()), 2).orElseThrow();
        assertThat(m.name()).isEqualTo("fellow physicians");
        assertThat(m.type()).isEqualTo(SpeakerType.UNNAMED);
        String named = "was widely called a fraud by Mayor Lena Ortiz";
        assertThat(PhrasesAfterCue.after(named, Tokens.of(named, 0, named.length()), 2).orElseThrow().name()).isEqualTo("Lena Ortiz");
        // Not a passive: "by" is how it was said, not who said it.
        assertThat(after("said the harbour master by email on Tuesday").orElseThrow().name()).isEqualTo("harbour master");
    }

    @Test
    void lowerCaseWordsAndATitleBeforeANameAreTheRole() {
        // the words after "according to"
        Mention m = after("to conservative talk radio host Ada Brill, the plan").orElseThrow();
        assertThat(m.name()).isEqualTo("Ada Brill");
        assertThat(m.role()).contains("conservative talk radio host");
    }
}
