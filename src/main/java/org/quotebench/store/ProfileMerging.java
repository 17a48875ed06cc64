package org.quotebench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quotebench.core.Event;
import org.quotebench.core.EventDraft;
import org.quotebench.core.Names;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;

/**
 * Brings a speaker or an event from another workspace in (bundles), found by UUID, else by name,
 * else added under its UUID. A field this workspace lacks is filled; a field both have with
 * different values is resolved newest-wins by the rows' {@code updated_at}, as quotes are, and
 * reported. A UUID that names another speaker or event here (another name) is refused: the bundle
 * would credit quotes to the wrong one.
 */
final class ProfileMerging {
    /** What became of a speaker or event: FILLED added what was missing; REPLACED and KEPT resolved a real conflict. */
    enum Resolution { ADDED, SAME, FILLED, REPLACED, KEPT }

    record Merged<T>(long id, Resolution resolution, Optional<T> before) {
        boolean conflict() {
            return resolution == Resolution.REPLACED || resolution == Resolution.KEPT;
        }
    }

    private final Workspace workspace;
    private final Transactions transactions;

    ProfileMerging(Workspace workspace, Transactions transactions) {
        this.workspace = workspace;
        this.transactions = transactions;
    }

    Merged<Speaker> speaker(String uuid, SpeakerDraft theirs, String theirsAt) {
        Optional<Long> byUuid = Merging.idByUuid(transactions, "speaker", uuid);
        if (byUuid.isPresent()) {
            Speaker local = workspace.speakers().get(byUuid.get());
            if (!sameSpeaker(local, theirs)) {
                throw new MergeRefused("its speaker " + uuid + " is “" + theirs.name() + "”, but that speaker is “" + local.name()
                        + "” here");
            }
            return resolve(local, theirs, theirsAt);
        }
        Optional<Speaker> byName = workspace.speakers().findByName(theirs.name());
        if (byName.isPresent()) {
            return resolve(byName.get(), theirs, theirsAt);
        }
        List<String> free = theirs.aliases().stream().filter(a -> workspace.speakers().findByName(a).isEmpty()).toList();
        long id = workspace.speakers().add(new SpeakerDraft(theirs.name(), theirs.kind(), theirs.role(), theirs.affiliation(),
                theirs.description(), theirs.wikidata(), free)).id();
        keepIdentity("speaker", id, uuid, theirsAt);
        return new Merged<>(id, Resolution.ADDED, Optional.empty());
    }

    Merged<Event> event(String uuid, EventDraft theirs, String theirsAt) {
        Optional<Long> byUuid = Merging.idByUuid(transactions, "event", uuid);
        if (byUuid.isPresent()) {
            Event local = workspace.events().get(byUuid.get());
            if (!Names.same(local.name(), theirs.name())) {
                throw new MergeRefused("its event " + uuid + " is “" + theirs.name() + "”, but that event is “" + local.name()
                        + "” here");
            }
            return resolve(local, theirs, theirsAt);
        }
        Optional<Event> byName = workspace.events().findByName(theirs.name());
        if (byName.isPresent()) {
            return resolve(byName.get(), theirs, theirsAt);
        }
        long id = workspace.events().add(theirs).id();
        keepIdentity("event", id, uuid, theirsAt);
        return new Merged<>(id, Resolution.ADDED, Optional.empty());
    }

    private Merged<Speaker> resolve(Speaker local, SpeakerDraft theirs, String theirsAt) {
        String oursAt = time("speaker", local.id());
        Fields fields = new Fields(theirsNewer(oursAt, theirsAt));
        SpeakerDraft merged = new SpeakerDraft(local.name(), fields.pick(Optional.of(local.kind()), Optional.of(theirs.kind())).orElseThrow(),
                fields.pick(local.role(), theirs.role()), fields.pick(local.affiliation(), theirs.affiliation()),
                fields.pick(local.description(), theirs.description()), fields.pick(local.wikidata(), theirs.wikidata()),
                aliases(local, theirs));
        SpeakerDraft now = new SpeakerDraft(local.name(), local.kind(), local.role(), local.affiliation(), local.description(),
                local.wikidata(), local.aliases());
        if (merged.equals(now)) {
            return new Merged<>(local.id(), fields.differed ? Resolution.KEPT : Resolution.SAME, Optional.of(local));
        }
        workspace.speakers().update(local.id(), merged);
        return finish("speaker", local.id(), oursAt, local, fields, theirsAt);
    }

