package org.parallax.analysis;

/**
 * Where a figure comes from: a half-open {@code [begin, end)} range of characters in an article's
 * stored body, or, for a headline use of a lexicon word, in its title. Every number the comparison
 * shows carries the evidence it counts.
 *
 * @param field {@value Marker#BODY} (almost always) or {@value Marker#TITLE}
 */
public record Evidence(long articleId, int begin, int end, String field) {
    public Evidence {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Bad range [" + begin + ", " + end + ")");
        }
        if (!Marker.TITLE.equals(field)) {
            field = Marker.BODY;
        }
    }

    /** A range of the article's body. */
    public Evidence(long articleId, int begin, int end) {
        this(articleId, begin, end, Marker.BODY);
    }

    /** Whether the range is in the article's title. */
    public boolean inTitle() {
        return Marker.TITLE.equals(field);
    }
}
