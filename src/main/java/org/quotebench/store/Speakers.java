package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.Names;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.WikidataId;

/** The speakers of a workspace, their aliases, and merging two into one. */
public final class Speakers {
    private final Transactions transactions;

    Speakers(Transactions transactions) {
        this.transactions = transactions;
    }

    public Speaker add(SpeakerDraft draft) {
        return transactions.write("Adding a speaker", connection -> {
            Optional<Speaker> existing = findByName(connection, draft.name());
            if (existing.isPresent()) {
                throw new QuotebenchException("A speaker named '" + existing.get().name() + "' already exists (id "
                        + existing.get().id() + ").");
            }
            for (String alias : draft.aliases()) {
                Optional<Speaker> holder = findByName(connection, alias.strip());
                if (holder.isPresent()) {
                    throw new QuotebenchException("'" + alias.strip() + "' already names speaker " + holder.get().id() + " ("
                            + holder.get().name() + ").");
                }
            }
            long id = insert(connection, draft);
            for (String alias : draft.aliases()) {
                insertAlias(connection, id, alias);
            }
            return get(connection, id);
        });
    }

    /** The speaker with this name or alias, or a new person of that name. */
    public Speaker findOrCreate(String name) {
        return transactions.write("Finding a speaker", connection -> {
            Optional<Speaker> existing = findByName(connection, Names.required(name, "A speaker"));
            return existing.isPresent() ? existing.get() : get(connection, insert(connection, SpeakerDraft.named(name)));
        });
    }

    /** The speaker with the draft's name or alias, or a new one as the draft describes it (the quote finder's kind and role). */
    public Speaker findOrCreate(SpeakerDraft draft) {
        return transactions.write("Finding a speaker", connection -> {
            Optional<Speaker> existing = findByName(connection, draft.name());
            return existing.isPresent() ? existing.get() : get(connection, insert(connection, draft));
        });
    }

