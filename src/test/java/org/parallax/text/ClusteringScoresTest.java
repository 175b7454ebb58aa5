package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

    private static final Offset<Double> EPS = within(1e-9);

    /** Items "1".."9", "A", "B", "C" labelled by the given strings, one character per item. */
    private static Map<String, String> labels(String labels) {
        String ids = "123456789ABC";
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < labels.length(); i++) {
            map.put(String.valueOf(ids.charAt(i)), String.valueOf(labels.charAt(i)));
        }
        return map;
    }

    @Test
    void baggaAndBaldwinsExample() {
        // Gold: {1..5}, {6, 7}, {8, 9, A, B, C}. Predicted: {1..5}, {6..C} (the last two merged).
        Map<String, String> gold = labels("xxxxxyyzzzzz");
        Map<String, String> predicted = labels("ppppprrrrrrr");
        ClusteringScores scores = ClusteringScores.of(gold, predicted);

        // B-cubed precision: items 1-5: 5/5; items 6, 7: 2/7; items 8-C: 5/7.
        // (5·1 + 2·2/7 + 5·5/7) / 12 = (5 + 29/7) / 12 = 64/84 = 0.7619047619. Recall: every item 1.
        assertThat(scores.bCubed().precision()).isCloseTo(64.0 / 84, EPS);
        assertThat(scores.bCubed().recall()).isCloseTo(1, EPS);
        // F1 = 2 · (16/21) · 1 / (16/21 + 1) = 32/37 = 0.8648648649
        assertThat(scores.bCubed().f1()).isCloseTo(32.0 / 37, EPS);

        // Pairs: gold-together C(5,2) + C(2,2) + C(5,2) = 10 + 1 + 10 = 21;
        // predicted-together C(5,2) + C(7,2) = 10 + 21 = 31; both = 10 + 1 + 10 = 21.
        assertThat(scores.pairwise().precision()).isCloseTo(21.0 / 31, EPS);
        assertThat(scores.pairwise().recall()).isCloseTo(1, EPS);
        // F1 = 2 · (21/31) / (21/31 + 1) = 42/52 = 0.8076923077
        assertThat(scores.pairwise().f1()).isCloseTo(42.0 / 52, EPS);
    }

    @Test
    void splittingAndMergingAtOnce() {
        // Gold: {a, b, c}, {d, e}. Predicted: {a, b}, {c, d, e}.
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y");
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2");
        ClusteringScores scores = ClusteringScores.of(gold, predicted);
        // B-cubed precision: a, b: 2/2; c: 1/3; d, e: 2/3 → (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = (11/3) / 5 = 11/15
        // B-cubed recall:    a, b: 2/3; c: 1/3; d, e: 2/2 → (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = (11/3) / 5 = 11/15
        assertThat(scores.bCubed().precision()).isCloseTo(11.0 / 15, EPS);
        assertThat(scores.bCubed().recall()).isCloseTo(11.0 / 15, EPS);
        assertThat(scores.bCubed().f1()).isCloseTo(11.0 / 15, EPS);
        // Pairs: gold-together 3 + 1 = 4; predicted-together 1 + 3 = 4; both: (a,b) and (d,e) = 2.
        assertThat(scores.pairwise().precision()).isCloseTo(0.5, EPS);
        assertThat(scores.pairwise().recall()).isCloseTo(0.5, EPS);
        assertThat(scores.pairwise().f1()).isCloseTo(0.5, EPS);
    }

    @Test
    void perfectClustering() {
        ClusteringScores scores = ClusteringScores.of(labels("aabbbc"), labels("xxyyyz"));
        assertThat(scores.pairwise()).isEqualTo(new ClusteringScores.PrecisionRecall(1, 1));
        assertThat(scores.bCubed().precision()).isCloseTo(1, EPS);
        assertThat(scores.bCubed().recall()).isCloseTo(1, EPS);
        assertThat(scores.bCubed().f1()).isCloseTo(1, EPS);
    }

    @Test
    void allSingletons() {
        // Gold {1, 2, 3}, {4}; predicted four singletons.
        ClusteringScores scores = ClusteringScores.of(labels("aaab"), labels("wxyz"));
        // No predicted pair: precision 0/0 → 1; 3 gold pairs, none found: recall 0.
        assertThat(scores.pairwise().precision()).isEqualTo(1);
        assertThat(scores.pairwise().recall()).isZero();
        assertThat(scores.pairwise().f1()).isZero();
        // B-cubed: precision 1 each; recall 1/3, 1/3, 1/3, 1 → 2/4 = 0.5; F1 = 2·0.5/1.5 = 2/3.
        assertThat(scores.bCubed().precision()).isCloseTo(1, EPS);
        assertThat(scores.bCubed().recall()).isCloseTo(0.5, EPS);
        assertThat(scores.bCubed().f1()).isCloseTo(2.0 / 3, EPS);
    }

    @Test
    void oneBigCluster() {
        ClusteringScores scores = ClusteringScores.of(labels("aaab"), labels("zzzz"));
        // Pairs: predicted C(4,2) = 6, gold 3, both 3 → P = 0.5, R = 1, F1 = 2/3.
        assertThat(scores.pairwise().precision()).isCloseTo(0.5, EPS);
        assertThat(scores.pairwise().recall()).isCloseTo(1, EPS);
        assertThat(scores.pairwise().f1()).isCloseTo(2.0 / 3, EPS);
        // B-cubed precision: 3/4 three times, 1/4 once → 2.5/4 = 0.625; recall 1; F1 = 1.25/1.625 = 10/13.
        assertThat(scores.bCubed().precision()).isCloseTo(0.625, EPS);
        assertThat(scores.bCubed().recall()).isCloseTo(1, EPS);
        assertThat(scores.bCubed().f1()).isCloseTo(10.0 / 13, EPS);
    }

    @Test
    void singletonsInGoldAndPrediction() {
        ClusteringScores scores = ClusteringScores.of(labels("abc"), labels("xyz"));
        // No pairs on either side: 0/0 → 1 for both.
        assertThat(scores.pairwise()).isEqualTo(new ClusteringScores.PrecisionRecall(1, 1));
        assertThat(scores.bCubed()).isEqualTo(new ClusteringScores.PrecisionRecall(1, 1));
    }

    @Test
    void oneItem() {
        ClusteringScores scores = ClusteringScores.of(Map.of("a", "g"), Map.of("a", "p"));
        assertThat(scores.pairwise().f1()).isEqualTo(1);
        assertThat(scores.bCubed().f1()).isEqualTo(1);
    }

    @Test
    void emptyIsVacuouslyPerfect() {
        ClusteringScores scores = ClusteringScores.of(Map.of(), Map.of());
        assertThat(scores.pairwise().f1()).isEqualTo(1);
        assertThat(scores.bCubed().f1()).isEqualTo(1);
    }

    @Test
    void labelNamesDoNotMatterOnlyTheGrouping() {
        ClusteringScores a = ClusteringScores.of(labels("aabbc"), labels("xxxyy"));
        ClusteringScores b = ClusteringScores.of(labels("aabbc"), labels("qqqaa"));
        assertThat(a.pairwise().precision()).isCloseTo(b.pairwise().precision(), EPS);
        assertThat(a.pairwise().recall()).isCloseTo(b.pairwise().recall(), EPS);
        assertThat(a.bCubed().precision()).isCloseTo(b.bCubed().precision(), EPS);
        assertThat(a.bCubed().recall()).isCloseTo(b.bCubed().recall(), EPS);
    }

    @Test
    void theItemsMustBeTheSame() {
        assertThatThrownBy(() -> ClusteringScores.of(Map.of("a", "x"), Map.of("b", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        Map<String, String> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> ClusteringScores.of(Map.of("a", "x"), withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void f1OfZeroPrecisionAndRecall() {
        assertThat(new ClusteringScores.PrecisionRecall(0, 0).f1()).isZero();
    }
}
