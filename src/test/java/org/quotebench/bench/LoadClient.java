package org.quotebench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.quotebench.core.EditConflict;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteChange;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;

/**
 * One person of the load benchmark ({@link ServerLoadBenchmark}): a connection of its own to the
 * shared library, and a stream of changes to the shared articles' quotes: marks, edits, accepts and
 * deletes, each made on the revision this client last read (so some meet another's change and are
 * refused). Every change carries a tag of its own in the quote's note; what the server acknowledged
 * and what it refused is written down for the check afterwards.
 */
final class LoadClient implements Callable<LoadClient> {
    /**
     * A change the server acknowledged: the quote, the revision it was made on ({@code basedOn}, 0 for a
     * mark) and the one it made, its tag; {@code deleted} for a delete.
     */
    record Ack(long quoteId, String uuid, int basedOn, int revision, String tag, boolean deleted) {
    }

    /** A change refused because the connection was lost: it may or may not have been stored (the message says so). */
    record Lost(String tag, long quoteId) {
    }

    final String name;
    final List<Ack> acks = new ArrayList<>();
    final List<Lost> lost = new ArrayList<>();
    final List<String> unexpected = new ArrayList<>();
    final List<Long> latenciesNanos = new ArrayList<>();
    int conflicts;
    int gone;
    private final String library;
    private final List<Long> articles;
    private final String text;
    private final int changes;
    private final Random random;
    private final Runnable afterEachChange;
    private List<Quote> seen = List.of();

    LoadClient(String name, String library, List<Long> articles, String text, int changes, long seed, Runnable afterEachChange) {
        this.name = name;
        this.library = library;
        this.articles = articles;
        this.text = text;
        this.changes = changes;
        this.random = new Random(seed);
        this.afterEachChange = afterEachChange;
    }

    @Override
    public LoadClient call() {
        try (Workspace ws = Workspace.open(library)) {
            for (int i = 0; i < changes; i++) {
                if (i % 8 == 0 || seen.isEmpty()) {
                    look(ws);
                }
                String tag = name + "-" + i;
                long started = System.nanoTime();
                change(ws, tag);
                latenciesNanos.add(System.nanoTime() - started);
                afterEachChange.run();
            }
        }
        return this;
    }

    /** Reads the quotes as they are now; changes until the next look are made on these revisions. */
    private void look(Workspace ws) {
        try {
            seen = ws.quotes().list(QuoteFilter.all());
        } catch (QuotebenchException e) {
            seen = List.of(); // the server is restarting: the next look reads again
        }
    }

    private void change(Workspace ws, String tag) {
        int roll = random.nextInt(100);
        Quote target = seen.isEmpty() ? null : seen.get(random.nextInt(seen.size()));
        try {
            if (roll < 30 || target == null) {
                Quote added = ws.quotes().add(new QuoteDraft(articles.get(random.nextInt(articles.size())), span(), QuoteKind.DIRECT,
                        QuoteStatus.SUGGESTED, Verdict.UNCHECKED, Optional.of(tag), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(), Optional.of(name), Optional.empty()));
                acks.add(new Ack(added.id(), added.uuid(), 0, added.revision().number(), tag, false));
            } else if (roll < 65) {
                Verdict verdict = Verdict.values()[random.nextInt(Verdict.values().length)];
                edited(ws.quotes().edit(target.id(), target.revision().number(),
                        QuoteChange.none().withVerdict(verdict).withNote(tag).withAnnotator(name)), target, tag);
            } else if (roll < 85) {
                edited(ws.quotes().edit(target.id(), target.revision().number(),
                        QuoteChange.none().withStatus(QuoteStatus.ACCEPTED).withNote(tag).withAnnotator(name)), target, tag);
            } else {
                ws.quotes().delete(target.id(), target.revision().number());
                acks.add(new Ack(target.id(), target.uuid(), target.revision().number(), target.revision().number(), tag, true));
            }
        } catch (EditConflict conflict) {
            conflicts++;
        } catch (QuotebenchException refused) {
            String message = String.valueOf(refused.getMessage());
            if (message.startsWith("No quote with id")) {
                gone++; // deleted by another client since this one looked
            } else if (message.contains("connection to the server was lost") || message.contains("cannot be reached")
                    || message.contains("could not be reached") || message.contains("refused the connection")) {
                lost.add(new Lost(tag, target == null ? -1 : target.id()));
            } else {
                unexpected.add(tag + ": " + message);
            }
        } catch (RuntimeException e) {
            unexpected.add(tag + ": " + e);
        }
    }

    private void edited(Quote quote, Quote seen, String tag) {
        acks.add(new Ack(quote.id(), quote.uuid(), seen.revision().number(), quote.revision().number(), tag, false));
    }

    /** Words of the article's text away from its first characters (an emoji there). */
    private Span span() {
        int start = 16 + random.nextInt(text.length() - 80);
        return new Span(start, start + 10 + random.nextInt(50));
    }
}
