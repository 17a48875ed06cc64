package org.quotebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/** Resting the mouse on a highlighted quote shows its speaker, kind, status and verdict. */
class HoverInWindowTest extends WindowTest {
    private static final String TEXT = "Tide tables 🌊 at Sainte-Rose\u0301.\n\n“The tide will turn by Friday,” the harbour master, Ines Varga, said.";

    @Test
    void hoveringAQuoteShowsWhoSaidItAndItsVerdict() throws Exception {
        Path file = dir.resolve("hover.qb");
        int start = TEXT.indexOf('“');
        int end = TEXT.indexOf('”') + 1;
        articleWithQuote(file, TEXT, new Span(start, end), Optional.of("Ines Varga"), Verdict.OUT_OF_CONTEXT);
        Workbench workbench = workbench(start("--workspace=" + file));
        waitUntil(() -> workbench.session().articles().size() == 1);
        robot.interact(() -> workbench.model().open(workbench.session().articles().get(0), false));
        waitUntil(() -> areas().size() == 1 && areas().get(0).getText().contains("tide will turn")
                && workbench.panes().focusedPane().model().quotes().size() == 1);
        StyleClassedTextArea area = areas().get(0);
        int middle = area.getText().indexOf("will turn");
        waitUntil(() -> onFx(() -> area.getCharacterBoundsOnScreen(middle, middle + 4)).isPresent());
        Bounds word = onFx(() -> area.getCharacterBoundsOnScreen(middle, middle + 4)).orElseThrow();
        assertThat(hoverTip()).isEmpty();

        robot.moveTo(new Point2D(word.getMinX() + 2, word.getMinY() + word.getHeight() / 2));
        robot.moveBy(3, 0);
        waitUntil(() -> hoverTip().isPresent());
        assertThat(hoverTip().orElseThrow()).contains("Ines Varga").contains("direct quote").contains("accepted")
                .contains("verdict: out-of-context");
    }

    /** The text of the tooltip showing now, if one is. */
    private static Optional<String> hoverTip() throws Exception {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Tooltip)
                .map(w -> ((Tooltip) w).getText()).findFirst());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(call).get(5, java.util.concurrent.TimeUnit.SECONDS);
    }
}
