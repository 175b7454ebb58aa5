package org.parallax.article;

/** Facts about an article a reader should see next to it. */
public enum ArticleFlag {
    /** The input had a title but no body text. */
    EMPTY_BODY,
    /** The body is only a teaser (it repeats the title or is a line or two long). */
    TEASER_ONLY,
    /** Nearly the same text as an earlier article (the same story re-published with small edits): kept, and linked to it. */
    NEAR_DUPLICATE,
    /** No outlet could be attributed from the input. */
    NO_OUTLET,
    /** A feed item that gave only a summary or description, not the full text. */
    SUMMARY_ONLY
}
