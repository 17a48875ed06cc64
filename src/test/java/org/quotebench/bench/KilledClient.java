package org.quotebench.bench;

import java.util.List;
import java.util.Optional;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.Workspace;

/**
 * The client {@link ServerLoadBenchmark} kills with kill -9: in one transaction it marks quote after
 * quote, says so on its output once 20 are written, and goes on slowly until it is killed.
 */
public final class KilledClient {
    static final String INSIDE = "inside the transaction, marks written:";
    static final String TAG = "killed-";

    private KilledClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        String library = args[0];
        long article = Long.parseLong(args[1]);
        try (Workspace ws = Workspace.open(library)) {
            ws.change("Marking until killed", () -> {
                for (int i = 0; i < 100_000; i++) {
                    ws.quotes().add(new QuoteDraft(article, new Span(20 + i % 100, 40 + i % 100), QuoteKind.DIRECT, QuoteStatus.SUGGESTED,
                            Verdict.UNCHECKED, Optional.of(TAG + i), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                            Optional.of("killed"), Optional.empty()));
                    if (i == 20) {
                        System.out.println(INSIDE + " " + (i + 1));
                        System.out.flush();
                    }
                    if (i >= 20) {
                        pause();
                    }
                }
                return null;
            });
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50); // a benchmark's client, not a test: it waits to be killed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
