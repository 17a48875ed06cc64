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
        robot.interact(() -> workbench.open(article, false));
        TableView<Quote> table = robot.lookup("#quotes-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getColumns().get(0).getCellData(0)).isEqualTo(TEXT.codePointCount(0, start)).isEqualTo(start - 1);
    }
}
