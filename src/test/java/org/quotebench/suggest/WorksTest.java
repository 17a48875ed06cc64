package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorksTest {
    @Test
    void aWorksNounBeforeTheMarkWithOrWithoutAComma() {
        String text = "his 2002 book, “Tolls”";
        assertThat(Works.named(text, text.indexOf('“'))).isTrue();
        String song = "the song ''Tides''";
        assertThat(Works.named(song, song.indexOf("''") + 1)).isTrue(); // the second apostrophe of the mark
        String said = "she said “Tolls”";
        assertThat(Works.named(said, said.indexOf('“'))).isFalse();
    }

    @Test
    void aWorksNounAfterTheClosingMarkMaybeAfterAMediumWord() {
        String text = "his “Straight Talk” radio program";
        assertThat(Works.namedAfter(text, text.indexOf('”'))).isTrue();
        String show = "the “Tide” show";
        assertThat(Works.namedAfter(show, show.indexOf('”'))).isTrue();
        String radio = "the “Tide” radio said";
        assertThat(Works.namedAfter(radio, radio.indexOf('”'))).isFalse();
        String plain = "a “plan” today";
        assertThat(Works.namedAfter(plain, plain.indexOf('”'))).isFalse();
    }

    @Test
    void aPossessiveRightBeforeTheMark() {
        String curly = "told Channel 4’s “Tide”";
        assertThat(Works.afterPossessive(curly, curly.indexOf('“'))).isTrue();
        String straight = "on BBC's \"Tide\"";
        assertThat(Works.afterPossessive(straight, straight.indexOf('"'))).isTrue();
        String plural = "the mayors “plan”";
        assertThat(Works.afterPossessive(plural, plural.indexOf('“'))).isFalse();
    }

    @Test
    void aHeadingIsAQuotationAloneOnItsLine() {
        String text = "Intro.\n\n  “Tolls Are Not the Enemy.”\n\nNext.";
        assertThat(Works.heading(text, text.indexOf('“'), text.indexOf('”'))).isTrue();
        String inLine = "She said “Tolls Are Not the Enemy.” Then left.";
        assertThat(Works.heading(inLine, inLine.indexOf('“'), inLine.indexOf('”'))).isFalse();
    }
}
