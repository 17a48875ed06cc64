package org.quotebench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.quotebench.core.TaughtFinder;

/** The one row that keeps what the workspace taught the quote finder (format 3): read, replaced, forgotten. */
public final class TaughtFinderRow {
    private final Transactions transactions;

    TaughtFinderRow(Transactions transactions) {
        this.transactions = transactions;
    }

    /** What the finder was taught here, if it was (never in a workspace of an older format open for reading only). */
    public Optional<TaughtFinder> read() {
        return transactions.read("Reading what the finder was taught", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet table = statement.executeQuery(Dialect.of(connection).tableCount("taught_finder"))) {
                if (!table.next() || table.getInt(1) == 0) {
                    return Optional.empty();
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT changes, quotes, articles, taught_at FROM taught_finder")) {
                return row.next() ? Optional.of(new TaughtFinder(row.getString(1), row.getInt(2), row.getInt(3), row.getString(4)))
                        : Optional.empty();
            }
        });
    }

    /** Keeps a new teaching in place of the last one; its time is now. */
    public TaughtFinder keep(String changes, int quotes, int articles) {
        TaughtFinder taught = new TaughtFinder(changes, quotes, articles, Instant.now().toString());
        transactions.write("Keeping what the finder learned", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO taught_finder"
                    + " (id, changes, quotes, articles, taught_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                    + " changes = excluded.changes, quotes = excluded.quotes, articles = excluded.articles, taught_at = excluded.taught_at")) {
                insert.setString(1, taught.changes());
                insert.setInt(2, taught.quotes());
                insert.setInt(3, taught.articles());
                insert.setString(4, taught.taughtAt());
                insert.executeUpdate();
            }
            return null;
        });
        return taught;
    }

    /** Forgets what the finder was taught here: the shipped finder is used again. Returns whether there was anything. */
    public boolean forget() {
        return transactions.write("Forgetting what the finder learned", connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM taught_finder") > 0;
            }
        });
    }
}
