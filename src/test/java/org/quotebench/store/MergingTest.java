package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MergingTest {
    @Test
    void timesAreComparedAsInstantsNotAsText() {
        // Instant.toString drops a zero fraction: as text "…01Z" would sort after "…01.120Z".
        assertThat(Merging.newer("2026-11-23T06:59:01Z", "2026-11-23T06:59:01.120Z")).isFalse();
        assertThat(Merging.newer("2026-11-23T06:59:01.120Z", "2026-11-23T06:59:01Z")).isTrue();
        assertThat(Merging.newer("2026-11-23T06:59:01Z", "2026-11-23T06:59:01Z")).isFalse();
    }
}
