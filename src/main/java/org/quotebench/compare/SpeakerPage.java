package org.quotebench.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotebench.core.ArticleInfo;
import org.quotebench.core.Event;
import org.quotebench.core.Quote;

/**
 * A speaker's quotes across the library, grouped by event: events in date order (by their start, or
 * else their earliest quote), quotes in each by the article's date and then position; quotes about
 * no event come last. A quote about two events is listed under both.
 */
public record SpeakerPage(List<Section> sections) {
    /** The quotes about one event (or about none). */
    public record Section(Optional<Event> event, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }

        /** The date the section sorts by: the event's start, else its earliest dated quote. */
        Optional<String> date() {
            return event.flatMap(Event::startsOn).or(() -> entries.stream().map(Entry::date).flatMap(Optional::stream).min(String::compareTo));
        }
    }

    /** One quote with the article it is in. */
    public record Entry(Quote quote, ArticleInfo article) {
        public Optional<String> date() {
            return article.metadata().publishedOn();
        }
    }

    public SpeakerPage {
        sections = List.copyOf(sections);
    }

    /**
     * Groups {@code quotes}; {@code articles} gives each quote's article by id (quotes whose article is
     * missing are left out), {@code articleEvents} the events each article covers: a quote without
     * events of its own is about its article's events, as everywhere else.
     */
    public static SpeakerPage of(List<Quote> quotes, Map<Long, ArticleInfo> articles, Map<Long, List<Event>> articleEvents) {
        Map<Long, Event> events = new LinkedHashMap<>();
        Map<Long, List<Entry>> byEvent = new LinkedHashMap<>();
        List<Entry> none = new ArrayList<>();
        for (Quote quote : quotes) {
            ArticleInfo article = articles.get(quote.articleId());
            if (article == null) {
                continue;
            }
            Entry entry = new Entry(quote, article);
            List<Event> about = quote.events().isEmpty() ? articleEvents.getOrDefault(quote.articleId(), List.of()) : quote.events();
            if (about.isEmpty()) {
                none.add(entry);
            }
            for (Event event : about) {
                events.putIfAbsent(event.id(), event);
                byEvent.computeIfAbsent(event.id(), id -> new ArrayList<>()).add(entry);
            }
        }
        Comparator<Entry> inOrder = Comparator.<Entry, String>comparing(e -> e.date().orElse("\uffff"))
                .thenComparingLong(e -> e.article().id()).thenComparingInt(e -> e.quote().span().start());
        List<Section> sections = new ArrayList<>();
        byEvent.forEach((id, entries) -> sections.add(new Section(Optional.of(events.get(id)), sorted(entries, inOrder))));
        sections.sort(Comparator.<Section, String>comparing(s -> s.date().orElse("\uffff"))
                .thenComparing(s -> s.event().map(Event::name).orElse(""), String.CASE_INSENSITIVE_ORDER));
        if (!none.isEmpty()) {
            sections.add(new Section(Optional.empty(), sorted(none, inOrder)));
        }
        return new SpeakerPage(sections);
    }

    private static List<Entry> sorted(List<Entry> entries, Comparator<Entry> order) {
        List<Entry> copy = new ArrayList<>(entries);
        copy.sort(order);
        return copy;
    }
}
