package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ConfirmedArticle;
import org.quotebench.core.ConfirmedQuote;
import org.quotebench.core.Span;
import org.quotebench.core.Suggestion;

/**
 * Issue 24: the finder learns German from a workspace's corrections. German quotes whose clause names a
 * speaker are weighed by German features of their own, which only what a workspace taught moves: a desk
 * that credits the outlet that quotes a witness (not the witness, as the clause reader does) teaches
 * that in five articles, and the finder then names the outlet in a sixth it never saw. English and
 * German quotes elsewhere keep what they had.
 */
class TeachingGermanTest {
    /** Outlet and witness; an emoji and a combining accent before the quote so indices and code points differ. */
    private static final String[][] ARTICLES = {{"Lindenauer Rundschau", "Augenzeugen"}, {"Saltmerer Bote", "Anwohner"},
            {"Hafenstädter Kurier", "Fischer"}, {"Nordkaier Tageblatt", "Passanten"}, {"Bergheimer Anzeiger", "Feuerwehrmann"},
            {"Kaistädter Stimme", "Rentner"}};
    private static final String STYLE = "Flut im Hafen 🌊 am Cafe\u0301\n\nDas Wasser stieg in der Nacht schnell an. Die %1$s zitiert "
            + "einen %2$s mit den Worten: „Das Wasser stand plötzlich einen Meter hoch im Keller.“\n\n„Wir pumpen die Keller "
            + "noch heute leer“, sagte Bürgermeisterin %3$s am Morgen.";
    private static final String[] MAYORS = {"Anna Weber", "Jana Roth", "Eva Lenz", "Ines Varga", "Mia Holt", "Lena Sommer"};

    @Test
    void aDeskThatCreditsTheOutletTeachesItInFiveArticles() {
        List<ConfirmedArticle> taught = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            taught.add(confirmed(article(i), ARTICLES[i][0], MAYORS[i]));
        }
        String unseen = article(5);
        assertThat(speakers(new QuoteFinder(), unseen)).as("the shipped finder reads the clause").containsExactly(ARTICLES[5][1],
                MAYORS[5]);

        FinderTeacher.Outcome outcome = FinderTeacher.learn(taught, done -> { }, () -> false).orElseThrow();

        assertThat(outcome.learnedFrom()).isEqualTo(10);
        assertThat(outcome.rightAfter()).isGreaterThan(outcome.rightBefore());
        assertThat(outcome.strength()).isPositive();
        QuoteFinder finder = QuoteFinder.taught(outcome.changes().format());
        List<String> now = speakers(finder, unseen);
        assertThat(now.get(0)).contains(ARTICLES[5][0]);
        assertThat(now.get(1)).isEqualTo(MAYORS[5]);
        Scores german = Scores.of(GoldSet.load(GoldSet.GERMAN), finder);
        assertThat(german.speakerAccuracy()).as(german.report()).isGreaterThanOrEqualTo(0.9);
        Scores english = Scores.of(GoldSet.load(), finder);
        assertThat(english.speakerAccuracy()).as(english.report()).isGreaterThanOrEqualTo(0.96);
    }

    private static String article(int i) {
        return String.format(STYLE, ARTICLES[i][0], ARTICLES[i][1], MAYORS[i]);
    }

    /** What a user confirms: the witness's words credited to the outlet, the mayor's to the mayor (as the finder read them). */
    private static ConfirmedArticle confirmed(String text, String outlet, String mayor) {
        List<Suggestion> found = new QuoteFinder().find(text, Optional.of("de"));
        assertThat(found).as(text).hasSize(2);
        int at = text.indexOf(outlet);
        int mayorAt = text.indexOf(mayor);
        return new ConfirmedArticle(0, text, Optional.of("de"), List.of(
                new ConfirmedQuote(found.get(0).span(), Optional.of(new Span(at, at + outlet.length())), List.of(outlet)),
                new ConfirmedQuote(found.get(1).span(), Optional.of(new Span(mayorAt, mayorAt + mayor.length())), List.of(mayor))));
    }

    private static List<String> speakers(QuoteFinder finder, String text) {
        return finder.find(text, Optional.of("de")).stream().map(s -> s.speaker().orElse("-")).toList();
    }
}
