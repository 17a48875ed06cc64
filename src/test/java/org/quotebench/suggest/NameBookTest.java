package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameBookTest {
    @Test
    void aSurnameOrFirstNameStandsForTheFullNameMentionedBefore() {
        String text = "Kremlin spokesman Dmitry Peskov spoke. Later Peskov said more. Kelly Marchetti agreed.";
        NameBook book = NameBook.of(text);
        assertThat(book.fullName("Peskov", text.indexOf("Later"))).isEqualTo("Dmitry Peskov");
        assertThat(book.fullName("Kelly", text.length())).isEqualTo("Kelly Marchetti");
        assertThat(book.fullName("Nobody", 0)).isEqualTo("Nobody");
        assertThat(book.fullName("Peskov’s", text.length())).isEqualTo("Dmitry Peskov");
    }

    @Test
    void theLatestEarlierNameWinsForASharedSurname() {
        String text = "Anna Berg spoke. Lars Berg spoke. Then Berg left.";
        assertThat(NameBook.of(text).fullName("Berg", text.indexOf("Then"))).isEqualTo("Lars Berg");
    }

    @Test
    void namesThatOpenASentenceAreSubjects() {
        String text = "It rained. Committee chair Peter Lambe was unconvinced. He spoke.";
        assertThat(NameBook.of(text).lastSubjectBefore(text.indexOf("He")).orElseThrow().getValue()).isEqualTo("Peter Lambe");
    }
}
