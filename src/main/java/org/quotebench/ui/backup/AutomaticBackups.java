package org.quotebench.ui.backup;

import org.quotebench.ui.jobs.Jobs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.quotebench.store.Backups;

/**
 * Backs up the open workspace when it is opened and then every hour of work, on a thread of its own
 * (a backup reads through its own connection, so editing goes on meanwhile). A backup is skipped
 * when nothing changed since the newest one. A failure is reported, never thrown.
 */
public final class AutomaticBackups implements AutoCloseable {
    static final Duration EVERY = Duration.ofHours(1);
    private final ScheduledExecutorService timer = Jobs.quietTimer("quotebench-backups");
    private final Consumer<String> report;
    private volatile Path workspace;

    /** @param report shows a line to the user (on the FX thread) */
    public AutomaticBackups(Consumer<String> report) {
        this.report = report;
        timer.scheduleWithFixedDelay(this::backUpIfChanged, EVERY.toMinutes(), EVERY.toMinutes(), TimeUnit.MINUTES);
    }

    /** The workspace to back up from now on (null: none, or a read-only one); backs it up now if it changed. */
    public void watch(Path file) {
        workspace = file;
        if (file != null) {
            timer.execute(this::backUpIfChanged);
        }
    }

    private void backUpIfChanged() {
        Path file = workspace;
        if (file == null) {
            return;
        }
        try {
            List<Backups.Backup> existing = Backups.list(file);
            Instant changed = Backups.lastChanged(file);
            if (existing.isEmpty() || changed.isAfter(existing.get(0).taken())) {
                Backups.take(file);
            }
        } catch (RuntimeException e) {
            Jobs.onFx(() -> report.accept("The automatic backup failed: " + e.getMessage()));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
