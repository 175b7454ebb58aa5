package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EventSimilarityTest {

    private static final Offset<Double> EPS = within(1e-9);
    private static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

    private final EventSimilarity similarity = new EventSimilarity();

    private static SparseVector vector(Map<String, Double> weights) {
        return SparseVector.of(weights);
    }

    /** Body cos = 0.6, title cos = 1, actor Jaccard = 1/3 (see the tests). */
    private static ArticleFeatures article(Instant time) {
        return new ArticleFeatures(
                vector(Map.of("ceasefir", 0.6, "ostrava", 0.8)),
                vector(Map.of("truce", 1.0)),
                Set.of("nikol pashinyan", "ilham aliyev"),
                time);
    }

    private static EventFeatures event(List<Instant> times) {
        return new EventFeatures(
                vector(Map.of("ceasefir", 1.0)),
                vector(Map.of("truce", 2.0)),
                Set.of("pashinyan", "brussels"),
                times);
    }

    @Test
    void scoreByHand() {
        EventSimilarity.Score score = similarity.score(article(T0.plus(Duration.ofDays(1))), event(List.of(T0.plus(Duration.ofDays(5)), T0)));
        // s_text = 0.6·1 / (1·1) = 0.6; s_title = 1·2 / (1·2) = 1.
        // Actors: "pashinyan" ↔ "nikol pashinyan" is the only match; |A ∪ E| = 2 + 2 − 1 = 3 → 1/3.
        // Weighted: 0.6·0.6 + 0.2·1 + 0.2·(1/3) = 0.36 + 0.2 + 0.0666667 = 0.6266667 (weights sum to 1).
        // Δt = 1 day to the nearest member (T0); decay = exp(−1/2) = 0.6065306597.
        // score = 0.6266667 · 0.6065306597 = 0.3800925468
        assertThat(score.text()).hasValueCloseTo(0.6, EPS);
        assertThat(score.title()).hasValueCloseTo(1.0, EPS);
        assertThat(score.actors()).hasValueCloseTo(1.0 / 3, EPS);
        assertThat(score.timeFactor()).isCloseTo(Math.exp(-0.5), EPS);
        assertThat(score.value()).isCloseTo(0.3800925468, within(1e-9));
    }

    @Test
    void explanationAddsUpToTheScore() {
        EventSimilarity.Explanation explanation =
                similarity.explain(article(T0.plus(Duration.ofDays(1))), event(List.of(T0)), 10);
        double decay = Math.exp(-0.5);
        // "ceasefir": decay · 0.6 · (0.6 · 1) / (1 · 1) = 0.2183510375
        // "truce":    decay · 0.2 · (1 · 2) / (1 · 2) = 0.1213061319
        // actors:     decay · 0.2 · 1/3              = 0.0404353773
        assertThat(explanation.terms()).extracting(EventSimilarity.SharedTerm::term).containsExactly("ceasefir", "truce");
        assertThat(explanation.terms().get(0).contribution()).isCloseTo(decay * 0.36, EPS);
        assertThat(explanation.terms().get(1).contribution()).isCloseTo(decay * 0.2, EPS);
        assertThat(explanation.actorContribution()).isCloseTo(decay * 0.2 / 3, EPS);
        assertThat(explanation.actors()).containsExactly("nikol pashinyan");
        double sum = explanation.terms().stream().mapToDouble(EventSimilarity.SharedTerm::contribution).sum()
                + explanation.actorContribution();
        assertThat(sum).isCloseTo(explanation.score().value(), EPS);
    }

    @Test
    void explanationKeepsOnlyTheTopTerms() {
        EventSimilarity.Explanation explanation = similarity.explain(article(null), event(List.of()), 1);
        assertThat(explanation.terms()).extracting(EventSimilarity.SharedTerm::term).containsExactly("ceasefir");
        assertThat(similarity.explain(article(null), event(List.of()), 0).terms()).isEmpty();
        assertThatThrownBy(() -> similarity.explain(article(null), event(List.of()), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void undatedMeansNoPenalty() {
        // Without dates: 0.6266667 exactly as weighted.
        double expected = 0.36 + 0.2 + 0.2 / 3;
        assertThat(similarity.score(article(null), event(List.of(T0))).value()).isCloseTo(expected, EPS);
        assertThat(similarity.score(article(T0), event(List.of())).value()).isCloseTo(expected, EPS);
        assertThat(similarity.score(article(T0), event(List.of(T0))).timeFactor()).isEqualTo(1);
    }

    @Test
    void decayUsesTheNearestMemberOnEitherSide() {
        // Members at T0 and T0 + 10 d; the article at T0 + 7 d is 3 days from the later one: exp(−3/2).
        Instant t = T0.plus(Duration.ofDays(7));
        assertThat(similarity.score(article(t), event(List.of(T0, T0.plus(Duration.ofDays(10))))).timeFactor())
                .isCloseTo(Math.exp(-1.5), EPS);
        // Twelve hours before the only member: exp(−0.5/2) = exp(−0.25).
        assertThat(similarity.score(article(T0.minus(Duration.ofHours(12))), event(List.of(T0))).timeFactor())
                .isCloseTo(Math.exp(-0.25), EPS);
        // τ = 1 day: one day apart → exp(−1).
        EventSimilarity fast = new EventSimilarity(EventSimilarity.Weights.DEFAULT, Duration.ofDays(1));
        assertThat(fast.score(article(T0.plus(Duration.ofDays(1))), event(List.of(T0))).timeFactor())
                .isCloseTo(Math.exp(-1), EPS);
    }

    @Test
    void missingFeaturesAreLeftOutAndTheRestReweighted() {
        ArticleFeatures noTitle = new ArticleFeatures(article(null).body(), SparseVector.EMPTY, article(null).actorKeys(), null);
        var score = similarity.score(noTitle, event(List.of()));
        // Available: text (0.6) and actors (0.2): (0.6·0.6 + 0.2·1/3) / 0.8 = 0.4266667 / 0.8 = 0.5333333
        assertThat(score.title()).isEmpty();
        assertThat(score.value()).isCloseTo((0.36 + 0.2 / 3) / 0.8, EPS);

        ArticleFeatures onlyActors = new ArticleFeatures(SparseVector.EMPTY, SparseVector.EMPTY, Set.of("pashinyan"), null);
        // Only actors: "pashinyan" = "pashinyan", |A ∪ E| = 1 + 2 − 1 = 2 → 1/2, re-weighted to 0.5.
        assertThat(similarity.score(onlyActors, event(List.of())).value()).isCloseTo(0.5, EPS);

        ArticleFeatures nothing = new ArticleFeatures(SparseVector.EMPTY, SparseVector.EMPTY, Set.of(), T0);
        var none = similarity.score(nothing, event(List.of(T0)));
        assertThat(none.value()).isZero();
        assertThat(none.text()).isEmpty();
        assertThat(none.actors()).isEmpty();
    }

    @Test
    void customWeights() {
        EventSimilarity textOnly = new EventSimilarity(new EventSimilarity.Weights(1, 0, 0), Duration.ofDays(2));
        assertThat(textOnly.score(article(null), event(List.of())).value()).isCloseTo(0.6, EPS);
        assertThat(textOnly.weights()).isEqualTo(new EventSimilarity.Weights(1, 0, 0));
        assertThatThrownBy(() -> new EventSimilarity.Weights(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventSimilarity.Weights(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventSimilarity(EventSimilarity.Weights.DEFAULT, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actorMatchingIsOneToOneAndRefusesAmbiguity() {
        // "aliyev" could be either Aliyev: no match.
        assertThat(EventSimilarity.matchActors(Set.of("aliyev"), Set.of("ilham aliyev", "heydar aliyev"))).isEmpty();
        // Seen from the other side, too.
        assertThat(EventSimilarity.matchActors(Set.of("ilham aliyev", "heydar aliyev"), Set.of("aliyev"))).isEmpty();
        // Exact matches first, then the unique containment.
        assertThat(EventSimilarity.matchActors(Set.of("ilham aliyev", "pashinyan", "ostrava"),
                        Set.of("ilham aliyev", "nikol pashinyan", "tarn")))
                .containsExactly(Map.entry("ilham aliyev", "ilham aliyev"), Map.entry("pashinyan", "nikol pashinyan"));
        assertThat(EventSimilarity.matchActors(Set.of(), Set.of("x"))).isEmpty();
    }

    @Test
    void eventFeaturesFromMembers() {
        ArticleFeatures a = new ArticleFeatures(vector(Map.of("x", 0.6, "y", 0.8)), SparseVector.EMPTY,
                Set.of("ostrava", "valdoria"), T0.plus(Duration.ofDays(1)));
        ArticleFeatures b = new ArticleFeatures(vector(Map.of("x", 1.0)), vector(Map.of("t", 1.0)),
                Set.of("ostrava", "tarn"), null);
        ArticleFeatures c = new ArticleFeatures(vector(Map.of("y", 1.0)), vector(Map.of("t", 1.0)),
                Set.of("ostrava", "valdoria"), T0);
        EventFeatures event = EventFeatures.of(List.of(a, b, c));
        // Body centroid: ((0.6 + 1 + 0) / 3, (0.8 + 0 + 1) / 3) = (0.5333333, 0.6)
        assertThat(event.body().weight("x")).isCloseTo(1.6 / 3, EPS);
        assertThat(event.body().weight("y")).isCloseTo(0.6, EPS);
        // Title centroid over the two members with a title.
        assertThat(event.title().weight("t")).isCloseTo(1, EPS);
        // ostrava 3/3, valdoria 2/3 (2·2 ≥ 3), tarn 1/3 (2·1 < 3).
        assertThat(event.actorKeys()).containsExactlyInAnyOrder("ostrava", "valdoria");
        assertThat(event.times()).containsExactly(T0, T0.plus(Duration.ofDays(1)));

        EventFeatures empty = EventFeatures.of(List.of());
        assertThat(empty.body().isEmpty()).isTrue();
        assertThat(empty.actorKeys()).isEmpty();
    }

    @Test
    void endToEndOnInventedArticles() {
        String[][] articles = {
            {"Ceasefire talks resume in Ostrava",
                "Valdorian Foreign Minister Ana Kovac and her Tarnish counterpart Piet Maas met in Ostrava on Monday "
                + "to resume ceasefire talks. Kovac said the negotiations on the border corridor were difficult."},
            {"Ostrava talks: Kovac and Maas agree on border corridor",
                "After two days of negotiations in Ostrava, Ana Kovac and Piet Maas agreed to reopen the border "
                + "corridor. Maas called the ceasefire agreement a first step."},
            {"Floods close harbour in Lindmark",
                "Heavy rain flooded the harbour of Lindmark overnight. Rescuers evacuated residents from the "
                + "low streets, and the port authority closed the docks until Thursday."},
        };
        TermAnalyzer analyzer = new TermAnalyzer();
        ActorExtractor extractor = new ActorExtractor();
        ActorMerger merger = new ActorMerger();
        List<TermCounts> bodies = new ArrayList<>();
        for (String[] article : articles) {
            bodies.add(analyzer.analyze(article[1]));
        }
        TfIdfVectorizer vectorizer = new TfIdfVectorizer(InMemoryDocumentFrequencies.of(bodies));
        List<ArticleFeatures> features = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            // Title and body together, so that the title-cased headline is checked against the body.
            List<Mention> mentions = extractor.extract(articles[i][0] + "\n\n" + articles[i][1]);
            Set<String> keys = new HashSet<>();
            merger.merge(mentions).forEach(actor -> keys.add(actor.key()));
            features.add(new ArticleFeatures(vectorizer.vectorize(bodies.get(i)),
                    vectorizer.vectorize(analyzer.analyze(articles[i][0])), keys, T0.plus(Duration.ofHours(6L * i))));
        }
        assertThat(features.get(0).actorKeys()).containsExactlyInAnyOrder("ana kovac", "piet maas", "ostrava", "tarnish");

        EventFeatures talks = EventFeatures.of(List.of(features.get(0)));
        var sameEvent = similarity.explain(features.get(1), talks, 5);
        var otherEvent = similarity.score(features.get(2), talks);
        assertThat(sameEvent.score().value()).isGreaterThan(0.3);
        assertThat(otherEvent.value()).isLessThan(0.05);
        assertThat(sameEvent.actors()).contains("ana kovac", "piet maas", "ostrava");
        assertThat(sameEvent.terms()).extracting(EventSimilarity.SharedTerm::term).contains("talk", "ostrava");
    }
}
