package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Quote;

/** The quotes table gives positions in code points, as the command line and exports do. */
class QuotesTablePositionsTest extends WindowTest {
    // An emoji (two Java chars, one code point) and a combining accent (one each) before the quote.
    private static final String TEXT = "Harbour news 🚢 from Sainte-Rose\u0301.\n\n“The tide will turn,” the harbour master said.";

    @Test
    void theAtColumnCountsCodePoints() throws Exception {
        int start = TEXT.indexOf('“');
        Workbench workbench = startWithQuotedArticle("positions.qb", TEXT);
        waitUntil(() -> workbench.session().articles().size() == 1);
        ArticleInfo article = workbench.session().articles().get(0);
        robot.interact(() -> workbench.model().open(article, false));
        TableView<Quote> table = robot.lookup("#quotes-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getColumns().get(0).getCellData(0)).isEqualTo(TEXT.codePointCount(0, start)).isEqualTo(start - 1);
    }

    /** Issue 20, small things: selecting a quote (Tab, N, P, a click in the text) brings its row of the table into view. */
    @Test
    void theTableScrollsToTheSelectedQuotesRow() throws Exception {
        StringBuilder text = new StringBuilder("Long session\n\n");
        for (int i = 0; i < 80; i++) {
            text.append("“Point ").append(i).append(" stands,” the mayor said.\n\n");
        }
        Workbench workbench = startWithQuotedArticle("rows.qb", text.toString());
        waitUntil(() -> workbench.session().articles().size() == 1);
        robot.interact(() -> workbench.model().open(workbench.session().articles().get(0), false));
        TableView<Quote> table = robot.lookup("#quotes-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        String all = text.toString();
        int from = 0;
        for (int i = 0; i < 60; i++) {
            int start = all.indexOf('“', from);
            int end = all.indexOf('”', start) + 1;
            from = end;
            if (i == 0) {
                continue; // the article's first quote is there already
            }
            int s = start;
            int e = end;
            robot.interact(() -> workbench.annotating().markQuote(new org.quotebench.core.Span(s, e), () -> { }));
        }
        waitUntil(() -> table.getItems().size() == 60);
        Quote last = table.getItems().get(59);
        robot.interact(() -> workbench.model().select(table.getItems().get(0)));
        robot.interact(() -> workbench.model().select(last));
        waitUntil(() -> {
            javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
            return flow.getFirstVisibleCell() != null && flow.getLastVisibleCell().getIndex() >= 59 && flow.getFirstVisibleCell().getIndex() <= 59;
        });
    }
}
