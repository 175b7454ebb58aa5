package org.parallax.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What most of the event's articles carry and one article leaves out.
 *
 * @param articleId the article that omits
 * @param missing   the facts it omits; empty when the article was {@linkplain #leftOut() left out}
 * @param leftOut   why the article was left out of the omission analysis ("no body text", "teaser only: 12
 *                  words"), or null when it was compared
 */
public record Omission(long articleId, List<Missing> missing, @Nullable String leftOut) {

    /** The kinds of facts compared. */
    public enum Kind { PASSAGE, QUOTE, ACTOR, NUMBER }

    /** Whether the article was left out of the omission analysis (see {@link #leftOut()}). */
    public boolean isLeftOut() {
        return leftOut != null;
    }

    /**
     * One omitted fact.
     *
     * @param text      the fact as the others word it
     * @param presentIn the articles that carry it
     * @param evidence  where they carry it
     */
    public record Missing(Kind kind, String text, List<Long> presentIn, List<Evidence> evidence) {}
}
