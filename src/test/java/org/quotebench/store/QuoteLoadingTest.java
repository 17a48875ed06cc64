package org.quotebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteKind;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Verdict;
import org.quotebench.core.WikidataId;

/** The bulk loading of quotes gives exactly what loading them one by one gave. */
class QuoteLoadingTest {
    static final String TEXT = "🌉 Mayor Ines Varga said: «The tram reaches Saltmere in June.» Later the harbour master, "
            + "Marek Lind, added that the ferry would \"keep running\" through the works. A spokesperson declined to comment.";
    static final String OTHER = "Greywick council met on Tuesday. «We will publish the costs,» said Tom Hale.";

    @TempDir
    Path dir;
    Workspace workspace;
    long articleId;
    long otherId;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("news.qb"));
        articleId = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Tram", TEXT))).article().id();
        otherId = ((ImportOutcome.Imported) workspace.articles().importArticle(Drafts.article("Costs", OTHER))).article().id();
        Speaker varga = workspace.speakers().findOrCreate("Ines Varga");
        workspace.speakers().addAlias(varga.id(), "Mayor Varga");
        workspace.speakers().addAlias(varga.id(), "I. Varga");
        Speaker lind = workspace.speakers().findOrCreate("Marek Lind");
        Speaker hale = workspace.speakers().findOrCreate("Tom Hale");
        long tram = workspace.events().findOrCreate("Tram opening").id();
        long works = workspace.events().findOrCreate("Harbour works").id();
        long budget = workspace.events().findOrCreate("Budget debate").id();

        add(articleId, span(TEXT, "«The tram reaches Saltmere in June.»"), QuoteKind.DIRECT, QuoteStatus.ACCEPTED,
                Optional.of(varga.id()), Optional.of(span(TEXT, "Ines Varga")), Optional.of(span(TEXT, "said")),
                List.of(works, tram), Optional.of("check the date"));
        // Same start as the next one, shorter: sorted by end.
        add(articleId, span(TEXT, "the ferry would"), QuoteKind.INDIRECT, QuoteStatus.SUGGESTED, Optional.of(lind.id()),
                Optional.of(span(TEXT, "Marek Lind")), Optional.empty(), List.of(works), Optional.empty());
        add(articleId, span(TEXT, "the ferry would \"keep running\" through the works"), QuoteKind.INDIRECT,
                QuoteStatus.ACCEPTED, Optional.of(lind.id()), Optional.empty(), Optional.of(span(TEXT, "added")), List.of(),
                Optional.empty());
        add(articleId, span(TEXT, "declined to comment"), QuoteKind.INDIRECT, QuoteStatus.REJECTED, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(budget), Optional.empty());
        add(otherId, span(OTHER, "«We will publish the costs,»"), QuoteKind.DIRECT, QuoteStatus.ACCEPTED,
                Optional.of(hale.id()), Optional.empty(), Optional.empty(), List.of(budget), Optional.empty());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void ofArticleGivesWhatLoadingOneByOneGave() throws SQLException {
        List<Quote> quotes = workspace.quotes().ofArticle(articleId);
        assertThat(quotes).isEqualTo(oneByOne(articleId));
        assertThat(workspace.quotes().list(QuoteFilter.ofArticle(articleId))).isEqualTo(quotes);
        assertThat(quotes).extracting(Quote::exact).containsExactly("«The tram reaches Saltmere in June.»",
                "the ferry would", "the ferry would \"keep running\" through the works", "declined to comment");
        Quote first = quotes.get(0);
        assertThat(first.speaker().orElseThrow().aliases()).containsExactly("Mayor Varga", "I. Varga");
        assertThat(first.events()).extracting(Event::name).containsExactly("Harbour works", "Tram opening");
        assertThat(first.mention()).contains(span(TEXT, "Ines Varga"));
        assertThat(first.cue()).contains(span(TEXT, "said"));
        assertThat(first.note()).contains("check the date");
        assertThat(quotes.get(2).mention()).isEmpty();
        assertThat(quotes.get(3).speaker()).isEmpty();
        assertThat(quotes.get(3).status()).isEqualTo(QuoteStatus.REJECTED);
    }

    @Test
    void listingWithFiltersGivesWhatLoadingOneByOneGave() throws SQLException {
        List<Quote> all = new ArrayList<>(oneByOne(articleId));
        all.addAll(oneByOne(otherId));
        assertThat(workspace.quotes().list(QuoteFilter.all())).isEqualTo(all);
        long budget = workspace.events().findByName("Budget debate").orElseThrow().id();
        assertThat(workspace.quotes().list(new QuoteFilter(Optional.empty(), Optional.empty(), Optional.of(budget),
                Optional.empty()))).extracting(Quote::exact).containsExactly("declined to comment", "«We will publish the costs,»");
        assertThat(workspace.quotes().ofArticle(9999)).isEmpty();
    }

    @Test
    void speakersAreListedWithTheirAliasesByName() {
        List<Speaker> speakers = workspace.speakers().list();
        assertThat(speakers).extracting(Speaker::name).containsExactly("Ines Varga", "Marek Lind", "Tom Hale");
        assertThat(speakers.get(0).aliases()).containsExactly("Mayor Varga", "I. Varga");
        assertThat(speakers.get(1).aliases()).isEmpty();
        assertThat(speakers.get(0)).isEqualTo(workspace.speakers().get(speakers.get(0).id()));
    }

    @Test
    void countsQuotesByStatus() {
        assertThat(workspace.quotes().count()).isEqualTo(5);
        assertThat(workspace.quotes().count(QuoteStatus.SUGGESTED)).isEqualTo(1);
        assertThat(workspace.quotes().count(QuoteStatus.REJECTED)).isEqualTo(1);
    }

    private void add(long article, Span span, QuoteKind kind, QuoteStatus status, Optional<Long> speaker,
            Optional<Span> mention, Optional<Span> cue, List<Long> events, Optional<String> note) {
        workspace.quotes().add(new QuoteDraft(article, span, kind, status, Verdict.UNCHECKED, note, speaker, mention, cue,
                events, Optional.of("tester"), Optional.empty()));
    }

    static Span span(String text, String part) {
        int start = text.indexOf(part);
        return new Span(start, start + part.length());
    }

    /** The reading this change replaced: one query per quote, per speaker, per alias list, per event list. */
    private List<Quote> oneByOne(long article) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.file())) {
            List<Long> ids = longs(c, "SELECT id FROM quote WHERE article_id = ? ORDER BY start, \"end\", id", article);
            List<Quote> quotes = new ArrayList<>();
            for (long id : ids) {
                try (PreparedStatement q = c.prepareStatement("SELECT * FROM quote WHERE id = ?")) {
                    q.setLong(1, id);
                    try (ResultSet row = q.executeQuery()) {
                        row.next();
                        long speakerId = row.getLong("speaker_id");
                        Optional<Speaker> speaker = row.wasNull() ? Optional.empty() : Optional.of(speaker(c, speakerId));
                        quotes.add(new Quote(id, row.getString("uuid"), row.getLong("article_id"),
                                new Span(row.getInt("start"), row.getInt("end")), row.getString("exact"),
                                QuoteKind.parse(row.getString("kind")), QuoteStatus.parse(row.getString("status")),
                                Verdict.parse(row.getString("verdict")), Rows.text(row, "note"), speaker,
                                Rows.span(row, "mention_start", "mention_end"), Rows.span(row, "cue_start", "cue_end"),
                                events(c, id), Rows.text(row, "annotator"), row.getString("created_at"),
                                row.getString("updated_at")));
                    }
                }
            }
            return quotes;
        }
    }

    private static Speaker speaker(Connection c, long id) throws SQLException {
        List<String> aliases = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT alias FROM speaker_alias WHERE speaker_id = ? ORDER BY id")) {
            q.setLong(1, id);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    aliases.add(rows.getString(1));
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT * FROM speaker WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return new Speaker(id, row.getString("uuid"), row.getString("name"), SpeakerKind.parse(row.getString("kind")),
                        Rows.text(row, "role"), Rows.text(row, "affiliation"), Rows.text(row, "description"),
                        Rows.text(row, "external_id").map(WikidataId::new), aliases);
            }
        }
    }

    private static List<Event> events(Connection c, long quoteId) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT e.* FROM event e JOIN quote_event qe ON qe.event_id = e.id "
                + "WHERE qe.quote_id = ? ORDER BY e.name")) {
            q.setLong(1, quoteId);
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    events.add(new Event(row.getLong("id"), row.getString("uuid"), row.getString("name"),
                            Rows.text(row, "starts_on"), Rows.text(row, "ends_on"), Rows.text(row, "place"),
                            Rows.text(row, "description")));
                }
            }
        }
        return events;
    }

    private static List<Long> longs(Connection c, String sql, long parameter) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, parameter);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
        }
        return values;
    }
}
