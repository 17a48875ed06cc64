package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quotebench.core.Coded;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Speaker;
import org.quotebench.core.Span;
import org.quotebench.core.Verdict;

/**
 * Reads many quotes with their speakers, events and pieces in four queries, however many quotes there
 * are: an article with thousands of quotes must open without thousands of round trips.
 */
final class QuoteRows {
    private static final String COLUMNS = "q.id, q.uuid, q.article_id, q.start, q.\"end\", q.exact, q.kind, q.speaker_id, "
            + "q.mention_start, q.mention_end, q.cue_start, q.cue_end, q.status, q.verdict, q.note, q.annotator, "
            + "q.created_at, q.updated_at, ";
    // Parsing codes leniently costs a few string operations each; stored codes are always exact.
    private static final Map<String, QuoteKind> KINDS = codes(QuoteKind.class);
    private static final Map<String, QuoteStatus> STATUSES = codes(QuoteStatus.class);
    private static final Map<String, Verdict> VERDICTS = codes(Verdict.class);

    private static final Comparator<Event> BY_NAME = (a, b) -> Arrays.compare(a.name().codePoints().toArray(),
            b.name().codePoints().toArray());

    private static final Comparator<Row> IN_TEXT_ORDER = Comparator.<Row>comparingLong(row -> row.quote().articleId())
            .thenComparingInt(row -> row.quote().span().start()).thenComparingInt(row -> row.quote().span().end())
            .thenComparingLong(row -> row.quote().id());

    /** A quote as its row has it, before its speaker and events are attached. */
    private record Row(Quote quote, long speakerId) {
    }

    private QuoteRows() {
    }

    /** The quotes matching {@code where} (a condition on {@code quote q}), by article, start, end and id. */
    static List<Quote> read(Connection connection, SqlWhere where) throws SQLException {
        List<Row> rows = rows(connection, where);
        // Sorting 10,000 records here takes a few milliseconds; SQLite's temporary B-tree took about 15.
        rows.sort(IN_TEXT_ORDER);
        if (rows.isEmpty()) {
            return List.of();
        }
        // The ids are at hand: passing them as one JSON array is ~30 times faster than a subquery
        // that walks the quotes again, and works for any number of ids.
        String speakerIds = rows.stream().filter(row -> row.speakerId() > 0).map(row -> Long.toString(row.speakerId()))
                .distinct().collect(Collectors.joining(",", "[", "]"));
        Map<Long, Speaker> speakers = speakerIds.length() > 2
                ? SpeakerRows.read(connection, new SqlWhere().and(Dialect.of(connection).inIdList("s.id"), speakerIds), "s.id")
                : Map.of();
        Map<Long, List<Event>> events = events(connection, where);
        Map<Long, List<Span>> fragments = FragmentRows.read(connection, where);
        List<Quote> quotes = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Quote q = row.quote();
            Optional<Speaker> speaker = row.speakerId() > 0 ? Optional.of(speaker(connection, speakers, row.speakerId()))
                    : Optional.empty();
            quotes.add(new Quote(q.id(), q.uuid(), q.articleId(), q.span(), q.exact(), q.kind(), q.status(), q.verdict(),
                    q.note(), speaker, q.mention(), q.cue(), events.getOrDefault(q.id(), List.of()), q.annotator(),
                    q.createdAt(), q.updatedAt(), fragments.getOrDefault(q.id(), List.of(q.span())), q.revision()));
        }
        return quotes;
    }

    /** One quote by id, if it exists. */
    static Optional<Quote> byId(Connection connection, long id) throws SQLException {
        List<Quote> found = read(connection, new SqlWhere().and("q.id = ?", id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Row> rows(Connection connection, SqlWhere where) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + RowRevisions.columns(connection, "q") + " FROM quote q WHERE " + where.sql())) {
            where.bind(query, 1);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long speakerId = row.getLong(8); // ids start at 1: 0 means SQL NULL
                    Quote quote = new Quote(row.getLong(1), row.getString(2), row.getLong(3),
                            new Span(row.getInt(4), row.getInt(5)), row.getString(6), code(KINDS, QuoteKind.class, row.getString(7)),
                            code(STATUSES, QuoteStatus.class, row.getString(13)), code(VERDICTS, Verdict.class, row.getString(14)),
                            Optional.ofNullable(row.getString(15)), Optional.empty(), span(row, 9), span(row, 11), List.of(),
                            Optional.ofNullable(row.getString(16)), row.getString(17), row.getString(18), List.of(),
                            RowRevisions.read(row, 19));
                    rows.add(new Row(quote, speakerId));
                }
            }
        }
        return rows;
    }

    private static Map<Long, List<Event>> events(Connection connection, SqlWhere where) throws SQLException {
        Map<Long, List<Event>> events = new HashMap<>();
        Map<Long, Event> seen = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT qe.quote_id, " + Events.COLUMNS
                + " FROM quote q JOIN quote_event qe ON qe.quote_id = q.id JOIN event e ON e.id = qe.event_id WHERE "
                + where.sql())) {
            where.bind(query, 1);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    // Few events, many links: an event's other columns are read (a JNI call each) only once.
                    Event event = seen.get(row.getLong(2));
                    if (event == null) {
                        event = Events.read(row);
                        seen.put(event.id(), event);
                    }
                    events.computeIfAbsent(row.getLong(1), id -> new ArrayList<>(2)).add(event);
                }
            }
        }
        // Sorted here rather than by SQL, which costs a temporary B-tree; by code point, as SQLite's BINARY
        // collation orders UTF-8, so the order stays what it was.
        for (List<Event> list : events.values()) {
            if (list.size() > 1) {
                list.sort(BY_NAME);
            }
        }
        return events;
    }

    private static Speaker speaker(Connection connection, Map<Long, Speaker> speakers, long id) throws SQLException {
        Speaker speaker = speakers.get(id);
        // Only a foreign-key violation could leave a quote pointing at no speaker; then the plain lookup reports it.
        return speaker != null ? speaker : Speakers.get(connection, id);
    }

    private static Optional<Span> span(ResultSet row, int startColumn) throws SQLException {
        int start = row.getInt(startColumn);
        if (row.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new Span(start, row.getInt(startColumn + 1)));
    }

    private static <E extends Enum<E> & Coded> Map<String, E> codes(Class<E> type) {
        Map<String, E> codes = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            codes.put(constant.code(), constant);
        }
        return Map.copyOf(codes);
    }

    private static <E extends Enum<E> & Coded> E code(Map<String, E> codes, Class<E> type, String code) {
        E found = codes.get(code);
        return found != null ? found : Coded.parse(type, type.getSimpleName(), code);
    }
}
