package org.quotebench.cli;

import java.io.PrintWriter;

/** A progress line that rewrites itself on a terminal, and stays silent when output goes to a file or pipe. */
final class Progress {
    private final PrintWriter err;
    private final String doing;
    private final int total;
    private final boolean terminal;
    private long lastShown;

    Progress(PrintWriter err, String doing, int total) {
        this.err = err;
        this.doing = doing;
        this.total = total;
        this.terminal = System.console() != null && total > 1;
    }

    void update(int done) {
        long now = System.nanoTime();
        if (!terminal || (now - lastShown < 100_000_000L && done < total)) {
            return;
        }
        lastShown = now;
        err.print("\r" + doing + " " + done + "/" + total + " (" + (done * 100 / total) + "%)");
        err.flush();
    }

    void done() {
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
