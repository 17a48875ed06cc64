package org.quotebench.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quotebench.core.ArticleDraft;
import org.quotebench.core.ArticleMetadata;

class PlainTextMetadataTest {
    private final ArticleReader reader = new ArticleReader();

    private ArticleDraft read(String name, String text) {
        return reader.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void titleDateAndBylineAreReadAndTheTextIsKeptWhole() {
        String text = "\n  Tram line to reach the old port  \n\ndate 2031-05-09\nBy Ana Pereira\n\n"
                + "The tram line will reach the old port by spring, the council said.\n";
        ArticleDraft draft = read("tram.txt", text);
        assertThat(draft.text()).isEqualTo(text);
        ArticleMetadata metadata = draft.metadata();
        assertThat(metadata.title()).contains("Tram line to reach the old port");
        assertThat(metadata.publishedOn()).contains("2031-05-09");
        assertThat(metadata.author()).contains("Ana Pereira");
        assertThat(metadata.outlet()).isEmpty();
        assertThat(metadata.url()).isEmpty();
    }

    @Test
    void dateWithColonAnyCaseAndSeveralAuthors() {
        ArticleMetadata metadata = PlainTextMetadata.of(
                "Ferry fares rise\nDATE: 2030-12-01\nBy Ana Pereira and Tom Hale\n\nFares rise in January.", false);
        assertThat(metadata.publishedOn()).contains("2030-12-01");
        assertThat(metadata.author()).contains("Ana Pereira and Tom Hale");
    }

    @Test
    void impossibleDateIsIgnored() {
        assertThat(PlainTextMetadata.of("Title\nDate: 2030-02-31\n\nText.", false).publishedOn()).isEmpty();
    }

    @Test
    void sentenceStartingWithByIsNotAByline() {
        ArticleMetadata metadata = PlainTextMetadata.of(
                "Flood defences\n\nBy Monday, officials said the river had fallen.\nBy the time we arrived it was dark.", false);
        assertThat(metadata.author()).isEmpty();
    }

    @Test
    void datesAndBylinesBelowTheHeadAreIgnored() {
        StringBuilder text = new StringBuilder("Heading\n");
        for (int i = 0; i < 12; i++) {
            text.append("Paragraph ").append(i).append(" of the story.\n");
        }
        text.append("date 2031-01-01\nBy Late Author\n");
        ArticleMetadata metadata = PlainTextMetadata.of(text.toString(), false);
        assertThat(metadata.publishedOn()).isEmpty();
        assertThat(metadata.author()).isEmpty();
    }

    @Test
    void firstLineEndingLikeASentenceIsNotATitleSoTheFileNameIs() {
        ArticleDraft draft = read("council-meeting.txt", "The council met on Tuesday.\nIt decided nothing.\n");
        assertThat(draft.metadata().title()).contains("council-meeting");
    }

    @Test
    void aHeadlineEndingWithAFullStopAboveABlankLineIsATitle() {
        // Issue 23: 72 of PolNeAR dev's 84 headlines end with a full stop
        assertThat(PlainTextMetadata.of("Harbour Board Backs New Ferry Route.\n\nThe board voted on Monday.", false).title())
                .contains("Harbour Board Backs New Ferry Route.");
        assertThat(PlainTextMetadata.of("Mayor leaves N.Y. harbour talks early.\n\nSALTMERE — The mayor left.", false)
                .title()).contains("Mayor leaves N.Y. harbour talks early.");
        assertThat(PlainTextMetadata.of("Okafor Wins The Vote. Here’s What Comes Next.\n\nThe mayor won.", false).title())
                .contains("Okafor Wins The Vote. Here’s What Comes Next.");
        // a headline above its deck, as some archives write it
        assertThat(PlainTextMetadata.of("Ferry crews stay out in N.H.; \nUnion and owners trade blame.\n\nText.", false).title())
                .contains("Ferry crews stay out in N.H.");
        // several sentences in sentence case, or a line the story runs on from, are the story
        assertThat(PlainTextMetadata.of("The council met. It decided nothing.\n\nMore.", false).title()).isEmpty();
        assertThat(PlainTextMetadata.of("The council met on Tuesday.\nIt decided nothing.\n", false).title()).isEmpty();
    }

    @Test
    void titleEndingWithAColonOrCommaIsNotATitle() {
        assertThat(PlainTextMetadata.of("He said:\nmore", false).title()).isEmpty();
        assertThat(PlainTextMetadata.of("Well,\nmore", false).title()).isEmpty();
        assertThat(PlainTextMetadata.of("Will it rain?\nmore", false).title()).contains("Will it rain?");
    }

    @Test
    void overlongFirstLineIsNotATitle() {
        ArticleDraft draft = read("notes.md", "word ".repeat(40) + "end\nsecond line");
        assertThat(draft.metadata().title()).contains("notes");
    }

    @Test
    void bylineOrDateAsFirstLineIsNotATitle() {
        assertThat(read("a.txt", "By Ana Pereira\n\nText here.").metadata().title()).contains("a");
        assertThat(read("b.txt", "Date: 2030-01-02\n\nText here.").metadata().title()).contains("b");
    }

    @Test
    void markdownHeadingMarkIsRemovedFromTheTitleOnly() {
        String text = "# Harbour *cranes* return\n\n*By Tom Hale*\n\nDate: 2031-03-03\n\nThe cranes are back.\n";
        ArticleDraft draft = read("cranes.md", text);
        assertThat(draft.text()).isEqualTo(text);
        assertThat(draft.metadata().title()).contains("Harbour *cranes* return");
        assertThat(draft.metadata().author()).contains("Tom Hale");
        assertThat(draft.metadata().publishedOn()).contains("2031-03-03");
    }

    @Test
    void hashInPlainTextIsKeptInTheTitle() {
        assertThat(read("tag.txt", "# not markdown\n\ntext").metadata().title()).contains("# not markdown");
    }

    @Test
    void fileNameWithoutExtensionIsTheFallbackTitle() {
        assertThat(read("2031-budget.final.txt", "the budget was approved.").metadata().title()).contains("2031-budget.final");
        assertThat(read("README", "see below.").metadata().title()).contains("README");
    }

    @Test
    void dateLineMayCarryTheTitle() {
        ArticleMetadata metadata = PlainTextMetadata.of(
                " date 2031-06-01 Lighthouse keeper retires after 40 years\n\nBy Ida Berg\n\nShe retired.", false);
        assertThat(metadata.publishedOn()).contains("2031-06-01");
        assertThat(metadata.title()).contains("Lighthouse keeper retires after 40 years");
        assertThat(metadata.author()).contains("Ida Berg");
    }
}
