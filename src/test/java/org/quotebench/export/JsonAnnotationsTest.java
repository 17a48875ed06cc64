package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;

/** The JSON annotation readers refuse what does not check out, naming the file and place. */
class JsonAnnotationsTest {
    private static final String TEXT = "🚢 “We sail at dawn,” said Ines Varga.";

    @Test
    void aJsonlQuoteWhoseWordsDoNotMatchTheTextIsRefused() {
        String line = "{\"text\":\"" + TEXT.replace("\"", "\\\"") + "\",\"quotes\":[{\"start\":2,\"end\":20,\"text\":\"We sail at noon\"}]}";
        assertThatThrownBy(() -> JsonlAnnotations.read("q.jsonl", line)).isInstanceOf(QuotebenchException.class)
                .hasMessageStartingWith("q.jsonl:1: quote 1: says \"We sail at noon\" but the text at 2-20 is");
        assertThatThrownBy(() -> JsonlAnnotations.read("q.jsonl", "{\"text\": ")).hasMessageStartingWith("q.jsonl:1: not JSON");
    }

    @Test
    void doccanoOffsetsAreUtf16AndHalfAnEmojiIsRefused() {
        int start = TEXT.indexOf('“'); // 3 in UTF-16 units, 2 in code points
        String line = "{\"text\":\"" + TEXT.replace("\"", "\\\"") + "\",\"entities\":[{\"id\":1,\"label\":\"DIRECT\",\"start_offset\":"
                + start + ",\"end_offset\":" + (TEXT.indexOf('”') + 1) + "}]}";
        List<AnnotatedArticle> read = DoccanoAnnotations.read("d.jsonl", line);
        AnnotatedQuote quote = read.get(0).quotes().get(0);
        assertThat(quote.span()).isEqualTo(new Span(2, 20));
        assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
        String half = line.replace("\"start_offset\":" + start, "\"start_offset\":1");
        assertThatThrownBy(() -> DoccanoAnnotations.read("d.jsonl", half)).hasMessageStartingWith("d.jsonl:1: ")
                .hasMessageContaining("inside a character");
    }

    @Test
    void labelStudioNeedsAListOfTasksWithText() {
        assertThatThrownBy(() -> LabelStudioAnnotations.read("ls.json", "{\"data\":{}}")).hasMessage(
                "ls.json:1: not a list of Label Studio tasks.");
        assertThatThrownBy(() -> LabelStudioAnnotations.read("ls.json", "[{\"data\":{}}]")).hasMessage(
                "ls.json:1: task 1: has no \"text\".");
        String wrong = "[{\"data\":{\"text\":\"" + TEXT.replace("\"", "\\\"") + "\"},\"annotations\":[{\"result\":[{\"id\":\"a\","
                + "\"type\":\"labels\",\"value\":{\"start\":2,\"end\":20,\"text\":\"We sail\",\"labels\":[\"Quote\"]}}]}]}]";
        assertThatThrownBy(() -> LabelStudioAnnotations.read("ls.json", wrong)).hasMessageStartingWith("ls.json:1: task 1, result a: says");
    }
}
