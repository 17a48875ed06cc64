package org.quotebench.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional conditions, with its parameters, reusable in several queries. */
final class SqlWhere {
    private final StringBuilder clause = new StringBuilder("1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code AND condition}, whose placeholders take {@code values} in order. */
    SqlWhere and(String condition, Object... values) {
        clause.append(" AND (").append(condition).append(')');
        parameters.addAll(List.of(values));
        return this;
    }

    /**
     * Adds {@code AND condition} where the condition embeds another clause at its {@code {}} (for a
     * subquery such as {@code s.id IN (SELECT q.speaker_id FROM quote q WHERE {})}).
     */
    SqlWhere and(String condition, SqlWhere inner) {
        clause.append(" AND (").append(condition.replace("{}", inner.sql())).append(')');
        parameters.addAll(inner.parameters);
        return this;
    }

    String sql() {
        return clause.toString();
    }

    /** Binds the parameters starting at placeholder {@code first}; returns the next free placeholder. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : parameters) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
