package org.parallax.text.compare;

import java.util.Comparator;
import java.util.List;

/**
 * The frame cue counts of one text: an indicative suggestion of which frames it leans on, not a
 * classification (see {@link FrameScorer}).
 *
 * @param wordCount the number of words in the text ({@link WordTokenizer})
 * @param scores    one score per frame, in codebook order
 */
public record FrameProfile(int wordCount, List<FrameScore> scores) {

    public FrameProfile {
        scores = List.copyOf(scores);
    }

    /** The score of one frame. */
    public FrameScore score(Frame frame) {
        return scores.get(frame.ordinal());
    }

    /** The frames with at least one hit, most hits first (ties in codebook order). */
    public List<FrameScore> ranked() {
        return scores.stream()
                .filter(s -> s.hits() > 0)
                .sorted(Comparator.comparingInt(FrameScore::hits).reversed()
                        .thenComparing(s -> s.frame().ordinal()))
                .toList();
    }
}
