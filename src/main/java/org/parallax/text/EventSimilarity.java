package org.parallax.text;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * How well an article fits an event: the score that decides whether it joins.
 *
 * <p>Three similarities, each in [0, 1]:
 * <ul>
 *   <li>s_text = cos(body, event body centroid), cosine of TF-IDF vectors ({@link SparseVector#cosine});
 *   <li>s_title = cos(title, event title centroid);
 *   <li>s_actor = |A ∩ E| / |A ∪ E|, the Jaccard overlap of the article's actor keys A and the
 *       event's actor keys E, where a key also matches a different key whose words contain its words
 *       or are contained in them, if it is the only such key on the other side ("pashinyan" matches
 *       "nikol pashinyan"; "aliyev" matches nothing beside "ilham aliyev" and "heydar aliyev"); each
 *       key matches at most one key, and |A ∪ E| = |A| + |E| − |matches|.
 * </ul>
 * A similarity is <em>available</em> when both sides have the feature (non-empty vectors, non-empty
 * key sets). With weights w (default 0.6, 0.2, 0.2) and the available set S:
 * <pre>
 *   score = decay · Σ_{c∈S} w_c s_c / Σ_{c∈S} w_c          (0 when S is empty)
 *   decay = exp(−Δt / τ)                                  (1 when the article or every member is undated)
 * </pre>
 * where Δt is the absolute time in days between the article and the nearest dated member of the
 * event, and τ = 2 days by default: a day apart keeps 61 % of the score, a week apart 3 %. With
 * everything available and the default weights, which sum to 1, this is 0.6·s_text + 0.2·s_title +
 * 0.2·s_actor times the decay; re-normalising over the available similarities keeps an article
 * without a title, or without recognised actors, on the same scale instead of losing their weight.
 *
 * <p>This follows the design of S. Miranda, A. Znotiņš, S. B. Cohen and G. Barzdins, "Multilingual
 * Clustering of Streaming News", EMNLP 2018, which scores an article against cluster centroids with
 * TF-IDF similarities of body, title and named entities plus timestamp features; here the learned
 * combination is replaced by fixed weights and an exponential time decay.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventSimilarity {

    /**
     * The weights of the three similarities: finite, non-negative, not all zero.
     *
     * @param text weight of the body cosine
     * @param title weight of the title cosine
     * @param actors weight of the actor Jaccard overlap
     */
    public record Weights(double text, double title, double actors) {

        /** 0.6 body, 0.2 title, 0.2 actors. */
        public static final Weights DEFAULT = new Weights(0.6, 0.2, 0.2);

        public Weights {
            for (double w : new double[] {text, title, actors}) {
                if (!Double.isFinite(w) || w < 0) {
                    throw new IllegalArgumentException("Weights must be finite and non-negative: " + w);
                }
            }
            if (text + title + actors == 0) {
                throw new IllegalArgumentException("At least one weight must be positive");
            }
        }
    }

    /**
     * A score and its parts.
     *
     * @param text s_text, empty when either side has no body
     * @param title s_title, empty when either side has no title
     * @param actors s_actor, empty when either side has no actors
     * @param timeFactor the decay, exp(−Δt / τ); 1 when undated
     * @param value the score, in [0, 1]
     */
    public record Score(OptionalDouble text, OptionalDouble title, OptionalDouble actors, double timeFactor, double value) {}

    /**
     * A term both sides share and how much of the score it carries: its part of the weighted,
     * re-normalised, decayed cosines, decay · Σ_c w_c · a_c(t) · e_c(t) / (‖a_c‖ ‖e_c‖) / Σ_{c∈S} w_c
     * over body and title. The contributions of all shared terms and of the actors add up to the score.
     *
     * @param term the analysed term ({@link TermAnalyzer})
     * @param contribution its share of the score
     */
    public record SharedTerm(String term, double contribution) {}

    /**
     * Why an article matched an event.
     *
     * @param score the score and its parts
     * @param terms the shared terms that carried the most, largest contribution first
     * @param actors the matched actor keys (the longer key of each matched pair), alphabetical
     * @param actorContribution the actors' share of the score, decay · w_actor · s_actor / Σ_{c∈S} w_c
     */
    public record Explanation(Score score, List<SharedTerm> terms, List<String> actors, double actorContribution) {

        public Explanation {
            terms = List.copyOf(terms);
            actors = List.copyOf(actors);
        }
    }

    private static final double SECONDS_PER_DAY = 86_400;

    private final Weights weights;
    private final double tauDays;

    /** Default weights (0.6, 0.2, 0.2) and τ = 2 days. */
    public EventSimilarity() {
        this(Weights.DEFAULT, Duration.ofDays(2));
    }

    /** The given weights and time constant τ, which must be positive. */
    public EventSimilarity(Weights weights, Duration tau) {
        if (tau.isNegative() || tau.isZero()) {
            throw new IllegalArgumentException("τ must be positive: " + tau);
        }
        this.weights = weights;
        this.tauDays = tau.toMillis() / 1000.0 / SECONDS_PER_DAY;
    }

    public Weights weights() {
        return weights;
    }

    /** The score of {@code article} against {@code event}. */
    public Score score(ArticleFeatures article, EventFeatures event) {
        return explain(article, event, 0, false).score();
    }

    /** The score with the {@code maxTerms} shared terms that carried it most and the shared actors. */
    public Explanation explain(ArticleFeatures article, EventFeatures event, int maxTerms) {
        return explain(article, event, maxTerms, true);
    }

    /** {@link #explain}; without {@code withParts}, only the score (scoring many events needs nothing else). */
    private Explanation explain(ArticleFeatures article, EventFeatures event, int maxTerms, boolean withParts) {
        if (maxTerms < 0) {
            throw new IllegalArgumentException("maxTerms < 0: " + maxTerms);
        }
        boolean hasText = !article.body().isEmpty() && !event.body().isEmpty();
        boolean hasTitle = !article.title().isEmpty() && !event.title().isEmpty();
        boolean hasActors = !article.actorKeys().isEmpty() && !event.actorKeys().isEmpty();
        double text = hasText ? SparseVector.cosine(article.body(), event.body()) : 0;
        double title = hasTitle ? SparseVector.cosine(article.title(), event.title()) : 0;
        Map<String, String> matches = hasActors ? matchActors(article.actorKeys(), event.actorKeys()) : Map.of();
        double actors = hasActors
                ? matches.size() / (double) (article.actorKeys().size() + event.actorKeys().size() - matches.size())
                : 0;
        double weightSum = (hasText ? weights.text() : 0) + (hasTitle ? weights.title() : 0) + (hasActors ? weights.actors() : 0);
        double decay = timeFactor(article.time(), event.times());
        double value = 0;
        if (weightSum > 0) {
            value = decay * (weights.text() * text + weights.title() * title + weights.actors() * actors) / weightSum;
        }
        Score score = new Score(
                hasText ? OptionalDouble.of(text) : OptionalDouble.empty(),
                hasTitle ? OptionalDouble.of(title) : OptionalDouble.empty(),
                hasActors ? OptionalDouble.of(actors) : OptionalDouble.empty(),
                decay,
                Math.clamp(value, 0, 1));
        if (!withParts || (maxTerms == 0 && matches.isEmpty())) {
            return new Explanation(score, List.of(), List.of(), 0);
        }
        double scale = weightSum > 0 ? decay / weightSum : 0;
        if (maxTerms == 0) {
            return new Explanation(score, List.of(), new ArrayList<>(new TreeSet<>(matches.values())), scale * weights.actors() * actors);
        }
        Map<String, Double> contributions = new HashMap<>();
        if (hasText) {
            addContributions(article.body(), event.body(), scale * weights.text(), contributions);
        }
        if (hasTitle) {
            addContributions(article.title(), event.title(), scale * weights.title(), contributions);
        }
        List<SharedTerm> terms = new ArrayList<>();
        contributions.forEach((term, c) -> terms.add(new SharedTerm(term, c)));
        terms.sort(Comparator.comparingDouble(SharedTerm::contribution).reversed().thenComparing(SharedTerm::term));
        List<String> shared = new ArrayList<>(new TreeSet<>(matches.values()));
        return new Explanation(score, terms.subList(0, Math.min(maxTerms, terms.size())), shared,
                scale * weights.actors() * actors);
    }

    /** exp(−Δt / τ) with Δt in days to the nearest dated member; 1 when undated. */
    double timeFactor(@Nullable Instant time, List<Instant> times) {
        if (time == null || times.isEmpty()) {
            return 1;
        }
        int i = Collections.binarySearch(times, time);
        if (i >= 0) {
            return 1;
        }
        int insertion = -i - 1;
        long nearest = Long.MAX_VALUE;
        if (insertion < times.size()) {
            nearest = Math.min(nearest, Duration.between(time, times.get(insertion)).abs().toMillis());
        }
        if (insertion > 0) {
            nearest = Math.min(nearest, Duration.between(times.get(insertion - 1), time).abs().toMillis());
        }
        double days = nearest / 1000.0 / SECONDS_PER_DAY;
        return Math.exp(-days / tauDays);
    }

    private static void addContributions(SparseVector a, SparseVector e, double weight, Map<String, Double> out) {
        double norms = a.norm() * e.norm();
        Map<String, Double> smaller = a.size() <= e.size() ? a.weights() : e.weights();
        SparseVector larger = a.size() <= e.size() ? e : a;
        for (Map.Entry<String, Double> entry : smaller.entrySet()) {
            double other = larger.weight(entry.getKey());
            if (other != 0) {
                out.merge(entry.getKey(), weight * entry.getValue() * other / norms, Double::sum);
            }
        }
    }

    /**
     * Matches article keys to event keys one to one: equal keys; then a remaining article key a
     * and a remaining event key e whose words contain one another, when e is the only such event
     * key for a and a the only such article key for e. Returns article key → the longer key of the pair.
     */
    static Map<String, String> matchActors(Set<String> article, Set<String> event) {
        // (the order keys are visited in changes nothing: matches are sorted, and pairs are told apart by count)
        Map<String, String> matches = new TreeMap<>();
        List<String> restArticle = new ArrayList<>();
        for (String key : article) {
            if (event.contains(key)) {
                matches.put(key, key);
            } else {
                restArticle.add(key);
            }
        }
        List<String> restEvent = new ArrayList<>();
        List<Set<String>> restEventWords = new ArrayList<>();
        for (String key : event) {
            if (!article.contains(key)) {
                restEvent.add(key);
            }
        }
        if (restArticle.isEmpty() || restEvent.isEmpty()) {
            return matches;
        }
        restEvent.forEach(e -> restEventWords.add(words(e)));
        Map<String, List<String>> relatedToArticle = new HashMap<>();
        Map<String, List<String>> relatedToEvent = new HashMap<>();
        for (String a : restArticle) {
            Set<String> aWords = words(a);
            for (int i = 0; i < restEvent.size(); i++) {
                String e = restEvent.get(i);
                Set<String> eWords = restEventWords.get(i);
                if (aWords.containsAll(eWords) || eWords.containsAll(aWords)) {
                    relatedToArticle.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
                    relatedToEvent.computeIfAbsent(e, k -> new ArrayList<>()).add(a);
                }
            }
        }
        relatedToArticle.forEach((a, es) -> {
            if (es.size() == 1 && relatedToEvent.get(es.getFirst()).size() == 1) {
                String e = es.getFirst();
                matches.put(a, e.length() >= a.length() ? e : a);
            }
        });
        return matches;
    }

    private static Set<String> words(String key) {
        return new HashSet<>(Arrays.asList(key.split(" ")));
    }
}
