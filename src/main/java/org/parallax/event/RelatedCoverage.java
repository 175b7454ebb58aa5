package org.parallax.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.text.SparseVector;
import org.parallax.text.TermAnalyzer;
import org.parallax.text.TermCounts;
import org.parallax.text.TfIdfVectorizer;
import org.parallax.text.Token;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Related coverage: events not grouped with an event whose articles are worded alike, so a user can
 * see coverage grouping kept apart (too far apart in time, or just below the threshold) and merge it.
 *
 * <p>Method. Each event is represented by the centroid of its representative members' TF-IDF
 * vectors (title and body terms, sublinear tf, smoothed idf over the corpus statistics; G. Salton
 * and C. Buckley, "Term-weighting approaches in automatic text retrieval", Information Processing
 * &amp; Management 24(5), 1988): c(E) = (1/|R|) Σ_{a∈R} v(a), R the event's up to
 * {@value #REPRESENTATIVES} most central members. Candidates are the events whose articles share at
 * least two signature terms (the inverted index grouping keeps, over all time, not only grouping's
 * window) with the event's representatives, at most {@value #CANDIDATE_EVENTS}. Each is scored by
 * cos(c(E), c(F)) = c(E)·c(F) / (‖c(E)‖ ‖c(F)‖); those of at least {@value #MIN_SIMILARITY} are kept,
 * the {@value #LIMIT} most similar first. The shared terms are the terms with the largest products
 * c(E)(t)·c(F)(t) (their share of the dot product), shown in their commonest written form.
 *
 * <p>Cost per request is bounded: one inverted-index query ranking at most {@value #CANDIDATE_ARTICLES}
 * articles, then the term bags of at most (1 + {@value #CANDIDATE_EVENTS}) × {@value #REPRESENTATIVES} articles.
 */
@Service
class RelatedCoverage {

    static final int REPRESENTATIVES = 5;
    static final int CANDIDATE_ARTICLES = 400;
    static final int CANDIDATE_EVENTS = 40;
    static final int LIMIT = 10;
    static final int SHARED_TERMS = 6;
    static final double MIN_SIMILARITY = 0.10;

    private final RelatedCoverageRepository related;
    private final GroupingRepository grouping;
    private final GroupingService groupingService;
    private final TermAnalyzer analyzer = new TermAnalyzer();

    RelatedCoverage(RelatedCoverageRepository related, GroupingRepository grouping, GroupingService groupingService) {
        this.related = related;
        this.grouping = grouping;
        this.groupingService = groupingService;
    }

    /** The events related to {@code eventId}, most similar first; empty when there is no such event. */
    @Transactional(readOnly = true)
    public Optional<List<RelatedEvent>> of(long eventId) {
        Map<Long, List<Long>> ownReps = grouping.representativeMembers(List.of(eventId), REPRESENTATIVES);
        List<Long> own = ownReps.getOrDefault(eventId, List.of());
        if (own.isEmpty()) {
            return related.heads(List.of(eventId)).isEmpty() ? Optional.empty() : Optional.of(List.of());
        }
        List<Long> candidates = related.candidateEvents(eventId, own, CANDIDATE_ARTICLES, CANDIDATE_EVENTS);
        if (candidates.isEmpty()) {
            return Optional.of(List.of());
        }
        Map<Long, List<Long>> reps = new LinkedHashMap<>(grouping.representativeMembers(candidates, REPRESENTATIVES));
        reps.put(eventId, own);
        Set<Long> articleIds = new HashSet<>();
        reps.values().forEach(articleIds::addAll);
        Map<Long, GroupingFeatures> features = grouping.features(articleIds);
        TfIdfVectorizer vectorizer = groupingService.vectorizer(Signatures.terms(new ArrayList<>(features.values())));

        SparseVector self = centroid(own, features, vectorizer);
        Map<Long, RelatedCoverageRepository.Head> heads = related.heads(candidates);
        List<Scored> scored = new ArrayList<>();
        for (long candidate : candidates) {
            SparseVector other = centroid(reps.getOrDefault(candidate, List.of()), features, vectorizer);
            double similarity = SparseVector.cosine(self, other);
            if (similarity >= MIN_SIMILARITY && heads.containsKey(candidate)) {
                scored.add(new Scored(candidate, similarity, sharedTerms(self, other)));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::similarity).reversed().thenComparingLong(Scored::id));
        List<Scored> top = scored.subList(0, Math.min(LIMIT, scored.size()));
        Set<String> stems = new HashSet<>();
        top.forEach(s -> stems.addAll(s.terms()));
        Map<String, String> surface = surfaceForms(related.texts(own), stems);
        return Optional.of(top.stream().map(s -> {
            RelatedCoverageRepository.Head head = heads.get(s.id());
            return new RelatedEvent(s.id(), head.title(), s.similarity(),
                    s.terms().stream().map(t -> surface.getOrDefault(t, t)).distinct().toList(), head.articleCount());
        }).toList());
    }

    private record Scored(long id, double similarity, List<String> terms) {}

    /** The centroid of the articles' TF-IDF vectors of their title and body terms together. */
    private static SparseVector centroid(List<Long> articleIds, Map<Long, GroupingFeatures> features, TfIdfVectorizer vectorizer) {
        List<SparseVector> vectors = new ArrayList<>();
        for (long id : articleIds) {
            GroupingFeatures f = features.get(id);
            if (f != null) {
                Map<String, Integer> bag = new HashMap<>(f.body().counts());
                f.title().counts().forEach((t, c) -> bag.merge(t, c, Integer::sum));
                vectors.add(vectorizer.vectorize(TermCounts.of(bag)));
            }
        }
        return SparseVector.mean(vectors);
    }

    /** The terms with the largest share a(t)·b(t) of the dot product, largest first. */
    static List<String> sharedTerms(SparseVector a, SparseVector b) {
        Map<String, Double> products = new HashMap<>();
        Map<String, Double> bw = b.weights();
        a.weights().forEach((t, w) -> {
            Double other = bw.get(t);
            if (other != null && !t.chars().allMatch(Character::isDigit)) {
                products.put(t, w * other);
            }
        });
        return products.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(SHARED_TERMS).map(Map.Entry::getKey).toList();
    }

    /** The commonest written form (lower case) of each stemmed term in the texts. */
    private Map<String, String> surfaceForms(List<String> texts, Set<String> stems) {
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (String text : texts) {
            for (Token t : analyzer.tokens(text)) {
                if (stems.contains(t.term())) {
                    forms.computeIfAbsent(t.term(), k -> new HashMap<>()).merge(t.text(text).toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        Map<String, String> best = new HashMap<>();
        forms.forEach((stem, counts) -> best.put(stem, counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey()));
        return best;
    }
}
