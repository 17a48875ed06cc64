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
 * speakers are matched by name or alias or created, and a span the article already has a quote for
 * (accepted, suggested or rejected) is skipped, so rejected suggestions are not proposed again.
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
            Set<Span> taken = new HashSet<>();
            for (Quote quote : workspace.quotes().ofArticle(articleId)) {
                taken.add(quote.span());
            }
            List<Quote> added = new ArrayList<>();
            int skipped = 0;
            for (Suggestion suggestion : suggestions) {
                if (!taken.add(suggestion.span())) {
                    skipped++;
                    continue;
                }
                Optional<Long> speakerId = suggestion.speaker().filter(name -> !name.isBlank()).map(name -> speaker(suggestion, name));
                added.add(workspace.quotes().add(new QuoteDraft(articleId, suggestion.span(), suggestion.kind(),
                        QuoteStatus.SUGGESTED, Verdict.UNCHECKED, Optional.empty(), speakerId, suggestion.mention(),
                        suggestion.cue(), List.of(), annotator, Optional.empty())));
            }
            return new Stored(added, skipped);
        });
    }

    /**
     * The speaker a suggestion names: by name or alias; else, for a bare surname the article never
     * spelt out, the one person of the library with that surname; else a new speaker as the finder saw it.
     */
    private long speaker(Suggestion suggestion, String name) {
        Optional<Speaker> known = workspace.speakers().findByName(name);
        if (known.isEmpty() && suggestion.speakerKind().orElse(SpeakerKind.PERSON) == SpeakerKind.PERSON) {
            known = workspace.speakers().bySurname(name);
        }
        return known.orElseGet(() -> workspace.speakers().findOrCreate(new SpeakerDraft(name, suggestion.speakerKind()
                .orElse(SpeakerKind.PERSON), suggestion.role(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()))).id();
    }
}
