package org.quotebench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fuzz test per annotation format, with a fixed seed: the real-shaped file goes in exactly, and
 * every mutation of it is either accepted with exact data or refused with {@code FILE:LINE: reason}
 * and nothing stored; never an unexpected exception. The soak ({@link HostileSoak}) runs the same
 * fuzzers for minutes.
 */
class AnnotationFuzzTest {
    private static final int TRIES = 300;

    @TempDir
    Path dir;

    @Test
    void jsonl() {
        fuzz("jsonl");
    }

    @Test
    void labelStudio() {
        fuzz("label-studio");
    }

    @Test
    void doccano() {
        fuzz("doccano");
    }

    @Test
    void bundle() {
        fuzz("bundle");
    }

    @Test
    void brat() {
        fuzz("brat");
    }

    private void fuzz(String format) {
        Map<AnnotationFuzzer.Outcome, Integer> tally = new EnumMap<>(AnnotationFuzzer.Outcome.class);
        try (AnnotationFuzzer fuzzer = new AnnotationFuzzer(format, dir, 19L)) {
            AnnotationFuzzer.Result base = fuzzer.base();
            assertThat(base.outcome()).as(base.detail()).isEqualTo(AnnotationFuzzer.Outcome.ACCEPTED);
            for (int i = 0; i < TRIES; i++) {
                AnnotationFuzzer.Result result = fuzzer.next();
                assertThat(result.outcome()).as(result.detail()).isNotEqualTo(AnnotationFuzzer.Outcome.UNEXPECTED);
                tally.merge(result.outcome(), 1, Integer::sum);
            }
        }
        // The mutations reach both sides: some files still go in, most are refused.
        assertThat(tally.getOrDefault(AnnotationFuzzer.Outcome.ACCEPTED, 0)).as(tally.toString()).isPositive();
        assertThat(tally.getOrDefault(AnnotationFuzzer.Outcome.REFUSED, 0)).as(tally.toString()).isPositive();
    }
}
