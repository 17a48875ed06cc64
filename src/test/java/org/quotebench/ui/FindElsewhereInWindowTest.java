package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.ImportOutcome;
import org.quotebench.store.Workspace;
import org.quotebench.ui.actions.Action;

/** Find elsewhere in the window: the selected quote's words in another outlet become a suggestion with the same speaker. */
class FindElsewhereInWindowTest extends WindowTest {
    private static final String COURIER = "Bridge vote\n\n“The bridge will be open to traffic by May,” said Mayor Renée Okafor.";
    private static final String GAZETTE = "Bridge by May\n\n🚢 The mayor told the crowd the bridge would be open to traffic by May, again.";
    private static final String FERRY = "Ferry strike\n\nCrews walked out on Monday over night shifts.";

    @Test
    void theSameWordsInAnotherArticleAreProposedWithTheSameSpeaker() throws Exception {
        Path file = dir.resolve("elsewhere.qb");
        long courier;
        long gazette;
        try (Workspace ws = Workspace.open(file)) {
            courier = store(ws, "The Harbour Courier", COURIER);
            gazette = store(ws, "The Bellmouth Gazette", GAZETTE);
            store(ws, "The Saltmere Weekly", FERRY);
            String quoted = "“The bridge will be open to traffic by May,”";
            int start = COURIER.indexOf(quoted);
            ws.quotes().add(new QuoteDraft(courier, new Span(start, start + quoted.length()), QuoteKind.DIRECT, QuoteStatus.ACCEPTED,
                    Verdict.UNCHECKED, Optional.empty(), Optional.of(ws.speakers().findOrCreate("Renée Okafor").id()), Optional.empty(),
                    Optional.empty(), List.of(), Optional.empty(), Optional.empty()));
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 3);
        ArticleInfo courierInfo = workbench.session().articles().stream().filter(a -> a.metadata().outlet().orElse("").contains("Courier"))
                .findFirst().orElseThrow();
        robot.interact(() -> workbench.model().open(courierInfo, false));
        waitUntil(() -> workbench.panes().focusedPane().model().quotes().size() == 1);
        Quote quote = workbench.panes().focusedPane().model().quotes().get(0);
        robot.interact(() -> workbench.model().select(quote));
        Action find = commands().actions().get(org.quotebench.ui.actions.ActionId.FIND_ELSEWHERE);
        robot.interact(find.run());
        long other = gazette;
        waitUntil(() -> workbench.session().articles().stream().anyMatch(a -> a.id() == other && a.quoteCount() == 1));
        try (Workspace ws = Workspace.open(file)) {
            List<Quote> found = ws.quotes().ofArticle(gazette);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).exact()).isEqualTo("the bridge would be open to traffic by May");
            assertThat(found.get(0).status()).isEqualTo(QuoteStatus.SUGGESTED);
            assertThat(found.get(0).speaker().orElseThrow().name()).isEqualTo("Renée Okafor");
            assertThat(ws.quotes().count()).isEqualTo(2); // nothing in the ferry story, nothing new in the Courier
        }
    }

    private static long store(Workspace ws, String outlet, String text) {
        ArticleMetadata meta = new ArticleMetadata(Optional.of(text.substring(0, text.indexOf('\n'))), Optional.of(outlet), Optional.empty(),
                Optional.empty(), Optional.of("2026-03-02"), Optional.of("en"));
        return ((ImportOutcome.Imported) ws.articles().importArticle(new ArticleDraft(text, meta, "UTF-8", outlet + ".txt"))).article().id();
    }
}
