package org.parallax.event;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.account.CurrentUser;
import org.parallax.text.ArticleFeatures;
import org.parallax.text.EventFeatures;
import org.parallax.text.EventSimilarity;
import org.parallax.text.TermAnalyzer;
import org.parallax.text.TfIdfVectorizer;
import org.parallax.text.Token;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events: reading them with an explanation of their grouping, and curating them by hand. Every
 * curation step marks the articles it places as manual (so regrouping keeps them) and is written
 * to the event's history with the current user.
 */
@Service
class EventServiceImpl implements EventService {

    /** A member whose leave-one-out similarity is below the threshold times this is marked weak. */
    static final double WEAK_FACTOR = 1.0;
    static final int SHARED_TERMS = 12;

    private final EventRepository events;
    private final GroupingRepository grouping;
    private final GroupingService groupingService;
    private final CurrentUser user;
    private final RelatedCoverage relatedCoverage;
    private final EventSimilarity similarity = new EventSimilarity();
    private final TermAnalyzer analyzer = new TermAnalyzer();

    EventServiceImpl(EventRepository events, GroupingRepository grouping, GroupingService groupingService, CurrentUser user,
                     RelatedCoverage relatedCoverage) {
        this.events = events;
        this.relatedCoverage = relatedCoverage;
        this.grouping = grouping;
        this.groupingService = groupingService;
        this.user = user;
    }

