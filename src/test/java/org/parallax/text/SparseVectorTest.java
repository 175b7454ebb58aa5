package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SparseVectorTest {

    private static final Offset<Double> EPS = within(1e-9);

    @Test
    void cosineByHand() {
        SparseVector a = SparseVector.of(Map.of("x", 1.0, "y", 2.0));
        SparseVector b = SparseVector.of(Map.of("y", 3.0, "z", 4.0));
        // a·b = 2·3 = 6; ‖a‖ = √5; ‖b‖ = 5; cos = 6 / (5√5) = 0.5366563146
        assertThat(a.dot(b)).isCloseTo(6, EPS);
        assertThat(a.norm()).isCloseTo(Math.sqrt(5), EPS);
        assertThat(SparseVector.cosine(a, b)).isCloseTo(0.5366563146, within(1e-10));
        assertThat(SparseVector.cosine(b, a)).isCloseTo(SparseVector.cosine(a, b), EPS);
        assertThat(SparseVector.cosine(a, a)).isCloseTo(1, EPS);
    }

    @Test
    void disjointAndEmptyVectorsHaveCosineZero() {
        SparseVector a = SparseVector.of(Map.of("x", 1.0));
        SparseVector b = SparseVector.of(Map.of("y", 1.0));
        assertThat(SparseVector.cosine(a, b)).isZero();
        assertThat(SparseVector.cosine(a, SparseVector.EMPTY)).isZero();
        assertThat(SparseVector.cosine(SparseVector.EMPTY, SparseVector.EMPTY)).isZero();
    }

    @Test
    void normalisedHasUnitLength() {
        SparseVector v = SparseVector.of(Map.of("x", 3.0, "y", 4.0)).normalized();
        // ‖(3, 4)‖ = 5 → (0.6, 0.8)
        assertThat(v.weight("x")).isCloseTo(0.6, EPS);
        assertThat(v.weight("y")).isCloseTo(0.8, EPS);
        assertThat(v.norm()).isCloseTo(1, EPS);
        assertThat(SparseVector.EMPTY.normalized()).isSameAs(SparseVector.EMPTY);
    }

    @Test
    void meanIsTheCentroid() {
        SparseVector a = SparseVector.of(Map.of("x", 0.6, "y", 0.8));
        SparseVector b = SparseVector.of(Map.of("x", 1.0));
        // ((0.6 + 1) / 2, (0.8 + 0) / 2) = (0.8, 0.4)
        SparseVector mean = SparseVector.mean(List.of(a, b));
        assertThat(mean.weight("x")).isCloseTo(0.8, EPS);
        assertThat(mean.weight("y")).isCloseTo(0.4, EPS);
        assertThat(SparseVector.mean(List.of())).isEqualTo(SparseVector.EMPTY);
    }

    @Test
    void zeroWeightsAreDroppedAndBadOnesRejected() {
        SparseVector v = SparseVector.of(Map.of("x", 0.0, "y", 2.0));
        assertThat(v.size()).isEqualTo(1);
        assertThat(v.weights()).containsExactly(Map.entry("y", 2.0));
        assertThat(v.weight("x")).isZero();
        assertThat(SparseVector.of(Map.of())).isSameAs(SparseVector.EMPTY);
        assertThat(SparseVector.EMPTY.isEmpty()).isTrue();
        assertThatThrownBy(() -> SparseVector.of(Map.of("x", Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> v.weights().put("z", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equality() {
        assertThat(SparseVector.of(Map.of("a", 1.0, "b", 2.0))).isEqualTo(SparseVector.of(Map.of("b", 2.0, "a", 1.0)))
                .hasSameHashCodeAs(SparseVector.of(Map.of("b", 2.0, "a", 1.0)));
        assertThat(SparseVector.of(Map.of("a", 1.0))).isNotEqualTo(SparseVector.of(Map.of("a", 2.0)));
    }

    @Test
    void topTermsAreTheHighestWeightsWithTiesInTermOrder() {
        SparseVector v = SparseVector.of(Map.of("d", 1.0, "b", 3.0, "a", 2.0, "c", 3.0, "e", 0.5));
        assertThat(v.topTerms(3)).containsExactly("b", "c", "a");
        assertThat(v.topTerms(10)).containsExactly("b", "c", "a", "d", "e");
        assertThat(v.topTerms(0)).isEmpty();
        assertThat(SparseVector.EMPTY.topTerms(5)).isEmpty();
    }

    @Test
    void topTermsSelectWhatSortingAllTheWeightsWould() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 500; round++) {
            Map<String, Double> weights = new java.util.HashMap<>();
            int size = random.nextInt(60);
            for (int i = 0; i < size; i++) {
                // few distinct weights, so that ties are common
                weights.put("t" + random.nextInt(200), 1 + random.nextInt(8) / 4.0);
            }
            SparseVector v = SparseVector.of(weights);
            int k = random.nextInt(25);
            List<String> sorted = v.weights().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue(java.util.Comparator.reverseOrder())
                            .thenComparing(Map.Entry::getKey))
                    .limit(k).map(Map.Entry::getKey).toList();
            assertThat(v.topTerms(k)).as("round %d", round).isEqualTo(sorted);
        }
    }
}
