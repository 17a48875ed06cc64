package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies one workspace into another, a file to a server library or back (issue 25): every article
 * (with its versions and where it came from), speaker and alias, event, label, quote (status, verdict,
 * note, annotator, times, pieces, links) and what the finder was taught, each row under its own UUID.
 * Rows are matched by UUID (an article also by its text, a speaker, an event or a label by its name),
 * so copying again adds nothing; the ids are the target's own. The source is read in one snapshot and
 * the target written in one transaction: all of it, or on any failure nothing.
 */
public final class WorkspaceCopy {
    /** How many rows of each kind the copy added (those already there are not counted). */
    public record Report(Map<String, Integer> added) {
        public int added(String table) {
            return added.getOrDefault(table, 0);
        }
    }

    /** Columns never copied: the row's own id, and the server's generated search column. */
    private static final Set<String> NOT_COPIED = Set.of("id", "search");

    private WorkspaceCopy() {
    }

    /** Copies everything in {@code from} into {@code to}. */
    public static Report copy(Workspace from, Workspace to) {
        return from.transactions().readSnapshot("Reading the workspace to copy", source ->
                to.transactions().write("Copying into " + to.location(), target -> new WorkspaceCopy.Run(source, target).all()));
    }

    /** One copy: the id maps from source to target, table by table. */
    private static final class Run {
        private final Connection source;
        private final Connection target;
        private final Map<String, Integer> added = new LinkedHashMap<>();
        /** Per table, the rows this copy added: source id to target id. */
        private final Map<String, Map<Long, Long>> fresh = new HashMap<>();

        Run(Connection source, Connection target) {
            this.source = source;
            this.target = target;
        }

        Report all() throws SQLException {
            Map<Long, Long> articles = rows("article", Map.of(), "uuid", "text_sha256");
            Map<Long, Long> speakers = rows("speaker", Map.of(), "uuid", "name");
            rows("speaker_alias", Map.of("speaker_id", speakers), "uuid", "speaker_id+alias");
            keepChangeTimes("speaker"); // adding an alias marked its speaker as changed now
            Map<Long, Long> events = rows("event", Map.of(), "uuid", "name");
            links("article_event", Map.of("article_id", articles, "event_id", events));
            Map<Long, Long> labels = rows("label", Map.of(), "uuid", "label_set+name");
            Map<Long, Long> quotes = rows("quote", Map.of("article_id", articles, "speaker_id", speakers), "uuid");
            links("quote_event", Map.of("quote_id", quotes, "event_id", events));
            links("quote_label", Map.of("quote_id", quotes, "label_id", labels));
            links("quote_fragment", Map.of("quote_id", quotes));
            links("taught_finder", Map.of());
            return new Report(Map.copyOf(added));
        }

        /**
         * Copies the rows of a table with an id, mapping its links through {@code maps}; returns source id
         * to target id. A row whose key ({@code keys}: first UUID, then what else is unique) is there already
         * is not copied but mapped to the row there.
         */
        private Map<Long, Long> rows(String table, Map<String, Map<Long, Long>> maps, String... keys) throws SQLException {
            Map<Long, Long> ids = new HashMap<>();
            List<String> columns = columns(table, false);
            String insert = insert(table, columns) + " ON CONFLICT DO NOTHING";
            try (PreparedStatement read = source.prepareStatement("SELECT * FROM " + table + " ORDER BY id");
                    ResultSet rows = read.executeQuery();
                    PreparedStatement write = target.prepareStatement(insert)) {
                while (rows.next()) {
                    long sourceId = rows.getLong("id");
                    Long existing = find(table, rows, maps, keys);
                    if (existing == null) {
                        bind(write, rows, columns, maps);
                        write.executeUpdate();
                        existing = find(table, rows, maps, keys);
                        if (existing == null) {
                            throw new SQLException("a row of " + table + " could not be copied: " + rows.getString(keys[0]));
                        }
                        added.merge(table, 1, Integer::sum);
                        fresh.computeIfAbsent(table, t -> new HashMap<>()).put(sourceId, existing);
                    }
                    ids.put(sourceId, existing);
                }
            }
            return ids;
        }

