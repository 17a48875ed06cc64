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
 * The client {@link ServerLoadBenchmark} kills with kill -9: in one transaction it marks 21 quotes,
 * says so on its output, and waits inside the transaction until it is killed.
 */
public final class KilledClient {
    static final String INSIDE = "inside the transaction, marks written:";
    static final String TAG = "killed-";
    private static final int MARKS = 21;

    private KilledClient() {
    }

    public static void main(String[] args) {
        String library = args[0];
        long article = Long.parseLong(args[1]);
        try (Workspace ws = Workspace.open(library)) {
            ws.change("Marking until killed", () -> {
                for (int i = 0; i < MARKS; i++) {
                    ws.quotes().add(new QuoteDraft(article, new Span(20 + i, 40 + i), QuoteKind.DIRECT, QuoteStatus.SUGGESTED,
                            Verdict.UNCHECKED, Optional.of(TAG + i), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                            Optional.of("killed"), Optional.empty()));
                }
                System.out.println(INSIDE + " " + MARKS);
                System.out.flush();
                waitToBeKilled();
                return null;
            });
        }
    }

    /** Blocks, the transaction open, until the benchmark kills this process (it never writes to its input). */
    private static void waitToBeKilled() {
        try {
            System.in.read();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
