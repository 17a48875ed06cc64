package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Span;

/**
 * Seen on screen: after marking a quote the keyboard is in the inspector's speaker box; undoing the
 * mark there took the quote away and the keyboard fell to the library's search field. It goes back
 * to the article's text, where the next mark is made.
 */
class KeyboardAfterUndoTest extends WindowTest {
    private static final String TEXT = "Harbour news 🚢 from Sainte-Rose\u0301.\n\n“We are ready,” the mayor said. The budget would not hold, she said.";

    @Test
    void undoingAMarkFromTheInspectorGivesTheKeyboardBackToTheText() throws Exception {
        Workbench workbench = startWithQuotedArticle("keys.qb", TEXT);
        waitUntil(() -> workbench.session().articles().size() == 1);
        robot.interact(() -> workbench.model().open(workbench.session().articles().get(0), false));
        int start = TEXT.indexOf("The budget");
        int before = robot.lookup("#quotes-table").queryTableView().getItems().size();
        robot.interact(() -> workbench.annotating().markQuote(new Span(start, TEXT.indexOf(", she")), () -> { }));
        waitUntil(() -> workbench.model().selectedQuoteProperty().get() != null);
        ComboBox<?> speaker = robot.lookup("#speaker-field").queryAs(ComboBox.class);
        robot.interact(speaker::requestFocus);
        waitUntil(() -> speaker.isFocused() || speaker.getEditor().isFocused());

        robot.interact(() -> workbench.annotating().undo());
        waitUntil(() -> robot.lookup("#quotes-table").queryTableView().getItems().size() == before);
        robot.interact(() -> { });
        Node owner = speaker.getScene().getFocusOwner();
        assertThat(owner).as("the keyboard after the undo").isSameAs(workbench.panes().focusedPane().textArea());
    }
}