        /** Gives the rows this copy added to {@code table} the change time they have in the source. */
        private void keepChangeTimes(String table) throws SQLException {
            try (PreparedStatement read = source.prepareStatement("SELECT updated_at FROM " + table + " WHERE id = ?");
                    PreparedStatement write = target.prepareStatement("UPDATE " + table + " SET updated_at = ? WHERE id = ?")) {
                for (Map.Entry<Long, Long> row : fresh.getOrDefault(table, Map.of()).entrySet()) {
                    read.setLong(1, row.getKey());
                    try (ResultSet time = read.executeQuery()) {
                        if (time.next()) {
                            write.setString(1, time.getString(1));
                            write.setLong(2, row.getValue());
                            write.executeUpdate();
                        }
                    }
                }
            }
        }

        /** Copies the rows of a table without an id of its own (links, pieces, the finder's row). */
        private void links(String table, Map<String, Map<Long, Long>> maps) throws SQLException {
            List<String> columns = columns(table, true);
            try (PreparedStatement read = source.prepareStatement("SELECT * FROM " + table);
                    ResultSet rows = read.executeQuery();
                    PreparedStatement write = target.prepareStatement(insert(table, columns) + " ON CONFLICT DO NOTHING")) {
                while (rows.next()) {
                    if (bind(write, rows, columns, maps)) {
                        int inserted = write.executeUpdate();
                        if (inserted > 0) {
                            added.merge(table, inserted, Integer::sum);
                        }
                    }
                }
            }
        }

        /** Binds a row's values, its links mapped; false when a link points to a row that was not copied. */
        private boolean bind(PreparedStatement write, ResultSet rows, List<String> columns, Map<String, Map<Long, Long>> maps)
                throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                Object value = rows.getObject(column);
                Map<Long, Long> map = maps.get(column);
                if (map != null && value != null) {
                    Long mapped = map.get(((Number) value).longValue());
                    if (mapped == null) {
                        return false;
                    }
                    value = mapped;
                }
                write.setObject(i + 1, value);
            }
            return true;
        }

        /**
         * The target's id for a source row, by the first key that finds one ("a+b" is two columns together,
         * a link among them mapped, a name compared ignoring case as the unique indexes do); null when none does.
         */
        private Long find(String table, ResultSet row, Map<String, Map<Long, Long>> maps, String... keys) throws SQLException {
            Dialect dialect = Dialect.of(target);
            for (String key : keys) {
                List<String> where = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                for (String column : key.split("\\+")) {
                    Object value = row.getObject(column);
                    if (value != null && maps.containsKey(column)) {
                        value = maps.get(column).get(((Number) value).longValue());
                    }
                    if (value == null) {
                        break;
                    }
                    boolean caseless = column.equals("name") && !table.equals("label") || column.equals("alias");
                    where.add(caseless ? dialect.equalsIgnoringCase(column) : column + " = ?");
                    values.add(value);
                }
                if (where.size() < key.split("\\+").length) {
                    continue;
                }
                try (PreparedStatement query = target.prepareStatement("SELECT id FROM " + table + " WHERE " + String.join(" AND ", where))) {
                    for (int i = 0; i < values.size(); i++) {
                        query.setObject(i + 1, values.get(i));
                    }
                    try (ResultSet found = query.executeQuery()) {
                        if (found.next()) {
                            return found.getLong(1);
                        }
                    }
                }
            }
            return null;
        }

        /** The columns both workspaces have, in the source's order, without generated ones (and the row's id unless {@code withId}). */
        private List<String> columns(String table, boolean withId) throws SQLException {
            List<String> both = new ArrayList<>();
            Set<String> there = new java.util.HashSet<>(names(target, table));
            for (String column : names(source, table)) {
                if (there.contains(column) && !NOT_COPIED.contains(column) || withId && column.equals("id")) {
                    both.add(column);
                }
            }
            return both;
        }

        private static List<String> names(Connection connection, String table) throws SQLException {
            List<String> names = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
                    ResultSet none = query.executeQuery()) {
                ResultSetMetaData meta = none.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                }
            }
            return names;
        }

        private static String insert(String table, List<String> columns) {
            List<String> quoted = columns.stream().map(c -> c.equals("end") ? "\"end\"" : c).toList();
            return "INSERT INTO " + table + " (" + String.join(", ", quoted) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        }
    }
}
