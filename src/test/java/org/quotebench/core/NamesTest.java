package org.quotebench.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void oneMatchKeyForEverySpellingOfOneName() {
        String key = Names.matchKey("Renée Okafor");
        assertThat(Names.matchKey("Rene\u0301e Okafor")).as("combining accent").isEqualTo(key);
        assertThat(Names.matchKey("  RENÉE\u00a0 okafor ")).as("case, no-break and doubled spaces").isEqualTo(key);
        assertThat(Names.matchKey("Renee Okafor")).as("without the accent").isEqualTo(key);
        assertThat(key).isEqualTo("renee okafor");
        assertThat(Names.matchKey("Renée Okafór")).isEqualTo(key);
        assertThat(Names.matchKey("Renate Okafor")).isNotEqualTo(key);
        assertThat(Names.matchKey("ДМИТРИЙ ПЕСКОВ")).isEqualTo(Names.matchKey("Дмитрий Песков")); // other scripts too
        assertThat(Names.matchKey("Пётр")).as("ё written as е, as Russian often is").isEqualTo(Names.matchKey("Петр"));
        assertThat(Names.matchKey("Ｐｅｓｋｏｖ")).as("full-width letters").isEqualTo("peskov");
    }
}
