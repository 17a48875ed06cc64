package org.quotebench.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteDraft;
import org.quotebench.core.QuoteStatus;
import org.quotebench.core.Span;
import org.quotebench.core.Speaker;
import org.quotebench.core.SpeakerDraft;
import org.quotebench.core.SpeakerKind;
import org.quotebench.core.Suggestion;
import org.quotebench.core.Verdict;

/**
 * Stores the quote finder's suggestions as quotes with status "suggested", in one transaction:
 * speakers are matched by name or alias (whatever the case, accents or spacing) or created, and a
 * suggestion overlapping a quote the article already has (accepted, suggested or rejected; marked
 * with or without its quotation marks) is skipped, so nothing marked or rejected is proposed again.
 */
public final class SuggestionStore {
    /** What storing did: the quotes added and how many suggestions were already there. */
    public record Stored(List<Quote> added, int skipped) {
    }

    private final Workspace workspace;

    public SuggestionStore(Workspace workspace) {
        this.workspace = workspace;
    }

    public Stored store(long articleId, List<Suggestion> suggestions, Optional<String> annotator) {
        return workspace.change("Storing suggestions", () -> {
            List<Span> marked = workspace.quotes().ofArticle(articleId).stream().map(Quote::span).toList();
            Set<Span> taken = new HashSet<>();
            SpeakerIndex speakers = new SpeakerIndex(workspace.speakers().list());
            List<Quote> added = new ArrayList<>();
            int skipped = 0;
            for (Suggestion suggestion : suggestions) {
                if (overlapsAny(suggestion.span(), marked) || !taken.add(suggestion.span())) {
                    skipped++;
                    continue;
                }
                Optional<Long> speakerId = suggestion.speaker().filter(name -> !name.isBlank())
                        .map(name -> speaker(speakers, suggestion, name));
                added.add(workspace.quotes().add(new QuoteDraft(articleId, suggestion.span(), suggestion.kind(),
                        QuoteStatus.SUGGESTED, Verdict.UNCHECKED, Optional.empty(), speakerId, suggestion.mention(),
                        suggestion.cue(), List.of(), annotator, Optional.empty()).withFragments(suggestion.fragments())));
            }
            return new Stored(added, skipped);
        });
    }

    /** Whether a span shares a character with any of these (touching ends do not count). */
    private static boolean overlapsAny(Span span, List<Span> others) {
        for (Span other : others) {
            if (span.start() < other.end() && other.start() < span.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker a suggestion names: by name or alias; else, for a bare surname the article never
     * spelt out, the one person of the library with that surname; else a new speaker as the finder saw it.
     */
    private long speaker(SpeakerIndex speakers, Suggestion suggestion, String name) {
        Optional<Long> known = speakers.named(name);
        if (known.isEmpty() && suggestion.speakerKind().orElse(SpeakerKind.PERSON) == SpeakerKind.PERSON) {
            known = speakers.person(name);
        }
        return known.orElseGet(() -> {
            Speaker created = workspace.speakers().findOrCreate(new SpeakerDraft(name, suggestion.speakerKind()
                    .orElse(SpeakerKind.PERSON), suggestion.role(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
            speakers.add(created);
            return created.id();
        });
    }
}
