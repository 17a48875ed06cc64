package org.quotebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OWASP's CSV injection rule: a leading ' for text that starts like a formula, quoting by RFC 4180. */
class CsvCellsTest {
    @Test
    void textStartingLikeAFormulaGetsALeadingApostrophe() {
        for (String formula : List.of("=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Rfc4180.parse(CsvCells.NEUTRALISED.text(formula) + "\r\n").get(0)).containsExactly("'" + formula);
        }
    }

    @Test
    void otherTextIsLeftAloneAndQuotedOnlyWhenNeeded() {
        assertThat(CsvCells.NEUTRALISED.text("Ferry talks")).isEqualTo("Ferry talks");
        assertThat(CsvCells.NEUTRALISED.text(" =1+1")).isEqualTo(" =1+1");
        assertThat(CsvCells.NEUTRALISED.text("a'b")).isEqualTo("a'b");
        assertThat(CsvCells.NEUTRALISED.text("")).isEmpty();
        assertThat(CsvCells.NEUTRALISED.text("“Yes,” she said")).isEqualTo("\"“Yes,” she said\"");
        assertThat(CsvCells.NEUTRALISED.text("=\"x\",1")).isEqualTo("\"'=\"\"x\"\",1\"");
    }

    @Test
    void rawKeepsEveryCellAndNumbersAreNeverNeutralised() {
        assertThat(CsvCells.RAW.text("=1+1")).isEqualTo("=1+1");
        assertThat(CsvCells.RAW.text("-a,b")).isEqualTo("\"-a,b\"");
        assertThat(CsvCells.number(-3)).isEqualTo("-3");
        assertThat(CsvCells.row(List.of("1", "'=x"))).isEqualTo("1,'=x\r\n");
    }
}
