package org.parallax.text.compare;

import java.util.List;

/**
 * The cue hits of one frame in one text.
 *
 * @param frame            the frame
 * @param hits             number of cue hits
 * @param perThousandWords {@code hits × 1000 / words}; 0 for a text without words
 * @param triggers         the hits, in text order
 */
public record FrameScore(Frame frame, int hits, double perThousandWords, List<FrameHit> triggers) {

    public FrameScore {
        triggers = List.copyOf(triggers);
    }
}
