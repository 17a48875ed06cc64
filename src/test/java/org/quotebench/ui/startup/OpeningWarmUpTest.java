package org.quotebench.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.model.SegmentOps;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.ArticleMetadata;

/** The warm-up styles its made-up article the way a pane styles a real one, and only runs for long articles. */
class OpeningWarmUpTest {

    @Test
    void itBuildsAWholeStyledDocumentOffTheFxThread() {
        Collection<String> paragraphStyle = List.of();
        // The segments a StyleClassedTextArea uses.
        int length = OpeningWarmUp.run(SegmentOps.styledTextOps(), paragraphStyle, () -> false);
        // Every character of the made-up article is in the document; its long paragraphs are split for display,
        // which turns spaces into line breaks and so keeps the length.
        assertThat(length).isEqualTo(MadeUpArticle.of(2_000).text().length()).isGreaterThan(300_000);
    }

    @Test
    void itStopsBetweenRoundsWhenAskedTo() {
        int[] asked = {0};
        int length = OpeningWarmUp.run(SegmentOps.styledTextOps(), List.of(), () -> asked[0]++ > 0);
        assertThat(asked[0]).isEqualTo(2); // asked before the first round (go on) and before the second (stop)
        assertThat(length).isEqualTo(MadeUpArticle.of(2_000).text().length());
        assertThat(OpeningWarmUp.run(SegmentOps.styledTextOps(), List.of(), () -> true)).isZero();
    }

    @Test
    void onlyALongTextOrManyQuotesAreWorthAWarmUp() {
        assertThat(OpeningWarmUp.worthIt(info(20_000, 200))).isFalse();
        assertThat(OpeningWarmUp.worthIt(info(199_999, 999))).isFalse();
        assertThat(OpeningWarmUp.worthIt(info(200_000, 0))).isTrue();
        assertThat(OpeningWarmUp.worthIt(info(5_000, 1_000))).isTrue();
    }

    private static ArticleInfo info(int length, int quotes) {
        return new ArticleInfo(1, "u", ArticleMetadata.NONE.withTitle("t"), "UTF-8", "a.txt", length, "", "", quotes);
    }
}
