package org.quotebench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.quotebench.core.Span;

/** Small conversions between rows and values, so that absent values are Optional, never null. */
final class Rows {
    private Rows() {
    }

    static Optional<String> text(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    static Optional<Span> span(ResultSet row, String start, String end) throws SQLException {
        int from = row.getInt(start);
        if (row.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new Span(from, row.getInt(end)));
    }

    static void bind(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    static void bindSpan(PreparedStatement statement, int index, Optional<Span> span) throws SQLException {
        if (span.isPresent()) {
            statement.setInt(index, span.get().start());
            statement.setInt(index + 1, span.get().end());
        } else {
            statement.setNull(index, Types.INTEGER);
            statement.setNull(index + 1, Types.INTEGER);
        }
    }

    static void bindId(PreparedStatement statement, int index, Optional<Long> id) throws SQLException {
        if (id.isPresent()) {
            statement.setLong(index, id.get());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    /** Runs an {@code INSERT … RETURNING id} and gives the new row's id. */
    static long insertedId(java.sql.PreparedStatement insert) throws java.sql.SQLException {
        try (java.sql.ResultSet returned = insert.executeQuery()) {
            if (!returned.next()) {
                throw new java.sql.SQLException("the insert returned no id");
            }
            return returned.getLong(1);
        }
    }

    static String newUuid() {
        return UUID.randomUUID().toString();
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
