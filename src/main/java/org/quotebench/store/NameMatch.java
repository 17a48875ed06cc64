package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.quotebench.core.Names;

/**
 * Finds a row by a name whatever its case and accents, in every script ({@link Names#matchKey}, as the
 * quote finder matches names), where SQLite's NOCASE folds ASCII letters only. Reads every name the
 * query gives, so callers ask only after their indexed lookup found nothing.
 */
final class NameMatch {
    private NameMatch() {
    }

    /** The id of the first row of {@code sql} (selecting an id, then a name) whose name matches {@code name}. */
    static OptionalLong firstId(Connection connection, String sql, String name) throws SQLException {
        String key = Names.matchKey(name);
        if (key.isEmpty()) {
            return OptionalLong.empty();
        }
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (Names.matchKey(rows.getString(2)).equals(key)) {
                    return OptionalLong.of(rows.getLong(1));
                }
            }
        }
        return OptionalLong.empty();
    }
}
