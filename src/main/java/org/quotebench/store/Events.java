package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quotebench.core.Event;
import org.quotebench.core.EventDraft;
import org.quotebench.core.Names;
import org.quotebench.core.QuotebenchException;

/** The events of a workspace and the articles that cover them. */
public final class Events {
    static final String COLUMNS = "e.id, e.uuid, e.name, e.starts_on, e.ends_on, e.place, e.description";

    private final Transactions transactions;

    Events(Transactions transactions) {
        this.transactions = transactions;
    }

    public Event add(EventDraft draft) {
        return transactions.write("Adding an event", connection -> {
            Optional<Event> existing = findByName(connection, draft.name());
            if (existing.isPresent()) {
                throw new QuotebenchException("An event named '" + existing.get().name() + "' already exists (id "
                        + existing.get().id() + ").");
            }
            return get(connection, insert(connection, draft));
        });
    }

    /** The event with this name, or a new one. */
    public Event findOrCreate(String name) {
        String wanted = Names.required(name, "An event");
        return transactions.write("Finding an event", connection -> {
            Optional<Event> existing = findByName(connection, wanted);
            return existing.isPresent() ? existing.get() : get(connection, insert(connection, EventDraft.named(wanted)));
        });
    }

    public Optional<Event> findByName(String name) {
        return transactions.read("Finding an event", connection -> findByName(connection, name.strip()));
    }

    public Event get(long id) {
        return transactions.read("Reading an event", connection -> get(connection, id));
    }

    public List<Event> list() {
        return transactions.read("Listing events", connection -> query(connection,
                "SELECT " + COLUMNS + " FROM event e ORDER BY e.starts_on IS NULL, e.starts_on, " + Dialect.of(connection).ignoringCase("e.name"),
                -1));
    }

    /** The events an article is linked to. */
    public List<Event> ofArticle(long articleId) {
        return transactions.read("Reading an article's events", connection -> query(connection, "SELECT " + COLUMNS
                + " FROM event e JOIN article_event ae ON ae.event_id = e.id WHERE ae.article_id = ? ORDER BY e.name",
                articleId));
    }

    /** Links an article to an event; linking twice is harmless. */
    public Event link(long eventId, long articleId) {
        return transactions.write("Linking an article to an event", connection -> {
            Event event = get(connection, eventId);
            Articles.text(connection, articleId); // refuses an unknown article with a clear message
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO article_event (article_id, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setLong(1, articleId);
                insert.setLong(2, eventId);
                insert.executeUpdate();
            }
            return event;
        });
    }

    /** Changes an event's name, dates, place and description; a name another event has is refused. */
    public Event update(long id, EventDraft draft) {
        return transactions.write("Changing an event", connection -> update(connection, id, draft, Optional.empty()));
    }

    /**
     * As {@link #update(long, EventDraft)} for an edit made on {@code seen}, the event as the editor read
     * it: refused with an {@link org.quotebench.core.EditConflict} (nothing stored) when someone else
     * changed it since (issue 25).
     */
    public Event update(Event seen, EventDraft draft) {
        return transactions.write("Changing an event", connection -> update(connection, seen.id(), draft, Optional.of(seen)));
    }

