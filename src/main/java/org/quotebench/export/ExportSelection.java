package org.quotebench.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.quotebench.core.Article;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Event;
import org.quotebench.core.QuotebenchException;
import org.quotebench.core.Quote;
import org.quotebench.core.QuoteStatus;
import org.quotebench.store.LibraryFilter;
import org.quotebench.store.Workspace;

/**
 * Which articles and quotes an export takes: given articles, or those an outlet, speaker or event
 * selects; within them, the quotes with the status, speaker, event and annotator asked for. A quote
 * without events counts as being about its article's events.
 */
public record ExportSelection(List<Long> articleIds, Optional<String> outlet, Optional<String> speaker, Optional<String> event,
        Optional<String> annotator, Optional<QuoteStatus> status) {

    public List<ExportedArticle> read(Workspace workspace) {
        Optional<Long> speakerId = speaker.map(name -> workspace.speakers().findByName(name)
                .orElseThrow(() -> new QuotebenchException("No speaker named '" + name + "'.")).id());
        Optional<Long> eventId = event.map(name -> workspace.events().findByName(name)
                .orElseThrow(() -> new QuotebenchException("No event named '" + name + "'.")).id());
        List<Long> ids = new ArrayList<>();
        if (articleIds.isEmpty()) {
            for (ArticleInfo info : workspace.articles().find(new LibraryFilter(Optional.empty(), outlet, speakerId, eventId,
                    Optional.empty()))) {
                ids.add(info.id());
            }
            ids.sort(null); // in the order they were imported, whatever the library's order
        } else {
            ids.addAll(articleIds);
        }
        List<ExportedArticle> articles = new ArrayList<>(ids.size());
        java.util.Map<String, String> changeTimes = workspace.changeTimes();
        for (long id : ids) {
            Article article = workspace.articles().get(id); // an unknown id is a user error, before anything is written
            List<Event> covered = workspace.events().ofArticle(id);
            Set<Long> articleEvents = Set.copyOf(covered.stream().map(Event::id).toList());
            Predicate<Quote> wanted = q -> status.map(s -> q.status() == s).orElse(true)
                    && speakerId.map(s -> q.speaker().map(sp -> sp.id() == s).orElse(false)).orElse(true)
                    && eventId.map(e -> q.events().isEmpty() ? articleEvents.contains(e)
                            : q.events().stream().anyMatch(ev -> ev.id() == e)).orElse(true)
                    && annotator.map(a -> q.annotator().map(a::equalsIgnoreCase).orElse(false)).orElse(true);
            articles.add(new ExportedArticle(article, workspace.quotes().ofArticle(id).stream().filter(wanted).toList(), covered,
                    changeTimes));
        }
        return articles;
    }
}
