package org.parallax.analysis;

import java.util.List;

/**
 * What most of the event's articles carry and one article leaves out.
 *
 * @param articleId the article that omits
 * @param missing   the facts it omits
 */
public record Omission(long articleId, List<Missing> missing) {

    /** The kinds of facts compared. */
    public enum Kind { PASSAGE, QUOTE, ACTOR, NUMBER }

    /**
     * One omitted fact.
     *
     * @param text      the fact as the others word it
     * @param presentIn the articles that carry it
     * @param evidence  where they carry it
     */
    public record Missing(Kind kind, String text, List<Long> presentIn, List<Evidence> evidence) {}
}
