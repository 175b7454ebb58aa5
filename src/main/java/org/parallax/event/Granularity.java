package org.parallax.event;

/**
 * How tightly articles are grouped, in words, with the similarity threshold each stands for: an
 * article joins an event when its score against the event ({@code EventSimilarity}) reaches the
 * threshold. Tighter groups separate look-alike happenings; looser ones follow a story over days.
 *
 * <p>The threshold applies when the article and the event are dated, so that closeness in time is
 * part of the score. Without dates, content is the only evidence and must be stronger: the
 * threshold is multiplied by {@link #UNDATED_FACTOR}. (Calibrated on the project's labelled corpora:
 * the dated evaluation corpus and the undated demo corpus, see README.)
 */
public enum Granularity {
    SAME_HAPPENING("Same happening", 0.25),
    SAME_EVENT("Same event", 0.18),
    SAME_STORY("Same story", 0.12);

    /** The default: one concrete event, covered by several outlets over hours to days. */
    public static final Granularity DEFAULT = SAME_EVENT;

    /** The threshold is multiplied by this when the article or the event has no publication time. */
    public static final double UNDATED_FACTOR = 1.5;

    private final String label;
    private final double threshold;

    Granularity(String label, double threshold) {
        this.label = label;
        this.threshold = threshold;
    }

    public String label() {
        return label;
    }

    public double threshold() {
        return threshold;
    }
}
