package org.parallax.event;

/**
 * How tightly articles are grouped, in words, with the similarity threshold each stands for: an
 * article joins an event when its score against the event ({@code EventSimilarity}) reaches the
 * threshold. Tighter groups separate look-alike happenings; looser ones follow a story over days.
 */
public enum Granularity {
    SAME_HAPPENING("Same happening", 0.18),
    SAME_EVENT("Same event", 0.14),
    SAME_STORY("Same story", 0.10);

    /** The default: one concrete event, covered by several outlets over hours to days. */
    public static final Granularity DEFAULT = SAME_EVENT;

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
