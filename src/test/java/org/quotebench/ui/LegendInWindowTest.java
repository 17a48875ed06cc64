package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Quote;
import org.quotebench.core.Verdict;
import org.quotebench.store.Workspace;
import org.quotebench.ui.article.ArticlePane;
import org.quotebench.ui.article.SpeakerLegend;

/**
 * Issue 20: a small legend of the speakers in the focused pane, in the colours its text uses; it
 * follows changes to the quotes, the focused pane and the colour mode.
 */
class LegendInWindowTest extends WindowTest {
    private static final String COURIER = "Bridge vote\n\n“The bridge will be open by May,” said Renée Okafor. “It will not,” said"
            + " Tom Hale. “Families have waited long enough,” Okafor added.";
    private static final String GAZETTE = "Ferry strike\n\n“We are not against the bridge,” said Yusuf Demir.";

    @Test
    void theLegendNamesTheFocusedPanesSpeakersInTheirColoursAndFollowsChanges() throws Exception {
        Path file = dir.resolve("legend.qb");
        try (Workspace ws = Workspace.open(file)) {
            long courier = storeArticle(ws, "The Harbour Courier", "2026-03-02", COURIER);
            quote(ws, courier, COURIER, "“The bridge will be open by May,”", "Renée Okafor", Verdict.ACCURATE);
            quote(ws, courier, COURIER, "“It will not,”", "Tom Hale", Verdict.MISQUOTED);
            quote(ws, courier, COURIER, "“Families have waited long enough,”", "Renée Okafor", Verdict.ACCURATE);
            long gazette = storeArticle(ws, "The Bellmouth Gazette", "2026-03-02", GAZETTE);
            quote(ws, gazette, GAZETTE, "“We are not against the bridge,”", "Yusuf Demir", Verdict.UNCHECKED);
        }
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 2);
        SpeakerLegend legend = robot.lookup("#speaker-legend").queryAs(SpeakerLegend.class);
        assertThat(legend.isVisible()).as("no article, no legend").isFalse();

        ArticlePane first = workbench.panes().focusedPane();
        robot.interact(() -> workbench.model().open(article(workbench, "The Harbour Courier"), false));
        waitUntil(() -> names(legend).equals(List.of("Renée Okafor", "Tom Hale")));
        assertThat(legend.isVisible()).isTrue();
        assertThat(legend.legend().shown()).extracting(SpeakerLegend.Entry::quotes).containsExactly(2, 1);
        assertThat(shownLines(legend)).contains("Renée Okafor", "2", "Tom Hale", "1");
        // The swatches have the colours the text has.
        StyleClassedTextArea area = areas().get(0);
        for (SpeakerLegend.Entry entry : legend.legend().shown()) {
            String said = entry.name().equals("Tom Hale") ? "It will not" : "The bridge will";
            assertThat(area.getStyleOfChar(COURIER.indexOf(said))).contains(entry.colourClass());
            assertThat(legend.lookupAll(".legend-swatch")).anyMatch(swatch -> swatch.getStyleClass().contains(entry.colourClass()));
        }

        // A quote's speaker changes: the legend follows.
        Quote hale = first.model().quotes().stream().filter(q -> q.speaker().orElseThrow().name().equals("Tom Hale")).findFirst()
                .orElseThrow();
        robot.interact(() -> workbench.annotating().speaker(hale, "Ines Varga"));
        waitUntil(() -> names(legend).equals(List.of("Renée Okafor", "Ines Varga")));

        // Another pane takes the focus: its speakers; back to the first: the first's again.
        robot.interact(() -> workbench.model().open(article(workbench, "The Bellmouth Gazette"), true));
        waitUntil(() -> workbench.panes().panes().size() == 2 && names(legend).equals(List.of("Yusuf Demir")));
        robot.interact(() -> workbench.model().focus(first.model()));
        waitUntil(() -> names(legend).equals(List.of("Renée Okafor", "Ines Varga")));

        // Coloured by verdict, it shows the verdicts' colours instead.
        robot.interact(() -> workbench.model().colourByVerdictProperty().set(true));
        waitUntil(() -> legend.legend().heading().equals("Verdicts in this article"));
        assertThat(legend.legend().shown()).containsExactly(new SpeakerLegend.Entry("accurate", "verdict-accurate", 2),
                new SpeakerLegend.Entry("misquoted", "verdict-misquoted", 1));
        assertThat(area.getStyleOfChar(COURIER.indexOf("It will not"))).contains("verdict-misquoted");
    }

    private static List<String> names(SpeakerLegend legend) {
        return legend.legend().shown().stream().map(SpeakerLegend.Entry::name).toList();
    }

    /** The texts of the legend's labels as they show. */
    private List<String> shownLines(SpeakerLegend legend) {
        return robot.from(legend).lookup(".label").queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText).toList();
    }

    private static org.quotebench.core.ArticleInfo article(Workbench workbench, String outlet) {
        return workbench.session().articles().stream().filter(a -> a.metadata().outlet().orElse("").equals(outlet)).findFirst()
                .orElseThrow();
    }

    private static void quote(Workspace ws, long article, String text, String words, String speaker, Verdict verdict) {
        storeQuote(ws, article, text, words, Optional.of(ws.speakers().findOrCreate(speaker).id()), verdict, List.of());
    }
}
