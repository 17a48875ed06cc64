package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Span;

class SpeakerTrackerTest {
    private static Mention mention(String name, SpeakerType type, int at) {
        return new Mention(new Span(at, at + name.length()), name, Optional.empty(), type);
    }

    @Test
    void pronounsSurnamesAndRoles() {
        String text = "Kremlin spokesman Dmitry Peskov said no. Peskov said yes. Then he left.";
        SpeakerTracker tracker = new SpeakerTracker(NameBook.of(text));
        Mention first = new Mention(new Span(18, 31), "Dmitry Peskov", Optional.of("Kremlin spokesman"), SpeakerType.PERSON);
        assertThat(tracker.resolve(first, 18).orElseThrow().name()).isEqualTo("Dmitry Peskov");
        SpeakerTracker.Resolved surname = tracker.resolve(mention("Peskov", SpeakerType.PERSON, 41), 41).orElseThrow();
        assertThat(surname.name()).isEqualTo("Dmitry Peskov");
        assertThat(surname.role()).contains("Kremlin spokesman");
        int he = text.indexOf("he left");
        assertThat(tracker.resolve(mention("he", SpeakerType.PERSON_PRONOUN, he), he).orElseThrow().name())
                .isEqualTo("Dmitry Peskov");
    }

    @Test
    void aShortGroupNameTakesTheFullerOneGivenBefore() {
        SpeakerTracker tracker = new SpeakerTracker(NameBook.of(""));
        tracker.resolve(mention("Merovian interior ministry", SpeakerType.UNNAMED, 0), 0);
        assertThat(tracker.resolve(mention("ministry", SpeakerType.UNNAMED, 50), 50).orElseThrow().name())
                .isEqualTo("Merovian interior ministry");
        assertThat(tracker.resolve(mention("they", SpeakerType.GROUP_PRONOUN, 90), 90).orElseThrow().name())
                .isEqualTo("Merovian interior ministry");
    }
}
