package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogOddsRatioTest {

    private static final double EPS = 1e-4;

    /*
     * Hand-worked corpus.
     *
     *   group (one outlet):  blockade 3, road 2, said 1, convoy 1      n^i = 7
     *   rest (other outlets): closure 3, road 4, said 3                n^j = 10
     *   background:           road 40, said 40, closure 10, blockade 5, the 5   total 100
     *
     * Prior size A = 10, floor 0.01:
     *   α_road = 10·40/100 = 4.0000   α_said = 4.0000   α_closure = 10·10/100 = 1.0000
     *   α_blockade = 10·5/100 = 0.5000   α_the = 0.5000
     *   α_convoy = floor = 0.0100 (absent from the background)
     *   α_0 = 4 + 4 + 1 + 0.5 + 0.5 + 0.01 = 10.0100
     *
     * blockade: y^i = 3, y^j = 0, α = 0.5
     *   group: (3 + 0.5) / (7 + 10.01 − 3 − 0.5)  = 3.5000 / 13.5100, ln = −1.3507
     *   rest:  (0 + 0.5) / (10 + 10.01 − 0 − 0.5) = 0.5000 / 19.5100, ln = −3.6641
     *   δ = −1.3507 − (−3.6641) = 2.3134
     *   σ² = 1/3.5 + 1/0.5 = 0.2857 + 2.0000 = 2.2857,  σ = 1.5119
     *   z = 2.3134 / 1.5119 = 1.5302
     *
     * convoy: y^i = 1, y^j = 0, α = 0.01
     *   group: 1.0100 / (7 + 10.01 − 1 − 0.01)  = 1.0100 / 16.0000, ln = −2.7626
     *   rest:  0.0100 / (10 + 10.01 − 0 − 0.01) = 0.0100 / 20.0000, ln = −7.6009
     *   δ = 4.8383,  σ² = 1/1.01 + 1/0.01 = 0.9901 + 100 = 100.9901,  σ = 10.0494
     *   z = 4.8383 / 10.0494 = 0.4814   (large δ, but hardly any evidence)
     *
     * road: y^i = 2, y^j = 4, α = 4
     *   group: 6.0000 / (7 + 10.01 − 2 − 4)  = 6.0000 / 11.0100, ln = −0.6070
     *   rest:  8.0000 / (10 + 10.01 − 4 − 4) = 8.0000 / 12.0100, ln = −0.4063
     *   δ = −0.2007,  σ² = 1/6 + 1/8 = 0.1667 + 0.1250 = 0.2917,  σ = 0.5401
     *   z = −0.2007 / 0.5401 = −0.3717
     *
     * said: y^i = 1, y^j = 3, α = 4
     *   group: 5.0000 / (7 + 10.01 − 1 − 4)  = 5.0000 / 12.0100, ln = −0.8763
     *   rest:  7.0000 / (10 + 10.01 − 3 − 4) = 7.0000 / 13.0100, ln = −0.6198
     *   δ = −0.2565,  σ² = 1/5 + 1/7 = 0.2000 + 0.1429 = 0.3429,  σ = 0.5855
     *   z = −0.2565 / 0.5855 = −0.4380
     *
     * closure: y^i = 0, y^j = 3, α = 1
     *   group: 1.0000 / (7 + 10.01 − 0 − 1)  = 1.0000 / 16.0100, ln = −2.7732
     *   rest:  4.0000 / (10 + 10.01 − 3 − 1) = 4.0000 / 16.0100, ln = −1.3869
     *   δ = −1.3863 (= −ln 4: the denominators are equal),  σ² = 1/1 + 1/4 = 1.2500,  σ = 1.1180
     *   z = −1.3863 / 1.1180 = −1.2399
     *
     * Order by z: blockade 1.5302, convoy 0.4814, road −0.3717, said −0.4380, closure −1.2399.
     * "the" is only in the background and is not scored.
     */
    private static final Map<String, Integer> GROUP = Map.of("blockade", 3, "road", 2, "said", 1, "convoy", 1);
    private static final Map<String, Integer> REST = Map.of("closure", 3, "road", 4, "said", 3);
    private static final Map<String, Integer> BACKGROUND =
            Map.of("road", 40, "said", 40, "closure", 10, "blockade", 5, "the", 5);

    @Test
    void handWorkedExample() {
        List<TermScore> scores = LogOddsRatio.withPriorSize(10).score(GROUP, REST, BACKGROUND);
        assertThat(scores).extracting(TermScore::term).containsExactly("blockade", "convoy", "road", "said", "closure");

        assertScore(scores.get(0), "blockade", 2.3134, 2.2857, 1.5302, 3, 0);
        assertScore(scores.get(1), "convoy", 4.8383, 100.9901, 0.4814, 1, 0);
        assertScore(scores.get(2), "road", -0.2007, 0.2917, -0.3717, 2, 4);
        assertScore(scores.get(3), "said", -0.2565, 0.3429, -0.4380, 1, 3);
        assertScore(scores.get(4), "closure", -1.3863, 1.2500, -1.2399, 0, 3);
        assertThat(scores.get(4).delta()).isCloseTo(-Math.log(4), within(1e-12));
    }

    private static void assertScore(TermScore s, String term, double delta, double variance, double z, int yi, int yj) {
        assertThat(s.term()).isEqualTo(term);
        assertThat(s.delta()).as("δ of %s", term).isCloseTo(delta, within(EPS));
        assertThat(s.variance()).as("σ² of %s", term).isCloseTo(variance, within(EPS));
        assertThat(s.z()).as("z of %s", term).isCloseTo(z, within(EPS));
        assertThat(s.countInGroup()).isEqualTo(yi);
        assertThat(s.countInRest()).isEqualTo(yj);
    }

    @Test
    void backgroundRestrictedToTheVocabularyWithItsTotalGivesTheSameScores() {
        // "the" (5 of 100) is outside the compared vocabulary: leave it out and pass the total instead.
        Map<String, Integer> restricted = Map.of("road", 40, "said", 40, "closure", 10, "blockade", 5);
        List<TermScore> full = LogOddsRatio.withPriorSize(10).score(GROUP, REST, BACKGROUND);
        List<TermScore> partial = LogOddsRatio.withPriorSize(10).score(GROUP, REST, restricted, 100);
        assertThat(partial).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            assertScore(partial.get(i), full.get(i).term(), full.get(i).delta(), full.get(i).variance(), full.get(i).z(),
                    full.get(i).countInGroup(), full.get(i).countInRest());
        }
        // Without the total the shares would be renormalised over 95 words: a different prior.
        assertThat(LogOddsRatio.withPriorSize(10).score(GROUP, REST, restricted).get(0).z())
                .isNotCloseTo(full.get(0).z(), within(1e-4));
        assertThatThrownBy(() -> LogOddsRatio.withPriorSize(10).score(GROUP, REST, restricted, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoringOnlyTheGroupsTermsGivesTheSameNumbersForThem() {
        List<TermScore> all = LogOddsRatio.withPriorSize(10).score(GROUP, REST, BACKGROUND, 100);
        List<TermScore> own = LogOddsRatio.withPriorSize(10).scoreGroupTerms(GROUP, REST, BACKGROUND, 100);
        assertThat(own).extracting(TermScore::term).containsExactly("blockade", "convoy", "road", "said");
        assertThat(own).containsExactlyElementsOf(all.stream().filter(t -> GROUP.containsKey(t.term())).toList());
    }

    @Test
    void swappingGroupAndRestNegatesEveryScore() {
        LogOddsRatio lor = LogOddsRatio.withPriorSize(10);
        Map<String, TermScore> ab = byTerm(lor.score(GROUP, REST, BACKGROUND));
        Map<String, TermScore> ba = byTerm(lor.score(REST, GROUP, BACKGROUND));
        ab.forEach((term, s) -> {
            assertThat(ba.get(term).delta()).isCloseTo(-s.delta(), within(1e-12));
            assertThat(ba.get(term).z()).isCloseTo(-s.z(), within(1e-12));
            assertThat(ba.get(term).variance()).isCloseTo(s.variance(), within(1e-12));
        });
    }

    @Test
    void defaultPriorSizeIsTheSizeOfTheComparedCorpora() {
        // n^i + n^j = 7 + 10 = 17
        assertThat(LogOddsRatio.scaledToData().score(GROUP, REST, BACKGROUND))
                .isEqualTo(LogOddsRatio.withPriorSize(17).score(GROUP, REST, BACKGROUND));
    }

    @Test
    void floorCanBeChanged() {
        TermScore convoy = byTerm(LogOddsRatio.withPriorSize(10).withFloor(0.5).score(GROUP, REST, BACKGROUND))
                .get("convoy");
        // α_convoy = 0.5, α_0 = 10.5: group 1.5 / (7 + 10.5 − 1 − 0.5) = 1.5/16 ; rest 0.5 / (10 + 10.5 − 0.5) = 0.5/20
        double delta = Math.log(1.5 / 16) - Math.log(0.5 / 20);
        assertThat(convoy.delta()).isCloseTo(delta, within(1e-12));
        assertThat(convoy.delta()).isCloseTo(1.3218, within(EPS));
        assertThat(convoy.variance()).isCloseTo(1 / 1.5 + 1 / 0.5, within(1e-12));
    }

    @Test
    void emptyBackgroundFallsBackToThePooledCounts() {
        Map<String, Integer> pooled = new HashMap<>(GROUP);
        REST.forEach((w, c) -> pooled.merge(w, c, Integer::sum));
        LogOddsRatio lor = LogOddsRatio.scaledToData();
        assertThat(lor.score(GROUP, REST, Map.of())).isEqualTo(lor.score(GROUP, REST, pooled));
    }

    @Test
    void emptyGroupStillScoresTheRest() {
        /*
         * n^i = 0, n^j = 10, A = 0 + 10 = 10; vocabulary = background ∪ rest, so α_0 = 10.0000 exactly.
         * With no data the group's side is the prior itself:
         *   road:    ln(4 / (0 + 10 − 0 − 4)) − ln((4 + 4) / (10 + 10 − 4 − 4)) = ln(4/6) − ln(8/12) = 0.0000
         *   said:    ln(4/6) − ln(7/13) = −0.4055 − (−0.6190) = 0.2136   (said is rarer in the rest than in the background)
         *   closure: ln(1/9) − ln(4/16) = −2.1972 − (−1.3863) = −0.8109
         */
        Map<String, TermScore> scores = byTerm(LogOddsRatio.scaledToData().score(Map.of(), REST, BACKGROUND));
        assertThat(scores.keySet()).containsExactlyInAnyOrder("closure", "road", "said");
        assertThat(scores.get("road").delta()).isCloseTo(0, within(1e-12));
        assertThat(scores.get("said").delta()).isCloseTo(0.2136, within(EPS));
        assertThat(scores.get("closure").delta()).isCloseTo(-0.8109, within(EPS));
        assertThat(scores.values()).allSatisfy(s -> assertThat(s.countInGroup()).isZero());
    }

    @Test
    void bothEmptyGiveNothing() {
        assertThat(LogOddsRatio.scaledToData().score(Map.of(), Map.of(), BACKGROUND)).isEmpty();
        assertThat(LogOddsRatio.scaledToData().score(Map.of(), Map.of(), Map.of())).isEmpty();
        assertThat(LogOddsRatio.scaledToData().score(Map.of("x", 0), Map.of(), Map.of())).isEmpty();
    }

    @Test
    void singleTermVocabularyHasNoOdds() {
        List<TermScore> scores = LogOddsRatio.scaledToData().score(Map.of("road", 2), Map.of("road", 3), Map.of());
        assertThat(scores).singleElement().satisfies(s -> {
            assertThat(s.delta()).isZero();
            assertThat(s.z()).isZero();
        });
    }

    @Test
    void invalidInputs() {
        assertThatThrownBy(() -> LogOddsRatio.scaledToData().score(Map.of("a", -1), Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogOddsRatio.withPriorSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogOddsRatio.withPriorSize(10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogOddsRatio.withPriorSize(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsHelper() {
        assertThat(LogOddsRatio.counts(WordTokenizer.normalizedWords("The road, the ROAD and the bridge")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("the", 3, "road", 2, "and", 1, "bridge", 1));
    }

    private static Map<String, TermScore> byTerm(List<TermScore> scores) {
        Map<String, TermScore> m = new HashMap<>();
        scores.forEach(s -> m.put(s.term(), s));
        return m;
    }
}
