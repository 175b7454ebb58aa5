package org.parallax.analysis;

import java.util.List;

/**
 * A sentence of one article and how much of it the other articles carry.
 *
 * @param status     {@link Status#VERBATIM} when one other article has every word of it in a shared run,
 *                   {@link Status#EDITED} when another article shares at least half of its words,
 *                   {@link Status#UNIQUE} otherwise
 * @param sharedWith the other articles sharing at least half of its words
 */
public record SentenceStatus(int begin, int end, Status status, List<Long> sharedWith) {

    /** The three per-sentence statuses. */
    public enum Status { VERBATIM, EDITED, UNIQUE }
}
