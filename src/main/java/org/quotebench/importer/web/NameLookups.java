package org.quotebench.importer.web;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Host-name lookups on daemon threads of their own, so that a fetch waiting for one can be cancelled
 * or give up at its time limit: the JDK's resolver cannot be interrupted, and waits as long as the
 * system's resolver does (often tens of seconds for a name server that does not answer). A lookup
 * left behind ends on its own; its thread is a daemon, so it never keeps the program running.
 */
final class NameLookups {
    /** A few threads: a caller's wait is bounded by its own deadline, so a lookup queued behind silent ones times out too. */
    private static final ExecutorService THREADS = org.quotebench.core.ComputingThreads.pool("quotebench-name-lookup", 4);

    private NameLookups() {
    }

    static <T> Future<T> start(Callable<T> lookup) {
        return THREADS.submit(lookup);
    }
}
