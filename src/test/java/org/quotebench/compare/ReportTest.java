package org.quotebench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quotebench.core.CsvCells;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.Rfc4180;

class ReportTest {
    private static final List<Statement> STATEMENTS = Statements.group(List.of(
            new Rendering(1, 1, Optional.of("The Harbour Courier"), Optional.of("2026-03-02"), QuoteKind.DIRECT, Optional.of("Okafor"),
                    "“The bridge will be open to traffic by May,”"),
            new Rendering(2, 2, Optional.of("The <Bellmouth> Gazette"), Optional.of("2026-03-03"), QuoteKind.DIRECT, Optional.of("Hale"),
                    "“The bridge will surely be open to traffic by May & more,”")));

    @Test
    void htmlIsSelfContainedEscapedAndMarksTheDifferences() {
        String html = Report.html("Compare: bridge vote", STATEMENTS);
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script", "src=", "href=");
        assertThat(html).contains("The &lt;Bellmouth&gt; Gazette", "different-speakers", "@media print");
        assertThat(html).containsAnyOf("<ins>surely</ins>", "<del>surely</del>");
    }

    @Test
    void csvHasABomAndOneRowPerVersion() {
        String csv = Report.csv(STATEMENTS);
        assertThat(csv).startsWith("\uFEFFstatement,speaker,flags");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("\"“The bridge will surely be open to traffic by May & more,”\"");
    }

    @Test
    void csvNeutralisesFormulaLikeTextUnlessRaw() {
        List<Statement> hostile = Statements.group(List.of(new Rendering(7, 3, Optional.of("=cmd|' /C calc'!A0"), Optional.empty(),
                QuoteKind.DIRECT, Optional.of("@Mayor"), "-2+3 is what the mayor wrote")));
        List<String> row = Rfc4180.parse(Report.csv(hostile).substring(1)).get(1);
        assertThat(row).containsExactly("1", "'@Mayor", "one-outlet", "'=cmd|' /C calc'!A0", "", "direct", "'@Mayor", "yes", "7", "3",
                "'-2+3 is what the mayor wrote", "");
        List<String> raw = Rfc4180.parse(Report.csv(hostile, CsvCells.RAW).substring(1)).get(1);
        assertThat(raw.get(3)).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(raw.get(10)).isEqualTo("-2+3 is what the mayor wrote");
    }
}
