package org.quotebench.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotebench.core.Span;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How a restyle is cut up so that the text does not move (seen on screen: switching colour mode threw
 * the reader back to the top): the paragraphs in view one by one, the rest in two long stretches, and
 * together exactly the range asked for.
 */
class RestyleInPlaceTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theParagraphsInViewAreRestyledOneByOneAndTheRestInTwoStretches() throws Exception {
        StyleClassedTextArea area = WaitForAsyncUtils.asyncFx(() -> {
            StyleClassedTextArea a = new StyleClassedTextArea();
            a.replaceText("Tide 🌊 at Café\u0301 pier\nsecond\nthird line\nfourth\nfifth\nsixth");
            return a;
        }).get();
        String text = area.getText();
        Span view = new Span(text.indexOf("third"), text.indexOf("fifth") + "fifth".length()); // third to fifth on screen
        Span range = new Span(3, text.length() - 2);

        List<Span> pieces = WaitForAsyncUtils.asyncFx(() -> RestyleInPlace.split(area, range, view)).get();

        assertThat(pieces.get(0)).as("after the view, first").isEqualTo(new Span(view.end(), range.end()));
        assertThat(pieces.get(1)).as("then before it").isEqualTo(new Span(range.start(), view.start()));
        assertThat(pieces.subList(2, pieces.size())).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("third line\n", "fourth\n", "fifth");
        assertThat(pieces.stream().mapToInt(p -> p.end() - p.start()).sum()).as("nothing twice, nothing left out")
                .isEqualTo(range.end() - range.start());
        assertThat(WaitForAsyncUtils.asyncFx(() -> RestyleInPlace.split(area, new Span(0, 4), view)).get())
                .as("a range outside the view stays whole").containsExactly(new Span(0, 4));
    }
}