    @Override
    @Transactional(readOnly = true)
    public int count(EventFilter filter) {
        return events.count(filter);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventSummary> list(EventFilter filter, int offset, int limit) {
        return events.list(filter, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> eventOf(long articleId) {
        return events.eventOf(articleId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<RelatedEvent>> related(long eventId) {
        return relatedCoverage.of(eventId);
    }

    @Override
    @Transactional(readOnly = true)
    public double threshold() {
        return groupingService.threshold();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<EventDetail> detail(long eventId) {
        return events.head(eventId).map(head -> {
            List<EventRepository.Member> members = events.members(eventId);
            List<Long> ids = members.stream().map(EventRepository.Member::articleId).toList();
            Map<Long, GroupingFeatures> features = grouping.features(ids);
            TfIdfVectorizer vectorizer = groupingService.vectorizer(Signatures.terms(new ArrayList<>(features.values())));
            Map<Long, ArticleFeatures> vectors = new LinkedHashMap<>();
            features.forEach((id, f) -> vectors.put(id, Signatures.toFeatures(f, vectorizer)));
            double threshold = groupingService.threshold();
            List<EventArticle> articles = new ArrayList<>();
            for (EventRepository.Member m : members) {
                double score = leaveOneOut(m.articleId(), vectors);
                articles.add(new EventArticle(m.articleId(), m.title(), m.outlet(), m.publishedAt(), m.wordCount(), score,
                        members.size() > 1 && score < threshold * WEAK_FACTOR, m.pinned(), m.manual()));
            }
            articles.sort(Comparator.comparingDouble(EventArticle::similarity).reversed().thenComparing(EventArticle::articleId));
            EventExplanation explanation = explain(members, features, vectorizer, head.from(), head.to());
            return new EventDetail(head.id(), head.title(), head.titleEdited(), head.from(), head.to(), articles, explanation,
                    events.history(eventId));
        });
    }

    /** The article's score against the event made of the other members (1 for a lone article). */
    private double leaveOneOut(long articleId, Map<Long, ArticleFeatures> vectors) {
        ArticleFeatures self = vectors.get(articleId);
        List<ArticleFeatures> others = vectors.entrySet().stream().filter(e -> e.getKey() != articleId).map(Map.Entry::getValue).toList();
        if (self == null || others.isEmpty()) {
            return 1.0;
        }
        return similarity.score(self, EventFeatures.of(others)).value();
    }

    private EventExplanation explain(List<EventRepository.Member> members, Map<Long, GroupingFeatures> features,
                                     TfIdfVectorizer vectorizer, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        Map<String, Integer> articleCount = new HashMap<>();
        for (GroupingFeatures f : features.values()) {
            Set<String> terms = new HashSet<>(f.body().counts().keySet());
            terms.addAll(f.title().counts().keySet());
            terms.forEach(t -> articleCount.merge(t, 1, Integer::sum));
        }
        int minShared = members.size() > 1 ? 2 : 1;
        List<String> top = articleCount.entrySet().stream().filter(e -> e.getValue() >= minShared)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingDouble(e -> -e.getValue() * vectorizer.idf(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(SHARED_TERMS).map(Map.Entry::getKey).toList();
        Map<String, String> surface = surfaceForms(members, new HashSet<>(top));
        List<EventExplanation.SharedTerm> terms = top.stream().map(t -> new EventExplanation.SharedTerm(
                surface.getOrDefault(t, t), articleCount.get(t), articleCount.get(t) * vectorizer.idf(t))).toList();

        Map<String, Set<Long>> actorArticles = new LinkedHashMap<>();
        Map<String, String> actorNames = new HashMap<>();
        for (GroupingRepository.ActorRow row : grouping.actors(features.keySet())) {
            actorArticles.computeIfAbsent(row.key(), k -> new HashSet<>()).add(row.articleId());
            actorNames.merge(row.key(), row.name(), (a, b) -> a.length() >= b.length() ? a : b);
        }
        foldShortForms(actorArticles, actorNames);
        List<EventExplanation.SharedActor> actors = actorArticles.entrySet().stream()
                .filter(e -> e.getValue().size() >= minShared)
                .sorted(Comparator.<Map.Entry<String, Set<Long>>>comparingInt(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(SHARED_TERMS)
                .map(e -> new EventExplanation.SharedActor(actorNames.get(e.getKey()), e.getValue().size())).toList();
        return new EventExplanation(terms, actors, timeSpan(members.size(), from, to));
    }

    /** Folds an actor key into the one longer key that contains all its words ("pashinyan" into "nikol pashinyan"). */
    static void foldShortForms(Map<String, Set<Long>> actorArticles, Map<String, String> names) {
        for (String key : List.copyOf(actorArticles.keySet())) {
            Set<String> words = Set.copyOf(Arrays.asList(key.split(" ")));
            List<String> longer = actorArticles.keySet().stream()
                    .filter(k -> !k.equals(key) && Set.copyOf(Arrays.asList(k.split(" "))).containsAll(words)).toList();
            if (longer.size() == 1) {
                actorArticles.get(longer.getFirst()).addAll(actorArticles.remove(key));
                names.remove(key);
            }
        }
    }

    /** The commonest surface word (as written in the articles) for each stemmed term. */
    private Map<String, String> surfaceForms(List<EventRepository.Member> members, Set<String> stems) {
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (EventRepository.Member m : members) {
            String text = m.title() + "\n\n" + m.body();
            for (Token t : analyzer.tokens(text)) {
                if (stems.contains(t.term())) {
                    forms.computeIfAbsent(t.term(), k -> new HashMap<>()).merge(t.text(text).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        Map<String, String> best = new HashMap<>();
        forms.forEach((stem, counts) -> best.put(stem, counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey()));
        return best;
    }

    static String timeSpan(int articles, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        if (from == null || to == null) {
            return articles == 1 ? "The article is undated." : "The articles are undated: they are grouped by their content alone.";
        }
        Duration d = Duration.between(from, to);
        if (d.toHours() < 1) {
            return "Published within an hour.";
        }
        if (d.toHours() < 48) {
            return "Published within " + d.toHours() + " hours.";
        }
        return "Published over " + d.toDays() + " days.";
    }

    @Override
    @Transactional
    public EventDetail rename(long eventId, String title) {
        requireEvent(eventId);
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new EventChangeException("An event needs a title.");
        }
        if (clean.length() > MAX_TITLE_LENGTH) {
            throw new EventChangeException("An event title has at most " + MAX_TITLE_LENGTH + " characters.");
        }
        events.rename(eventId, clean, true);
        events.logChange(eventId, "renamed", "to “" + clean + "”", user.id());
        return detail(eventId).orElseThrow();
    }

    @Override
    @Transactional
    public EventDetail merge(long targetId, List<Long> otherIds) {
        // every read below is under the grouping lock: a regroup or an import cannot change them meanwhile
        grouping.lockGrouping();
        requireEvent(targetId);
        List<Long> others = otherIds.stream().filter(id -> id != targetId).distinct().toList();
        if (others.isEmpty()) {
            throw new EventChangeException("Choose at least one other event to merge.");
        }
        for (long other : others) {
            requireEvent(other);
            events.moveAllMembers(other, targetId, user.id());
            events.logChange(other, "merged", "into event #" + targetId, user.id());
            events.refresh(other);
        }
        events.markAllManual(targetId, user.id());
        events.refresh(targetId);
        events.logChange(targetId, "merged", "events " + others.stream().map(id -> "#" + id).toList() + " into this one", user.id());
        return detail(targetId).orElseThrow();
    }

    @Override
    @Transactional
    public EventDetail split(long eventId, List<Long> articleIds) {
        grouping.lockGrouping();
        requireEvent(eventId);
        List<Long> members = events.memberIds(eventId);
        List<Long> leaving = articleIds.stream().distinct().filter(members::contains).toList();
        if (leaving.isEmpty()) {
            throw new EventChangeException("Choose articles of this event to split off.");
        }
        if (leaving.size() == members.size()) {
            throw new EventChangeException("Splitting off every article would leave the event empty: choose fewer.");
        }
        long created = events.createEvent("Split from event #" + eventId, user.id());
        placeByHand(leaving, eventId, created, "split", "articles " + leaving + " into event #" + created,
                "split", "from event #" + eventId + " with articles " + leaving);
        return detail(created).orElseThrow();
    }

    @Override
    @Transactional
    public EventDetail move(long articleId, @Nullable Long targetEventId) {
        grouping.lockGrouping();
        long from = eventOfArticle(articleId);
        long to;
        if (targetEventId == null) {
            if (events.memberIds(from).size() == 1) {
                throw new EventChangeException("The article is already alone in its event.");
            }
            to = events.createEvent("Article #" + articleId, user.id());
        } else {
            requireEvent(targetEventId);
            to = targetEventId;
        }
        placeByHand(List.of(articleId), from, to, "moved out", "article #" + articleId + " to event #" + to,
                "moved in", "article #" + articleId + " from event #" + from);
        return detail(to).orElseThrow();
    }

    @Override
    @Transactional
    public void pin(long articleId, boolean pinned) {
        long eventId = eventOfArticle(articleId);
        events.setPinned(articleId, pinned);
        events.logChange(eventId, pinned ? "pinned" : "unpinned", "article #" + articleId, user.id());
    }

    @Override
    public RegroupResult regroup(double threshold, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new EventChangeException("The threshold must be between 0 and 1.");
        }
        return groupingService.regroup(threshold, from, to);
    }

    /** Puts articles from one event into another as placed by hand, refreshes both and records the change in both. */
    private void placeByHand(List<Long> articleIds, long from, long to, String fromAction, String fromDetail,
                             String toAction, String toDetail) {
        for (long articleId : articleIds) {
            events.addMember(articleId, to, 1.0, true, user.id());
        }
        events.refresh(from);
        events.refresh(to);
        events.logChange(from, fromAction, fromDetail, user.id());
        events.logChange(to, toAction, toDetail, user.id());
    }

    private long eventOfArticle(long articleId) {
        return events.eventOf(articleId)
                .orElseThrow(() -> new EventChangeException("There is no article #" + articleId + " in any event."));
    }

    private void requireEvent(long eventId) {
        if (!events.exists(eventId)) {
            throw new EventChangeException("There is no event #" + eventId + ".");
        }
    }
}
