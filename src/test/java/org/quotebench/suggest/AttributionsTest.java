package org.quotebench.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributionsTest {
    private static String after(String text) {
        return Attributions.after(TextTokens.of(text), 0, text.length()).map(a -> a.mention().name()).orElse("-");
    }

    private static String before(String text) {
        return Attributions.before(TextTokens.of(text), 0, text.length()).map(a -> a.mention().name()).orElse("-");
    }

    @Test
    void attributionsRightAfterAQuote() {
        assertThat(after(", Peskov said.")).isEqualTo("Peskov");
        assertThat(after(", said Peskov.")).isEqualTo("Peskov");
        assertThat(after(", so Scholz.")).isEqualTo("Scholz");
        assertThat(after(", — сказал Петров.")).isEqualTo("Петров");
        assertThat(after(", a déclaré Claire Dubois.")).isEqualTo("Claire Dubois");
        assertThat(after(" ― Jane Doe")).isEqualTo("Jane Doe");
        assertThat(after(", Ana Ruiz, the mayor of a town that sued over the plan, said.")).isEqualTo("Ana Ruiz");
        assertThat(after(" The war began long ago, officials said.")).isEqualTo("-");
    }

    @Test
    void attributionsRightBeforeAQuote() {
        assertThat(before("Peskov told reporters: ")).isEqualTo("Peskov");
        assertThat(before("He added, ")).isEqualTo("He");
        assertThat(before("and accused Vasquez of ")).isEqualTo("-");
    }

    @Test
    void theMainClauseCueComesFirstAndParticiplesTakeTheSubject() {
        String text = "Berg said at a rally that Lind once described the deal as ";
        assertThat(Attributions.anywhere(TextTokens.of(text), 0, text.length(), true).orElseThrow().mention().name()).isEqualTo("Berg");
        String saying = "Rival Hanna Lind dismissed the report, saying anyone who believes it ";
        assertThat(Attributions.anywhere(TextTokens.of(saying), 0, saying.length(), true).orElseThrow().mention().name())
                .isEqualTo("Hanna Lind");
    }
}
