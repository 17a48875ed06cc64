package org.quotebench.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** When each speaker and event last changed, by UUID: what a bundle carries so that a merge can tell the newer edit. */
final class ChangeTimes {
    private ChangeTimes() {
    }

    static Map<String, String> read(Transactions transactions) {
        return transactions.read("Reading when speakers and events changed", connection -> {
            Map<String, String> times = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet column = statement.executeQuery(Dialect.of(connection).columnCount("speaker", "updated_at"))) {
                if (!column.next() || column.getInt(1) == 0) {
                    return times; // a format-1 workspace open for reading only: no times to give
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT uuid, updated_at FROM speaker WHERE updated_at <> ''"
                            + " UNION ALL SELECT uuid, updated_at FROM event WHERE updated_at <> ''")) {
                while (rows.next()) {
                    times.put(rows.getString(1), rows.getString(2));
                }
            }
            return times;
        });
    }
}
