package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quotebench.core.QuotebenchException;

/** Issue 25: the file's search syntax as a PostgreSQL tsquery, refusing what FTS5 refuses. */
class ServerQueryTest {
    @Test
    void wordsPhrasesOperatorsAndPrefixes() {
        assertThat(ServerQuery.of("harbour")).isEqualTo("'harbour'");
        assertThat(ServerQuery.of("harbour ferry")).isEqualTo("'harbour' & 'ferry'");
        assertThat(ServerQuery.of("\"tide gates\" OR ferr*")).isEqualTo("('tide' <-> 'gates') | 'ferr':*");
        assertThat(ServerQuery.of("harbour NOT (ferry OR bridge)")).isEqualTo("'harbour' & ! ( 'ferry' | 'bridge' )");
        assertThat(ServerQuery.of("café 😀 Zürich")).isEqualTo("'café' & '😀' & 'Zürich'"); // as FTS5: beyond ASCII is a word
        assertThat(ServerQuery.of("\"it's\"")).isEqualTo("('it' <-> 's')");
        assertThat(ServerQuery.of("(bridge OR ferry) AND strike")).isEqualTo("( 'bridge' | 'ferry' ) & 'strike'");
    }

    @Test
    void whatFts5RefusesIsRefusedWithTheSameAdvice() {
        for (String bad : new String[] {"don't", "(harbour", "harbour)", "AND ferry", "ferry OR", "\"open", "a:b", "  ",
                "(bridge OR ferry) strike", "strike (bridge OR ferry)", "\"ferry crews\" (strike)", "(a) (b)"}) {
            assertThatThrownBy(() -> ServerQuery.of(bad)).as(bad).isInstanceOf(QuotebenchException.class)
                    .hasMessageContaining("not valid").hasMessageContaining("double quotes");
        }
    }
}