    /**
     * The one person whose name ends in this surname ("Blinken" → Antony Blinken), if exactly one
     * does; two or more (or none) give nothing, since guessing between people would misattribute.
     */
    public Optional<Speaker> bySurname(String surname) {
        String word = surname.strip();
        if (word.isEmpty() || word.contains(" ")) {
            return Optional.empty();
        }
        return transactions.read("Finding a speaker by surname", connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id FROM speaker WHERE kind = 'person' AND "
                            + Dialect.of(connection).equalsIgnoringCase("substr(name, length(name) - length(?))", "' ' || ?") + " LIMIT 2")) {
                query.setString(1, word);
                query.setString(2, word);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids.size() == 1 ? Optional.of(get(connection, ids.get(0))) : Optional.empty();
        });
    }

    /** The speaker whose name or one of whose aliases is {@code name} (ignoring case). */
    public Optional<Speaker> findByName(String name) {
        return transactions.read("Finding a speaker", connection -> findByName(connection, name.strip()));
    }

    public Speaker get(long id) {
        return transactions.read("Reading a speaker", connection -> get(connection, id));
    }

    /** Every speaker with its aliases, by name, read in one query however many there are. */
    public List<Speaker> list() {
        return transactions.readSnapshot("Listing speakers", connection ->
                new ArrayList<>(SpeakerRows.read(connection, new SqlWhere(), Dialect.of(connection).ignoringCase("s.name")).values()));
    }

    public Speaker addAlias(long speakerId, String alias) {
        String name = Names.composed(Names.required(alias, "An alias"));
        return transactions.write("Adding an alias", connection -> {
            Speaker speaker = get(connection, speakerId);
            Optional<Speaker> holder = findByName(connection, name);
            if (holder.isPresent() && holder.get().id() != speakerId) {
                throw new QuotebenchException("'" + name + "' already names speaker " + holder.get().id() + " ("
                        + holder.get().name() + "); merge the two speakers instead.");
            }
            if (holder.isEmpty()) {
                insertAlias(connection, speaker.id(), name);
            }
            return get(connection, speakerId);
        });
    }

    /**
     * Moves every quote and alias of {@code otherId} to {@code keepId}, keeps the other's name as an
     * alias, and removes the other speaker, all in one transaction.
     */
    public Speaker merge(long keepId, long otherId) {
        if (keepId == otherId) {
            throw new QuotebenchException("A speaker cannot be merged into itself.");
        }
        return transactions.write("Merging speakers", connection -> {
            get(connection, keepId);
            Speaker other = get(connection, otherId);
            try (PreparedStatement move = connection.prepareStatement("UPDATE quote SET speaker_id = ?, " + RowRevisions.BUMP
                    + " WHERE speaker_id = ?")) {
                move.setLong(1, keepId);
                RowRevisions.bind(move, 2, connection, List.of("speaker"));
                move.setLong(5, otherId);
                move.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM speaker WHERE id = ?")) {
                delete.setLong(1, otherId);
                delete.executeUpdate();
            }
            Speaker keep = get(connection, keepId);
            List<String> names = new ArrayList<>(other.aliases());
            names.add(0, other.name());
            for (String name : names) {
                if (!keep.name().equalsIgnoreCase(name) && keep.aliases().stream().noneMatch(name::equalsIgnoreCase)) {
                    insertAlias(connection, keepId, name);
                }
            }
            return get(connection, keepId);
        });
    }

    /**
     * Changes a speaker's name, kind, role, affiliation, description, Wikidata id and aliases (the
     * aliases are replaced by the draft's); a name or alias that names another speaker is refused.
     */
    public Speaker update(long id, SpeakerDraft draft) {
        return transactions.write("Changing a speaker", connection -> update(connection, id, draft, Optional.empty()));
    }

    /**
     * As {@link #update(long, SpeakerDraft)} for an edit made on {@code seen}, the speaker as the editor
     * read it: refused with an {@link org.quotebench.core.EditConflict} (nothing stored) when the
     * stored speaker is no longer that, because someone else changed it since (issue 25).
     */
    public Speaker update(Speaker seen, SpeakerDraft draft) {
        return transactions.write("Changing a speaker", connection -> update(connection, seen.id(), draft, Optional.of(seen)));
    }

    /**
     * Refuses with an {@link org.quotebench.core.EditConflict} when the stored speaker is no longer
     * {@code seen} (someone else changed it since it was read); a speaker gone since is left alone.
     */
    public void refuseIfChanged(Speaker seen) {
        transactions.read("Reading a speaker", connection -> {
            Optional<Speaker> stored = SpeakerRows.byId(connection, seen.id());
            if (stored.isPresent()) {
                RowRevisions.refuseIfChanged(connection, "speaker", seen.id(), stored.get(), seen, "The speaker " + stored.get().name());
            }
            return null;
        });
    }

    /** Changes the speaker; with {@code seen}, only if the stored speaker is still that. */
    private static Speaker update(Connection connection, long id, SpeakerDraft draft, Optional<Speaker> seen) throws SQLException {
        Speaker stored = get(connection, id);
        if (seen.isPresent()) {
            RowRevisions.refuseIfChanged(connection, "speaker", id, stored, seen.get(), "The speaker " + stored.name());
        }
        List<String> names = new ArrayList<>(draft.aliases().stream().map(String::strip).toList());
        names.add(0, draft.name());
        for (String name : names) {
            Optional<Speaker> holder = findByName(connection, name);
            if (holder.isPresent() && holder.get().id() != id) {
                throw new QuotebenchException("'" + name + "' already names speaker " + holder.get().id() + " ("
                        + holder.get().name() + "); merge the two speakers instead.");
            }
        }
        write(connection, id, draft);
        return get(connection, id);
    }

    /** Removes a speaker; its quotes keep their text and spans but lose their speaker. Returns how many did. */
    public int delete(long id) {
        return transactions.write("Deleting a speaker", connection -> {
            get(connection, id);
            int quotes = quoteCount(connection, id);
            try (PreparedStatement clear = connection.prepareStatement("UPDATE quote SET speaker_id = NULL, " + RowRevisions.BUMP
                    + " WHERE speaker_id = ?");
                    PreparedStatement delete = connection.prepareStatement("DELETE FROM speaker WHERE id = ?")) {
                RowRevisions.bind(clear, 1, connection, List.of("speaker"));
                clear.setLong(4, id);
                clear.executeUpdate();
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return quotes;
        });
    }

    /** Writes one speaker back exactly as a snapshot has it; see {@link #restoreAll}. */
    public Speaker restore(Speaker snapshot) {
        return restoreAll(List.of(snapshot)).get(0);
    }

    /**
     * Writes speakers back exactly as snapshots have them (same ids, uuids and aliases), for undo, in
     * one transaction; names and aliases may pass between them (a merge undone). A speaker whose id
     * now belongs to another uuid, or a name or alias that a speaker outside the set now has, is refused.
     */
    public List<Speaker> restoreAll(List<Speaker> snapshots) {
        return transactions.write("Restoring speakers", connection -> {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            snapshots.forEach(s -> ids.add(s.id()));
            for (Speaker snapshot : snapshots) {
                Optional<Speaker> current = SpeakerRows.byId(connection, snapshot.id());
                if (current.isPresent() && !current.get().uuid().equals(snapshot.uuid())) {
                    throw new QuotebenchException("Cannot restore speaker '" + snapshot.name() + "': its id now belongs to '"
                            + current.get().name() + "'.");
                }
                List<String> names = new ArrayList<>(snapshot.aliases());
                names.add(0, snapshot.name());
                for (String name : names) {
                    Optional<Speaker> holder = findByName(connection, name);
                    if (holder.isPresent() && !ids.contains(holder.get().id())) {
                        throw new QuotebenchException("Cannot restore speaker '" + snapshot.name() + "': '" + name + "' now names speaker "
                                + holder.get().id() + " (" + holder.get().name() + ").");
                    }
                }
            }
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM speaker_alias WHERE speaker_id = ?")) {
                for (long id : ids) {
                    clear.setLong(1, id); // first, so that an alias can move to another speaker of the set
                    clear.executeUpdate();
                }
            }
            List<Speaker> restored = new ArrayList<>();
            for (Speaker snapshot : snapshots) {
                if (SpeakerRows.byId(connection, snapshot.id()).isEmpty()) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO speaker (id, uuid, name, kind) VALUES (?,?,?,?)")) {
                        insert.setLong(1, snapshot.id());
                        insert.setString(2, snapshot.uuid());
                        insert.setString(3, snapshot.name());
                        insert.setString(4, snapshot.kind().code());
                        insert.executeUpdate();
                    }
                }
                write(connection, snapshot.id(), new SpeakerDraft(snapshot.name(), snapshot.kind(), snapshot.role(), snapshot.affiliation(),
                        snapshot.description(), snapshot.wikidata(), snapshot.aliases()));
                restored.add(get(connection, snapshot.id()));
            }
            return restored;
        });
    }

    /** How many quotes each speaker has (speakers without quotes are absent). */
    public java.util.Map<Long, Integer> quoteCounts() {
        return transactions.read("Counting speakers' quotes", connection -> {
            java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT speaker_id, count(*) FROM quote WHERE speaker_id IS NOT NULL GROUP BY speaker_id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getLong(1), rows.getInt(2));
                }
            }
            return counts;
        });
    }

    private static int quoteCount(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM quote WHERE speaker_id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Sets every column but the identity, and replaces the aliases. */
    private static void write(Connection connection, long id, SpeakerDraft draft) throws SQLException {
        Optional<Speaker> before = SpeakerRows.byId(connection, id);
        try (PreparedStatement update = connection.prepareStatement("UPDATE speaker SET name = ?, kind = ?, role = ?, "
                + "affiliation = ?, description = ?, external_id = ?, " + RowRevisions.BUMP + " WHERE id = ?");
                PreparedStatement clear = connection.prepareStatement("DELETE FROM speaker_alias WHERE speaker_id = ?")) {
            update.setString(1, draft.name());
            update.setString(2, draft.kind().code());
            Rows.bind(update, 3, draft.role());
            Rows.bind(update, 4, draft.affiliation());
            Rows.bind(update, 5, draft.description());
            Rows.bind(update, 6, draft.wikidata().map(WikidataId::value));
            RowRevisions.bind(update, 7, connection, before.map(b -> ChangedFields.of(b, draft)).orElse(List.of()));
            update.setLong(10, id);
            update.executeUpdate();
            clear.setLong(1, id);
            clear.executeUpdate();
        }
        for (String alias : draft.aliases()) {
            if (!alias.strip().equalsIgnoreCase(draft.name())) {
                insertAlias(connection, id, alias);
            }
        }
    }

    static Speaker get(Connection connection, long id) throws SQLException {
        return SpeakerRows.byId(connection, id).orElseThrow(() -> new QuotebenchException("No speaker with id " + id + "."));
    }

    /**
     * By name or alias, ignoring case and Unicode's form (names stored before they were composed may be
     * decomposed), then case and accents in any script.
     */
    private static Optional<Speaker> findByName(Connection connection, String name) throws SQLException {
        String composed = Names.composed(name.strip());
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        Dialect dialect = Dialect.of(connection);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM speaker WHERE " + dialect.equalsIgnoringCase("name") + " OR " + dialect.equalsIgnoringCase("name")
                        + " UNION ALL SELECT speaker_id FROM speaker_alias WHERE " + dialect.equalsIgnoringCase("alias") + " OR "
                        + dialect.equalsIgnoringCase("alias") + " LIMIT 1")) {
            query.setString(1, composed);
            query.setString(2, decomposed);
            query.setString(3, composed);
            query.setString(4, decomposed);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return Optional.of(get(connection, rows.getLong(1)));
                }
            }
        }
        java.util.OptionalLong matched = NameMatch.firstId(connection,
                "SELECT id, name FROM speaker UNION ALL SELECT speaker_id, alias FROM speaker_alias", composed);
        return matched.isPresent() ? Optional.of(get(connection, matched.getAsLong())) : Optional.empty();
    }

    private static long insert(Connection connection, SpeakerDraft draft) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO speaker (uuid, name, kind, role, "
                + "affiliation, description, external_id) VALUES (?,?,?,?,?,?,?) RETURNING id")) {
            insert.setString(1, Rows.newUuid());
            insert.setString(2, draft.name());
            insert.setString(3, draft.kind().code());
            Rows.bind(insert, 4, draft.role());
            Rows.bind(insert, 5, draft.affiliation());
            Rows.bind(insert, 6, draft.description());
            Rows.bind(insert, 7, draft.wikidata().map(WikidataId::value));
            return Rows.insertedId(insert);
        }
    }

    private static void insertAlias(Connection connection, long speakerId, String alias) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO speaker_alias (uuid, speaker_id, alias) VALUES (?,?,?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, Rows.newUuid());
            insert.setLong(2, speakerId);
            insert.setString(3, Names.required(alias, "An alias"));
            insert.executeUpdate();
        }
    }
}
