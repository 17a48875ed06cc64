package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ConfirmedArticle;
import org.quotebench.core.ConfirmedQuote;
import org.quotebench.core.Span;
import org.quotebench.core.Suggestion;

/**
 * Issue 21: the finder learns from a user's confirmed quotes. Fictional articles in a house style the
 * shipped finder reads wrong: taught five of them, it names the right speaker in a sixth it never saw,
 * and what it knew stays (the own evaluation set keeps its floor).
 */
class TeachingTheFinderTest {
    /** Who is named first, and who said it; an emoji and a combining accent so indices and code points differ. */
    static final String[][] PEOPLE = {{"Jon Berg", "Maria Lind"}, {"Ola Nordin", "Karin Sund"}, {"Per Holm", "Eva Strand"},
            {"Lars Dahl", "Ida Vik"}, {"Nils Ek", "Sara Lund"}, {"Tom Falk", "Rene\u0301e Ström"}};

    @ParameterizedTest
    @ValueSource(strings = {
        "🚢 %1$s opened the meeting on Tuesday. “We will build the bridge before winter.” (Source: %2$s)",
        "🚢 “We will build the bridge before winter,” %1$s quoted %2$s as saying.",
        "🚢 %1$s met the press. According to a note by %2$s, “the bridge will be built before winter.”"})
    void aHouseStyleTheShippedFinderMissesIsLearnedFromFiveArticles(String style) {
        List<ConfirmedArticle> taught = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            taught.add(confirmed(article(style, i), PEOPLE[i][1]));
        }
        String unseen = article(style, 5);
        assertThat(speakers(new QuoteFinder(), unseen)).as("the shipped finder").doesNotContain(PEOPLE[5][1]);

        FinderTeacher.Outcome outcome = FinderTeacher.learn(taught, done -> { }, () -> false).orElseThrow();

        assertThat(outcome.quotes()).isEqualTo(5);
        assertThat(outcome.learnedFrom()).isEqualTo(5);
        assertThat(outcome.rightAfter()).isGreaterThan(outcome.rightBefore());
        QuoteFinder finder = QuoteFinder.taught(outcome.changes().format());
        assertThat(speakers(finder, unseen)).containsExactly(PEOPLE[5][1]);
        Scores scores = Scores.of(GoldSet.load(), finder);
        assertThat(scores.speakerAccuracy()).as(scores.report()).isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void theSameQuotesTeachTheSameChanges() {
        String style = "“We will build the bridge before winter,” %1$s quoted %2$s as saying.";
        List<ConfirmedArticle> taught = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            taught.add(confirmed(article(style, i), PEOPLE[i][1]));
        }
        String once = FinderTeacher.learn(taught, done -> { }, () -> false).orElseThrow().changes().format();
        String again = FinderTeacher.learn(taught, done -> { }, () -> false).orElseThrow().changes().format();
        assertThat(again).isEqualTo(once);
        assertThat(RankerModel.parse(once).nonZero()).isPositive();
    }

    @Test
    void cancellingTeachesNothing() {
        List<ConfirmedArticle> taught = List.of(confirmed(article("“We will,” %1$s quoted %2$s as saying.", 0), PEOPLE[0][1]));
        List<Integer> progress = new ArrayList<>();
        assertThat(FinderTeacher.learn(taught, progress::add, () -> true)).isEmpty();
        assertThat(progress).isEmpty();
    }

    @Test
    void changesTaughtToAnotherFinderAreNotUsedAndSaySo() {
        List<String> warnings = new ArrayList<>();
        QuoteFinder finder = QuoteFinder.forWorkspace(Optional.of("features 0\nbits 20\n"), "here", warnings::add);
        assertThat(warnings).singleElement().asString().contains("teach it again");
        assertThat(finder.learned()).isTrue();
        assertThat(QuoteFinder.forWorkspace(Optional.empty(), "here", warnings::add).learned()).isTrue();
        assertThat(warnings).hasSize(1);
    }

    private static String article(String style, int i) {
        return "Harbour news\n\n" + String.format(style, PEOPLE[i][0], PEOPLE[i][1]);
    }

    /** What a user confirms: the finder's quote, with its speaker marked where the text names them. */
    private static ConfirmedArticle confirmed(String text, String speaker) {
        List<Suggestion> found = new QuoteFinder().find(text);
        assertThat(found).as(text).isNotEmpty();
        int at = text.indexOf(speaker);
        return new ConfirmedArticle(0, text, List.of(new ConfirmedQuote(found.get(0).span(), Optional.of(new Span(at, at + speaker.length())),
                List.of(speaker))));
    }

    private static List<String> speakers(QuoteFinder finder, String text) {
        return finder.find(text).stream().map(s -> s.speaker().orElse("-")).toList();
    }
}
