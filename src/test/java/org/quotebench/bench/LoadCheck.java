package org.quotebench.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotebench.core.Quote;
import org.quotebench.store.QuoteFilter;
import org.quotebench.store.Workspace;

/**
 * What the load benchmark's clients were told, checked against what the library holds afterwards:
 * every acknowledged mark present exactly once unless an acknowledged delete removed it; every
 * acknowledged delete gone; every acknowledged edit stored as the revision after the one it was made
 * on (else it overwrote a change unseen); each quote's revisions exactly the acknowledged ones (two acknowledged
 * changes on one revision would be a lost update; a revision nobody acknowledged, a change stored
 * without its client knowing); each quote's note the tag of its last acknowledged change.
 */
record LoadCheck(int acknowledged, int conflicts, int gone, int unexpected, List<String> problems, int lostCount,
        int lostButStored) {

    static LoadCheck of(String library, List<LoadClient> clients) {
        List<Quote> stored;
        try (Workspace ws = Workspace.open(library)) {
            stored = ws.quotes().list(QuoteFilter.all());
        }
        List<LoadClient.Ack> acks = clients.stream().flatMap(c -> c.acks.stream()).toList();
        Set<String> lostTags = new HashSet<>();
        clients.forEach(c -> c.lost.forEach(l -> lostTags.add(l.tag())));
        Map<Long, Quote> byId = new HashMap<>();
        Map<String, Integer> uuids = new HashMap<>();
        for (Quote q : stored) {
            byId.put(q.id(), q);
            uuids.merge(q.uuid(), 1, Integer::sum);
        }
        Set<Long> deleted = new HashSet<>();
        Map<Long, List<LoadClient.Ack>> changes = new HashMap<>();
        for (LoadClient.Ack ack : acks) {
            if (ack.deleted()) {
                deleted.add(ack.quoteId());
            } else {
                changes.computeIfAbsent(ack.quoteId(), id -> new ArrayList<>()).add(ack);
            }
        }
        List<String> problems = new ArrayList<>();
        int storedThoughLost = 0;
        for (long id : deleted) {
            if (byId.containsKey(id)) {
                problems.add("quote " + id + ": its delete was acknowledged, and it is still there");
            }
        }
        uuids.forEach((uuid, count) -> {
            if (count > 1) {
                problems.add("quote " + uuid + " stored " + count + " times");
            }
        });
        for (Map.Entry<Long, List<LoadClient.Ack>> entry : changes.entrySet()) {
            long id = entry.getKey();
            if (deleted.contains(id)) {
                continue;
            }
            Quote now = byId.get(id);
            if (now == null) {
                problems.add("quote " + id + ": acknowledged changes, never deleted, and it is missing");
                continue;
            }
            Set<Integer> revisions = new HashSet<>();
            LoadClient.Ack last = null;
            for (LoadClient.Ack ack : entry.getValue()) {
                if (ack.basedOn() > 0 && ack.revision() != ack.basedOn() + 1) {
                    problems.add("quote " + id + ": a change made on revision " + ack.basedOn() + " was stored as revision "
                            + ack.revision() + ": it overwrote a change its client never saw");
                }
                if (!revisions.add(ack.revision())) {
                    problems.add("quote " + id + ": two acknowledged changes made revision " + ack.revision() + " (a lost update)");
                }
                if (last == null || ack.revision() > last.revision()) {
                    last = ack;
                }
            }
            int unacknowledged = 0;
            for (int r = 1; r <= now.revision().number(); r++) {
                if (!revisions.contains(r)) {
                    unacknowledged++;
                }
            }
            if (last.revision() < now.revision().number() || unacknowledged > 0) {
                storedThoughLost += unacknowledged; // a change refused as lost that was stored all the same, or worse
            } else if (!now.note().orElse("").equals(last.tag())) {
                problems.add("quote " + id + ": its note is " + now.note() + ", its last acknowledged change was " + last.tag());
            }
        }
        for (Quote q : stored) {
            if (!changes.containsKey(q.id())) {
                if (lostTags.contains(q.note().orElse(""))) {
                    storedThoughLost++;
                } else {
                    problems.add("quote " + q.id() + " (" + q.note().orElse("") + ") stored, and no client was told it was");
                }
            }
        }
        if (storedThoughLost > lostTags.size()) {
            problems.add((storedThoughLost - lostTags.size()) + " changes stored that no client was told of");
        }
        return new LoadCheck(acks.size(), clients.stream().mapToInt(c -> c.conflicts).sum(), clients.stream().mapToInt(c -> c.gone).sum(),
                clients.stream().mapToInt(c -> c.unexpected.size()).sum(), problems, lostTags.size(), storedThoughLost);
    }

    /** "12 ms / 40 ms": the clients' change latencies. */
    static String latencies(List<LoadClient> clients) {
        double[] all = clients.stream().flatMap(c -> c.latenciesNanos.stream()).mapToDouble(n -> n / 1e6).sorted().toArray();
        return ImportAndSearchBenchmark.format(ImportAndSearchBenchmark.percentile(all, 50)) + " / "
                + ImportAndSearchBenchmark.format(ImportAndSearchBenchmark.percentile(all, 95));
    }
}
