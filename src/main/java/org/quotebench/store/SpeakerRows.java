package org.quotebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.WikidataId;

/** Reads many speakers with their aliases in one query, instead of one query per speaker. */
final class SpeakerRows {
    private SpeakerRows() {
    }

    /**
     * The speakers matching {@code where} (a condition on {@code speaker s}), keyed by id, in the
     * order {@code orderBy} gives (for example {@code "s.name COLLATE NOCASE"}).
     */
    static Map<Long, Speaker> read(Connection connection, SqlWhere where, String orderBy) throws SQLException {
        // One row per alias (or one with a null alias): the speaker's columns repeat, which is cheap
        // next to a second round trip per speaker.
        String sql = "SELECT s.id, s.uuid, s.name, s.kind, s.role, s.affiliation, s.description, s.external_id, a.alias "
                + "FROM speaker s LEFT JOIN speaker_alias a ON a.speaker_id = s.id WHERE " + where.sql()
                + " ORDER BY " + orderBy + ", s.id, a.id";
        Map<Long, Speaker> speakers = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            where.bind(query, 1);
            try (ResultSet row = query.executeQuery()) {
                long current = -1;
                Speaker first = null;
                List<String> aliases = new ArrayList<>();
                while (row.next()) {
                    long id = row.getLong(1);
                    if (id != current) {
                        if (first != null) {
                            speakers.put(current, withAliases(first, aliases));
                        }
                        current = id;
                        first = speaker(row);
                        aliases = new ArrayList<>();
                    }
                    String alias = row.getString(9);
                    if (alias != null) {
                        aliases.add(alias);
                    }
                }
                if (first != null) {
                    speakers.put(current, withAliases(first, aliases));
                }
            }
        }
        return speakers;
    }

    /** One speaker by id, if it exists. */
    static Optional<Speaker> byId(Connection connection, long id) throws SQLException {
        return Optional.ofNullable(read(connection, new SqlWhere().and("s.id = ?", id), "s.id").get(id));
    }

    private static Speaker speaker(ResultSet row) throws SQLException {
        return new Speaker(row.getLong(1), row.getString(2), row.getString(3), SpeakerKind.parse(row.getString(4)),
                Optional.ofNullable(row.getString(5)), Optional.ofNullable(row.getString(6)),
                Optional.ofNullable(row.getString(7)), Optional.ofNullable(row.getString(8)).map(WikidataId::new), List.of());
    }

    private static Speaker withAliases(Speaker s, List<String> aliases) {
        return new Speaker(s.id(), s.uuid(), s.name(), s.kind(), s.role(), s.affiliation(), s.description(), s.wikidata(),
                aliases);
    }
}
