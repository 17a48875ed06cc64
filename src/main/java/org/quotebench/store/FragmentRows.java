package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotebench.core.Span;

/** The pieces of quotes in more than one piece (table quote_fragment); a quote of one piece has no rows. */
final class FragmentRows {
    private FragmentRows() {
    }

    /** Makes {@code pieces} the quote's pieces: rows only when there are several. Runs in the caller's transaction. */
    static void write(Connection connection, long quoteId, List<Span> pieces) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM quote_fragment WHERE quote_id = ?")) {
            clear.setLong(1, quoteId);
            clear.executeUpdate();
        }
        if (pieces.size() < 2) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO quote_fragment (quote_id, position, start, \"end\") VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < pieces.size(); i++) {
                insert.setLong(1, quoteId);
                insert.setInt(2, i);
                insert.setInt(3, pieces.get(i).start());
                insert.setInt(4, pieces.get(i).end());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The pieces of the quotes matching {@code where} (a condition on {@code quote q}) that have several, by quote id. */
    static Map<Long, List<Span>> read(Connection connection, SqlWhere where) throws SQLException {
        Map<Long, List<Span>> pieces = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT f.quote_id, f.start, f.\"end\" FROM quote q "
                + "JOIN quote_fragment f ON f.quote_id = q.id WHERE " + where.sql() + " ORDER BY f.quote_id, f.position")) {
            where.bind(query, 1);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    pieces.computeIfAbsent(row.getLong(1), id -> new ArrayList<>(2)).add(new Span(row.getInt(2), row.getInt(3)));
                }
            }
        }
        return pieces;
    }
}
