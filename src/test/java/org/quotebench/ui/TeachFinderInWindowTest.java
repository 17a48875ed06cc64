package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.Workspace;
import org.quotebench.ui.actions.ActionId;

/**
 * Issue 21: Quote > Teach the finder from this workspace. Five articles in a house style the shipped
 * finder reads wrong ("…,” X quoted Y as saying), their quotes accepted with the right speaker: once
 * taught, Find quotes in a sixth article names the right speaker; Forget brings the shipped finder back.
 */
class TeachFinderInWindowTest extends WindowTest {
    private static final String[][] PEOPLE = {{"Jon Berg", "Maria Lind"}, {"Ola Nordin", "Karin Sund"}, {"Per Holm", "Eva Strand"},
            {"Lars Dahl", "Ida Vik"}, {"Nils Ek", "Sara Lund"}, {"Tom Falk", "Rene\u0301e Ström"}};
    private static final String QUOTED = "“We will build the bridge before winter,”";

    @Test
    void aTaughtFinderNamesTheSpeakerTheWorkspaceConfirmed() throws Exception {
        Path file = dir.resolve("taught.qb");
        try (Workspace ws = Workspace.open(file)) {
            for (int i = 0; i < PEOPLE.length; i++) {
                String text = "Harbour news " + (i + 1) + "\n\n🚢 " + QUOTED + " " + PEOPLE[i][0] + " quoted " + PEOPLE[i][1] + " as saying.";
                long article = storeArticle(ws, "The Harbour Courier", "2026-03-0" + (i + 1), text);
                if (i < 5) {
                    int start = text.indexOf(QUOTED);
                    int mention = text.indexOf(PEOPLE[i][1]);
                    ws.quotes().add(new QuoteDraft(article, new Span(start, start + QUOTED.length()), QuoteKind.DIRECT, QuoteStatus.ACCEPTED,
                            Verdict.UNCHECKED, Optional.empty(), Optional.of(ws.speakers().findOrCreate(PEOPLE[i][1]).id()),
                            Optional.of(new Span(mention, mention + PEOPLE[i][1].length())), Optional.empty(), List.of(), Optional.empty(),
                            Optional.empty()));
                }
            }
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == PEOPLE.length);
        ArticleInfo sixth = workbench.session().articles().stream().filter(a -> a.metadata().title().orElse("").endsWith(" 6"))
                .findFirst().orElseThrow();

        assertThat(findIn(workbench, sixth)).as("the shipped finder").isEqualTo(PEOPLE[5][0]);
        robot.interact(commands().actions().get(ActionId.DELETE_QUOTE).run());
        waitUntil(() -> workbench.panes().focusedPane().model().quotes().isEmpty());

        robot.interact(commands().actions().get(ActionId.TEACH_FINDER).run());
        waitUntil(() -> robot.lookup("#import-message").tryQueryAs(Label.class)
                .map(label -> label.getText().startsWith("The finder learned the speakers of 5 accepted quotes in 5 articles")).orElse(false));
        robot.interact(() -> robot.lookup("#import-message").queryAs(Label.class).getScene().getWindow().hide());
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.taughtFinder().read()).hasValueSatisfying(taught -> assertThat(taught.quotes()).isEqualTo(5));
        }

        assertThat(findIn(workbench, sixth)).as("the taught finder, the name stored composed").isEqualTo(org.quotebench.core.Names.composed(PEOPLE[5][1]));

        robot.interact(commands().actions().get(ActionId.FORGET_TEACHING).run());
        waitUntil(() -> robot.lookup("#hint").queryAs(Label.class).getText().contains("forgot what this workspace taught it"));
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.taughtFinder().read()).isEmpty();
        }
    }

    /** Opens the article, finds quotes in it from the toolbar's action, and returns the speaker of the one it finds. */
    private String findIn(Workbench workbench, ArticleInfo article) throws Exception {
        robot.interact(() -> workbench.model().open(article, false));
        waitUntil(() -> workbench.panes().focusedPane().model().article().map(a -> a.id() == article.id()).orElse(false));
        robot.interact(commands().actions().get(ActionId.FIND_QUOTES_HERE).run());
        waitUntil(() -> workbench.panes().focusedPane().model().quotes().size() == 1);
        Quote found = workbench.panes().focusedPane().model().quotes().get(0);
        robot.interact(() -> workbench.model().select(found));
        return found.speaker().map(s -> s.name()).orElse("-");
    }
}
