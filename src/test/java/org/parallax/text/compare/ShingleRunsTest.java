package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleRunsTest {

    // tokens:       0   1 2  3 4 5 6 7 8 9 10 11
    private static final String A = "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11";
    private static final List<WordToken> TOKENS = WordTokenizer.tokenize(A);

    @Test
    void overlappingShinglesMergeIntoOneRun() {
        // size 3: shingles at 1, 2, 3 cover tokens [1, 6) → w1..w5
        List<Passage> runs = ShingleRuns.merge(TOKENS, 3, 3, 1, 2);
        assertThat(runs).hasSize(1);
        assertThat(runs.getFirst().textIn(A)).isEqualTo("w1 w2 w3 w4 w5");
        assertThat(runs.getFirst().tokenCount()).isEqualTo(5);
    }

    @Test
    void touchingShinglesMergeButAGapSplits() {
        // size 3: [0,3) and [3,6) touch → one run of 6; [7,10) is separate (token 6 uncovered)
        List<Passage> runs = ShingleRuns.merge(TOKENS, 3, List.of(0, 3, 7));
        assertThat(runs).extracting(p -> p.textIn(A)).containsExactly("w0 w1 w2 w3 w4 w5", "w7 w8 w9");
        assertThat(runs).extracting(Passage::tokenCount).containsExactly(6, 3);
    }

    @Test
    void aGapOfUpToMaxGapTokensIsBridged() {
        // size 3: [0,3) and [4,7) leave token 3 uncovered; a gap of 1 is bridged with maxGap 1, not with 0
        assertThat(ShingleRuns.merge(TOKENS, 3, 1, new int[] {0, 4})).extracting(p -> p.textIn(A))
                .containsExactly("w0 w1 w2 w3 w4 w5 w6");
        assertThat(ShingleRuns.merge(TOKENS, 3, 0, new int[] {0, 4})).hasSize(2);
        // [0,3) and [6,9): a gap of 3 tokens needs maxGap 3
        assertThat(ShingleRuns.merge(TOKENS, 3, 2, new int[] {0, 6})).hasSize(2);
        assertThat(ShingleRuns.merge(TOKENS, 3, 3, new int[] {0, 6})).singleElement()
                .extracting(Passage::tokenCount).isEqualTo(9);
    }

    @Test
    void duplicatesAndOrderDoNotMatter() {
        assertThat(ShingleRuns.merge(TOKENS, 2, 5, 5, 4)).containsExactly(new Passage(A.indexOf("w4"), A.indexOf(" w7"), 3));
    }

    @Test
    void noPositionsNoRuns() {
        assertThat(ShingleRuns.merge(TOKENS, 5)).isEmpty();
        assertThat(ShingleRuns.merge(List.of(), 5, List.of())).isEmpty();
    }

    @Test
    void positionsOutsideTheTextAreRejected() {
        assertThatThrownBy(() -> ShingleRuns.merge(TOKENS, 5, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShingleRuns.merge(TOKENS, 5, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharedPassagesBetweenTwoInventedArticles() {
        String wire = "The Mirren Road crosses the Lenne river at Brask and is the main supply route into the highlands.";
        String herald = "Officials said on Tuesday that the Mirren Road crosses the Lenne river at Brask and is an "
                + "important supply route into the highlands.";
        List<Passage> shared = ShingleRuns.shared(herald, wire, new Shingler());
        assertThat(shared).extracting(p -> p.textIn(herald))
                .containsExactly("the Mirren Road crosses the Lenne river at Brask and is", "supply route into the highlands");
        // The second run has exactly five words: a single shingle.
        assertThat(shared.get(1).tokenCount()).isEqualTo(5);
    }

    @Test
    void nothingSharedBelowTheShingleSize() {
        assertThat(ShingleRuns.shared("the road is closed", "the road is closed", new Shingler())).isEmpty();
    }
}