    /** Changes the event; with {@code seen}, only if the stored event is still that. */
    private static Event update(Connection connection, long id, EventDraft draft, Optional<Event> seen) throws SQLException {
        Event before = get(connection, id);
        if (seen.isPresent()) {
            RowRevisions.refuseIfChanged(connection, "event", id, before, seen.get(), "The event " + before.name());
        }
        Optional<Event> holder = findByName(connection, draft.name());
        if (holder.isPresent() && holder.get().id() != id) {
            throw new QuotebenchException("An event named '" + holder.get().name() + "' already exists (id "
                    + holder.get().id() + ").");
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE event SET name = ?, starts_on = ?, ends_on = ?, place = ?, description = ?, " + RowRevisions.BUMP
                        + " WHERE id = ?")) {
            update.setString(1, draft.name());
            Rows.bind(update, 2, draft.startsOn());
            Rows.bind(update, 3, draft.endsOn());
            Rows.bind(update, 4, draft.place());
            Rows.bind(update, 5, draft.description());
            RowRevisions.bind(update, 6, connection, ChangedFields.of(before, draft));
            update.setLong(9, id);
            update.executeUpdate();
        }
        return get(connection, id);
    }

    /** Unlinks an article from an event; its quotes keep the events they have. */
    public Event unlink(long eventId, long articleId) {
        return transactions.write("Unlinking an article from an event", connection -> {
            Event event = get(connection, eventId);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM article_event WHERE article_id = ? AND event_id = ?")) {
                delete.setLong(1, articleId);
                delete.setLong(2, eventId);
                delete.executeUpdate();
            }
            return event;
        });
    }

    /**
     * Deletes an event that nothing uses but the given quotes: no other quote is about it and no article
     * is linked to it (undoing the change that created it). Returns whether it was deleted.
     */
    public boolean deleteIfUnusedBeyond(long eventId, java.util.Set<Long> quoteIds) {
        return transactions.write("Deleting an event", connection -> {
            try (PreparedStatement users = connection.prepareStatement(
                    "SELECT quote_id FROM quote_event WHERE event_id = ? UNION ALL SELECT -1 FROM article_event WHERE event_id = ?")) {
                users.setLong(1, eventId);
                users.setLong(2, eventId);
                try (ResultSet rows = users.executeQuery()) {
                    while (rows.next()) {
                        if (!quoteIds.contains(rows.getLong(1))) {
                            return false;
                        }
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM event WHERE id = ?")) {
                delete.setLong(1, eventId);
                return delete.executeUpdate() == 1; // its links to the given quotes go with it (ON DELETE CASCADE)
            }
        });
    }

    /**
     * Writes events back as snapshots have them (same ids and uuids), for redo: one that is gone is
     * inserted again, one that is there gets the snapshot's fields. An id that now belongs to another
     * uuid, or a name another event now has, is refused.
     */
    public List<Event> restoreAll(List<Event> snapshots) {
        return transactions.write("Restoring events", connection -> {
            List<Event> restored = new ArrayList<>();
            for (Event snapshot : snapshots) {
                Optional<Event> named = findByName(connection, snapshot.name());
                if (named.isPresent() && named.get().id() != snapshot.id()) {
                    throw new QuotebenchException("Cannot restore event '" + snapshot.name() + "': another event has that name now.");
                }
                Optional<Event> current = query(connection, "SELECT " + COLUMNS + " FROM event e WHERE e.id = ?", snapshot.id())
                        .stream().findFirst();
                if (current.isPresent() && !current.get().uuid().equals(snapshot.uuid())) {
                    throw new QuotebenchException("Cannot restore event '" + snapshot.name() + "': its id now belongs to '"
                            + current.get().name() + "'.");
                }
                try (PreparedStatement write = connection.prepareStatement(current.isPresent()
                        ? "UPDATE event SET name = ?, starts_on = ?, ends_on = ?, place = ?, description = ?, uuid = ? WHERE id = ?"
                        : "INSERT INTO event (name, starts_on, ends_on, place, description, uuid, id) VALUES (?,?,?,?,?,?,?)")) {
                    write.setString(1, snapshot.name());
                    Rows.bind(write, 2, snapshot.startsOn());
                    Rows.bind(write, 3, snapshot.endsOn());
                    Rows.bind(write, 4, snapshot.place());
                    Rows.bind(write, 5, snapshot.description());
                    write.setString(6, snapshot.uuid());
                    write.setLong(7, snapshot.id());
                    write.executeUpdate();
                }
                if (current.isPresent()) { // putting an event back is a change like any other: who, and what
                    try (PreparedStatement bump = connection.prepareStatement("UPDATE event SET " + RowRevisions.BUMP + " WHERE id = ?")) {
                        RowRevisions.bind(bump, 1, connection, ChangedFields.of(current.get(),
                                EventDraft.of(snapshot)));
                        bump.setLong(4, snapshot.id());
                        bump.executeUpdate();
                    }
                }
                restored.add(get(connection, snapshot.id()));
            }
            return restored;
        });
    }

    /** The ids of the articles linked to an event, in import order. */
    public List<Long> articleIds(long eventId) {
        return transactions.read("Reading an event's articles", connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT article_id FROM article_event WHERE event_id = ? ORDER BY article_id")) {
                query.setLong(1, eventId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    static Event get(Connection connection, long id) throws SQLException {
        List<Event> found = query(connection, "SELECT " + COLUMNS + " FROM event e WHERE e.id = ?", id);
        if (found.isEmpty()) {
            throw new QuotebenchException("No event with id " + id + ".");
        }
        return found.get(0);
    }

    /** The events of one quote, by name. */
    static List<Event> ofQuote(Connection connection, long quoteId) throws SQLException {
        return query(connection, "SELECT " + COLUMNS
                + " FROM event e JOIN quote_event qe ON qe.event_id = e.id WHERE qe.quote_id = ? ORDER BY e.name", quoteId);
    }

    /** By name ignoring case (SQLite's NOCASE, ASCII), else case and accents in any script ({@link NameMatch}). */
    private static Optional<Event> findByName(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM event WHERE "
                + Dialect.of(connection).equalsIgnoringCase("name"))) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return Optional.of(get(connection, rows.getLong(1)));
                }
            }
        }
        java.util.OptionalLong matched = NameMatch.firstId(connection, "SELECT id, name FROM event", name);
        return matched.isPresent() ? Optional.of(get(connection, matched.getAsLong())) : Optional.empty();
    }

    private static List<Event> query(Connection connection, String sql, long parameter) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter >= 0) {
                query.setLong(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    events.add(read(row));
                }
            }
        }
        return events;
    }

    /** The event in the current row, which has the columns of {@link #COLUMNS}. */
    static Event read(ResultSet row) throws SQLException {
        return new Event(row.getLong("id"), row.getString("uuid"), row.getString("name"),
                Rows.text(row, "starts_on"), Rows.text(row, "ends_on"), Rows.text(row, "place"),
                Rows.text(row, "description"));
    }

    private static long insert(Connection connection, EventDraft draft) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO event (uuid, name, starts_on, ends_on, place, description) VALUES (?,?,?,?,?,?) RETURNING id")) {
            insert.setString(1, Rows.newUuid());
            insert.setString(2, draft.name());
            Rows.bind(insert, 3, draft.startsOn());
            Rows.bind(insert, 4, draft.endsOn());
            Rows.bind(insert, 5, draft.place());
            Rows.bind(insert, 6, draft.description());
            return Rows.insertedId(insert);
        }
    }
}
