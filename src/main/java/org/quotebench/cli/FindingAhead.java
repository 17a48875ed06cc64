package org.quotebench.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.quotebench.core.Suggestion;

/**
 * Finds quotes in the next texts on the computer's other cores while the current one is printed or
 * stored, and hands each result back in the order the texts were given (so that output, storing and
 * error lines come out as with one core). With one thread everything runs on the caller's thread.
 * At most twice as many texts as threads are held at once.
 *
 * @param <T> what travels with each text to its handler (its input, its source)
 */
final class FindingAhead<T> implements AutoCloseable {
    /** One text's place in line: its finding (null for an input that was refused) and what goes with it. */
    private record Waiting<T>(T item, Future<List<Suggestion>> found) {
    }

    private final ExecutorService pool;
    private final int ahead;
    private final Deque<Waiting<T>> line = new ArrayDeque<>();
    private final BiConsumer<T, List<Suggestion>> found;
    private final Consumer<T> refused;

    /**
     * Finds on {@code threads} threads; each text's suggestions go to {@code found}, and an input with no text
     * (refused) to {@code refused}, in the order given and on the caller's thread.
     */
    FindingAhead(int threads, BiConsumer<T, List<Suggestion>> found, Consumer<T> refused) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.pool = threads == 1 ? null : org.quotebench.core.ComputingThreads.pool("suggest", threads);
        this.ahead = threads == 1 ? 0 : 2 * threads;
        this.found = found;
        this.refused = refused;
    }

    /** Finds in a text, then hands the result over once every text given before it has been. */
    void find(T item, Supplier<List<Suggestion>> finding) {
        line.add(new Waiting<>(item, pool == null ? CompletableFuture.completedFuture(finding.get()) : pool.submit(finding::get)));
        handOver(ahead);
    }

    /**
     * An input that failed to be read for another reason than a refusal (an id with no article): what was
     * given before it is handed over first, then {@code failure} is thrown, as with one thread.
     */
    void failed(T item, RuntimeException failure) {
        line.add(new Waiting<>(item, CompletableFuture.failedFuture(failure)));
        handOver(0);
    }

    /** An input without text, handed over at its place. */
    void refused(T item) {
        line.add(new Waiting<>(item, null));
        handOver(ahead);
    }

    /** Hands over every text still waiting. */
    void finish() {
        handOver(0);
    }

    private void handOver(int keep) {
        while (line.size() > keep) {
            Waiting<T> next = line.poll();
            if (next.found() == null) {
                refused.accept(next.item());
            } else {
                found.accept(next.item(), result(next.found()));
            }
        }
    }

    private static List<Suggestion> result(Future<List<Suggestion>> found) {
        try {
            return found.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while finding quotes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the same exception as on the caller's thread (a QuotebenchException keeps its one line)
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the threads; texts still being read are dropped (after an error, nothing more is handed over). */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

}
