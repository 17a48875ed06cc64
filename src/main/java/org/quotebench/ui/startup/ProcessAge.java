package org.quotebench.ui.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * How long ago this process was launched, in milliseconds. On Linux it is read from /proc (the
 * process's start in clock ticks since boot, against the time since boot): exact to 10 ms.
 * {@link ProcessHandle.Info#startInstant()} is not: it adds the boot time, which Linux gives in whole
 * seconds, so its answer is off by a constant of up to a second (0.4 s on the build machine).
 */
final class ProcessAge {
    /** Linux's USER_HZ: the unit of /proc's times, 100 on every architecture. */
    private static final int TICKS_PER_SECOND = 100;

    private ProcessAge() {
    }

    static long millis() {
        try {
            OptionalLong exact = fromProc(Files.readString(Path.of("/proc/self/stat")), Files.readString(Path.of("/proc/uptime")));
            if (exact.isPresent()) {
                return exact.getAsLong();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the coarser answer below
        }
        return ProcessHandle.current().info().startInstant().map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
    }

    /** From the text of /proc/self/stat and of /proc/uptime; empty when they cannot be read. */
    static OptionalLong fromProc(String stat, String uptime) {
        int end = stat.lastIndexOf(')'); // the command name, in parentheses, may hold spaces
        if (end < 0) {
            return OptionalLong.empty();
        }
        String[] fields = stat.substring(end + 1).trim().split("\\s+");
        String[] since = uptime.trim().split("\\s+");
        if (fields.length < 20 || since.length < 1) {
            return OptionalLong.empty();
        }
        try {
            long startTicks = Long.parseLong(fields[19]); // field 22 of stat; field 3 is the first after the name
            long upMillis = Math.round(Double.parseDouble(since[0]) * 1000);
            long age = upMillis - startTicks * 1000 / TICKS_PER_SECOND;
            return age >= 0 ? OptionalLong.of(age) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
