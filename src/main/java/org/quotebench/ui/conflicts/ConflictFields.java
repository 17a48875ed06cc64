package org.quotebench.ui.conflicts;

import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;

/** The values of a quote's fields someone else changed, as the conflict dialog shows them ("Verdict: misquoted"). */
public final class ConflictFields {
    /** One row of the dialog: the field and its value as stored now. */
    public record Row(String field, String now) {
    }

    private ConflictFields() {
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
