package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PieceLinksTest {
    @Test
    void aPieceBelongsToTheFirstPieceAlongAChainAndACycleStops() {
        Map<String, String> continues = Map.of("b", "a", "c", "b");
        assertThat(PieceLinks.first(continues, "c")).isEqualTo("a");
        assertThat(PieceLinks.first(continues, "a")).isEqualTo("a");
        Map<Integer, Integer> cycle = Map.of(1, 2, 2, 1);
        assertThat(PieceLinks.first(cycle, 1)).isIn(1, 2);
    }

    @Test
    void aLinkThatWouldCloseACircleIsRefused() {
        Map<String, String> continues = new java.util.HashMap<>();
        PieceLinks.link(continues, "b", "a", IllegalArgumentException::new);
        PieceLinks.link(continues, "c", "b", IllegalArgumentException::new);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PieceLinks.link(continues, "a", "c", IllegalArgumentException::new))
                .hasMessageContaining("in a circle");
        assertThat(PieceLinks.first(continues, "c")).isEqualTo("a");
    }
}