    private Merged<Event> resolve(Event local, EventDraft theirs, String theirsAt) {
        String oursAt = time("event", local.id());
        Fields fields = new Fields(theirsNewer(oursAt, theirsAt));
        EventDraft merged = new EventDraft(local.name(), fields.pick(local.startsOn(), theirs.startsOn()),
                fields.pick(local.endsOn(), theirs.endsOn()), fields.pick(local.place(), theirs.place()),
                fields.pick(local.description(), theirs.description()));
        EventDraft now = EventDraft.of(local);
        if (merged.equals(now)) {
            return new Merged<>(local.id(), fields.differed ? Resolution.KEPT : Resolution.SAME, Optional.of(local));
        }
        workspace.events().update(local.id(), merged);
        return finish("event", local.id(), oursAt, local, fields, theirsAt);
    }

    /**
     * After a change: the later of the two sides' times, not now (the triggers' time). Filling a field
     * edits nothing, so it must not make this side look newer than an edit the other side makes later.
     */
    private <T> Merged<T> finish(String table, long id, String oursAt, T before, Fields fields, String theirsAt) {
        String later = oursAt.isBlank() ? theirsAt : theirsAt.isBlank() ? oursAt : Merging.newer(theirsAt, oursAt) ? theirsAt : oursAt;
        if (!later.isBlank()) {
            setTime(table, id, later);
        }
        return new Merged<>(id, !fields.differed ? Resolution.FILLED : fields.theirsNewer ? Resolution.REPLACED : Resolution.KEPT,
                Optional.of(before));
    }

    /** Ours and theirs, less the names another speaker here already has (the store refuses those). */
    private List<String> aliases(Speaker local, SpeakerDraft theirs) {
        Set<String> all = new LinkedHashSet<>(local.aliases());
        for (String alias : theirs.aliases()) {
            boolean known = all.stream().anyMatch(a -> Names.same(a, alias)) || Names.same(alias, local.name());
            Optional<Speaker> holder = workspace.speakers().findByName(alias);
            if (!known && (holder.isEmpty() || holder.get().id() == local.id())) {
                all.add(alias);
            }
        }
        if (!Names.same(theirs.name(), local.name()) && all.stream().noneMatch(a -> Names.same(a, theirs.name()))
                && workspace.speakers().findByName(theirs.name()).map(s -> s.id() == local.id()).orElse(true)) {
            all.add(theirs.name()); // matched through an alias here: keep their name as one
        }
        return new ArrayList<>(all);
    }

    /** The same speaker: the same name (case and Unicode form aside), or one's name is the other's alias. */
    private static boolean sameSpeaker(Speaker local, SpeakerDraft theirs) {
        return Names.same(local.name(), theirs.name()) || local.aliases().stream().anyMatch(a -> Names.same(a, theirs.name()))
                || theirs.aliases().stream().anyMatch(a -> Names.same(a, local.name()));
    }

    private static boolean theirsNewer(String oursAt, String theirsAt) {
        return !theirsAt.isBlank() && (oursAt.isBlank() || Merging.newer(theirsAt, oursAt));
    }

    private String time(String table, long id) {
        return transactions.read("Reading when a row changed", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT updated_at FROM " + table + " WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Objects.requireNonNullElse(row.getString(1), "") : "";
                }
            }
        });
    }

    private void keepIdentity(String table, long id, String uuid, String theirsAt) {
        Merging.setUuid(transactions, table, id, uuid);
        if (!theirsAt.isBlank()) {
            setTime(table, id, theirsAt);
        }
    }

    private void setTime(String table, long id, String at) {
        transactions.write("Keeping when a row changed", connection -> Merging.update(connection,
                "UPDATE " + table + " SET updated_at = ? WHERE id = ?", at, id));
    }

    /** Picks each field: what one side lacks comes from the other; a real difference goes to the newer side. */
    private static final class Fields {
        final boolean theirsNewer;
        boolean differed;

        Fields(boolean theirsNewer) {
            this.theirsNewer = theirsNewer;
        }

        <V> Optional<V> pick(Optional<V> ours, Optional<V> theirs) {
            if (ours.isEmpty() || theirs.isEmpty() || ours.equals(theirs)) {
                return ours.isPresent() ? ours : theirs;
            }
            differed = true;
            return theirsNewer ? theirs : ours;
        }
    }
}
