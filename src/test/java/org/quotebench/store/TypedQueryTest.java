package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedQueryTest {
    @Test
    void wordsAreQuotedStringsAndTheLastIsAPrefix() {
        assertThat(TypedQuery.of("harbour brid")).contains("\"harbour\" AND \"brid\"*");
        assertThat(TypedQuery.of("  x\"y  ")).contains("\"x\"\"y\"*");
        assertThat(TypedQuery.of("NEAR(a b) -c col:d")).contains("\"NEAR(a\" AND \"b)\" AND \"-c\" AND \"col:d\"*");
    }

    @Test
    void textWithoutWordsIsNoQuery() {
        assertThat(TypedQuery.of("")).isEmpty();
        assertThat(TypedQuery.of(" \" * - ( ) 😀 ")).isEmpty();
        assertThat(TypedQuery.of("tide -")).contains("\"tide\"*");
    }
}
