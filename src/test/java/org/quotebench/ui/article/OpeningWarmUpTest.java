package org.quotebench.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.SegmentOps;
import org.junit.jupiter.api.Test;

/** The warm-up styles its made-up article the way a pane styles a real one, long paragraphs split. */
class OpeningWarmUpTest {

    @Test
    void itBuildsAWholeStyledDocumentOffTheFxThread() {
        Collection<String> paragraphStyle = List.of();
        int length = OpeningWarmUp.run(SegmentOps.styledTextOps(), paragraphStyle); // the segments a StyleClassedTextArea uses
        // 600 paragraphs of ~140 characters, every 50th with 2,550 more (shown in chunks, same length)
        assertThat(length).isGreaterThan(600 * 140 + 12 * 2_550).isLessThan(200_000);
    }
}
