package org.quotebench.core;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one place besides the window's job runner ({@code ui.jobs}) that starts threads: pools for work
 * whose caller hands it out and waits for its results, never a window — pure computation (the quote
 * finder's parts of a long text, the command line's articles) and host-name lookups, which the JDK
 * cannot interrupt ({@code importer.web.NameLookups}). Daemon threads, so that a command ends when its
 * work does.
 */
public final class ComputingThreads {
    private ComputingThreads() {
    }

    /** A pool of {@code count} daemon threads named {@code name}. */
    public static ExecutorService pool(String name, int count) {
        return Executors.newFixedThreadPool(count, work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            return t;
        });
    }
}
