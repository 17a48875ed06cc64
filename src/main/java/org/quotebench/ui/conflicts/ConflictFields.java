package org.quotebench.ui.conflicts;

import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.ArticleMetadata;
import org.quotebench.core.EditConflict;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;
import org.quotebench.core.Speaker;

/**
 * What the conflict dialog shows as stored now: the fields of a quote someone else changed ("Verdict:
 * misquoted"), or every field of a speaker, an event or an article's details, whole, as the table or
 * dialog the user typed in shows them.
 */
public final class ConflictFields {
    /** One row of the dialog: the field and its value as stored now. */
    public record Row(String field, String now) {
    }

    private ConflictFields() {
    }

    private static final String NONE = "(none)";

    /** The rows for what the refused edit met: a quote's changed fields; every field of a speaker, an event or article details. */
    public static List<Row> of(EditConflict conflict) {
        return conflict.current(Quote.class).map(ConflictFields::of)
                .or(() -> conflict.current(Speaker.class).map(ConflictFields::of))
                .or(() -> conflict.current(Event.class).map(ConflictFields::of))
                .or(() -> conflict.current(ArticleMetadata.class).map(ConflictFields::of))
                .orElse(List.of());
    }

    /** A speaker's fields as the Speakers table shows them. */
    public static List<Row> of(Speaker s) {
        return List.of(new Row("Name", s.name()), new Row("Kind", s.kind().code()), new Row("Role", s.role().orElse(NONE)),
                new Row("Affiliation", s.affiliation().orElse(NONE)),
                new Row("Aliases", s.aliases().isEmpty() ? NONE : String.join(", ", s.aliases())),
                new Row("Wikidata", s.wikidata().map(org.quotebench.core.WikidataId::value).orElse(NONE)));
    }

    /** An article's details as the details dialog shows them. */
    public static List<Row> of(ArticleMetadata m) {
        return List.of(new Row("Title", m.title().orElse(NONE)), new Row("Outlet", m.outlet().orElse(NONE)),
                new Row("Author", m.author().orElse(NONE)), new Row("Date", m.publishedOn().orElse(NONE)),
                new Row("Web address", m.url().orElse(NONE)), new Row("Language", m.language().orElse(NONE)));
    }

    /** An event's fields as the Events table shows them. */
    public static List<Row> of(Event e) {
        return List.of(new Row("Name", e.name()), new Row("Starts", e.startsOn().orElse(NONE)), new Row("Ends", e.endsOn().orElse(NONE)),
                new Row("Place", e.place().orElse(NONE)), new Row("Description", e.description().orElse(NONE)));
    }

    /** A row for each field the stored revision changed, in its order; the words when nothing was named. */
    public static List<Row> of(Quote current) {
        List<String> what = current.revision().what();
        List<Row> rows = new ArrayList<>();
        for (String field : what.isEmpty() ? List.of("words") : what) {
            rows.add(new Row(capitalised(field), value(current, field)));
        }
        return rows;
    }

    private static String value(Quote q, String field) {
        return switch (field) {
            case "words" -> "“" + org.quotebench.core.Abbreviate.of(q.words()) + "”";
            case "kind" -> q.kind().code();
            case "status" -> q.status().code();
            case "verdict" -> q.verdict().code();
            case "note" -> q.note().orElse("(none)");
            case "speaker" -> q.speaker().map(s -> s.name()).orElse("(none)");
            case "speaker's mention" -> q.mention().isPresent() ? "marked elsewhere (see the article)" : "(none)";
            case "cue" -> q.cue().isPresent() ? "marked elsewhere (see the article)" : "(none)";
            case "events" -> q.events().isEmpty() ? "(none)" : String.join(", ", q.events().stream().map(Event::name).toList());
            case "annotator" -> q.annotator().orElse("(none)");
            default -> "";
        };
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
