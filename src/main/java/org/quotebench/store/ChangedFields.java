package org.quotebench.store;

import java.util.ArrayList;
import java.util.List;
import org.quotebench.core.Quote;

/** Which fields a change touched, in the words a message uses ("verdict", "speaker"): what a revision records. */
final class ChangedFields {
    private ChangedFields() {
    }

    static List<String> of(Quote before, Quote after) {
        List<String> changed = new ArrayList<>();
        if (!before.fragments().equals(after.fragments())) {
            changed.add("words");
        }
        add(changed, "kind", before.kind(), after.kind());
        add(changed, "status", before.status(), after.status());
        add(changed, "verdict", before.verdict(), after.verdict());
        add(changed, "note", before.note(), after.note());
        add(changed, "speaker", before.speaker().map(s -> s.id()), after.speaker().map(s -> s.id()));
        add(changed, "speaker's mention", before.mention(), after.mention());
        add(changed, "cue", before.cue(), after.cue());
        add(changed, "events", before.events().stream().map(e -> e.id()).toList(), after.events().stream().map(e -> e.id()).toList());
        add(changed, "annotator", before.annotator(), after.annotator());
        return changed;
    }

    static List<String> of(org.quotebench.core.Speaker before, org.quotebench.core.SpeakerDraft after) {
        List<String> changed = new ArrayList<>();
        add(changed, "name", before.name(), after.name());
        add(changed, "kind", before.kind(), after.kind());
        add(changed, "role", before.role(), after.role());
        add(changed, "affiliation", before.affiliation(), after.affiliation());
        add(changed, "description", before.description(), after.description());
        add(changed, "Wikidata id", before.wikidata(), after.wikidata());
        add(changed, "aliases", java.util.Set.copyOf(before.aliases()), java.util.Set.copyOf(after.aliases()));
        return changed;
    }

    static List<String> of(org.quotebench.core.Event before, org.quotebench.core.EventDraft after) {
        List<String> changed = new ArrayList<>();
        add(changed, "name", before.name(), after.name());
        add(changed, "start", before.startsOn(), after.startsOn());
        add(changed, "end", before.endsOn(), after.endsOn());
        add(changed, "place", before.place(), after.place());
        add(changed, "description", before.description(), after.description());
        return changed;
    }

    static List<String> of(org.quotebench.core.ArticleMetadata before, org.quotebench.core.ArticleMetadata after) {
        List<String> changed = new ArrayList<>();
        add(changed, "title", before.title(), after.title());
        add(changed, "outlet", before.outlet(), after.outlet());
        add(changed, "author", before.author(), after.author());
        add(changed, "address", before.url(), after.url());
        add(changed, "date", before.publishedOn(), after.publishedOn());
        add(changed, "language", before.language(), after.language());
        return changed;
    }

    private static void add(List<String> changed, String field, Object before, Object after) {
        if (!before.equals(after)) {
            changed.add(field);
        }
    }
}
