package org.quotebench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short crash run CI does on every build; CrashSoak is the long one. */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsTheWorkspaceStaysWholeAndKeepsEveryAcknowledgedChange() throws Exception {
        CrashHarness.Tally tally = new CrashHarness(dir.resolve("crash.qb"), 42L).run(24, done -> { });
        assertThat(tally.failures()).isEmpty();
        assertThat(tally.acknowledged()).as("the workers got real work done between kills").isGreaterThan(24);
    }
}
