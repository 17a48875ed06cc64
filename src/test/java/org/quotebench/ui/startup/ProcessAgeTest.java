package org.quotebench.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcessAgeTest {
    @Test
    void readsTheStartTicksAfterACommandNameWithSpacesAndParentheses() {
        String stat = "4242 (my (odd) app) S 1 4242 4242 0 -1 4194304 100 0 0 0 5 3 0 0 20 0 12 0 123456 999 77 rest";
        assertThat(ProcessAge.fromProc(stat, "1236.78 2400.00\n")).isEqualTo(OptionalLong.of(2_220)); // 1236.78 s - 1234.56 s
    }

    @Test
    void unreadableTextGivesNothing() {
        assertThat(ProcessAge.fromProc("no name here", "1.0 2.0")).isEmpty();
        assertThat(ProcessAge.fromProc("1 (x) S 1 2", "1.0 2.0")).isEmpty();
        assertThat(ProcessAge.fromProc("1 (x) S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 abc 20", "1.0")).isEmpty();
    }

    @Test
    void theAgeOfARealProcessMatchesTheTimeSinceItWasStarted() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/uptime")), "needs Linux's /proc");
        long before = System.nanoTime();
        Process child = new ProcessBuilder("sleep", "5").start();
        try {
            Thread.sleep(700);
            String stat = Files.readString(Path.of("/proc/" + child.pid() + "/stat"));
            long age = ProcessAge.fromProc(stat, Files.readString(Path.of("/proc/uptime"))).orElseThrow();
            long elapsed = (System.nanoTime() - before) / 1_000_000;
            assertThat(age).isBetween(elapsed - 150, elapsed + 20);
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void thisProcessIsOlderThanThisTest() {
        long age = ProcessAge.millis();
        assertThat(age).isPositive();
    }
}
