package org.parallax.analysis;

import org.jspecify.annotations.Nullable;

/**
 * One lexicon word in an article: a competing name, a hedge, an intensifier, an attribution verb or
 * a word of a marker class. Offsets are half-open {@code [begin, end)} into the article's
 * {@code field}: its stored body (as every other offset of the comparison), or its title for a
 * headline use, so body offsets stay what they are.
 *
 * @param phrase      the text as written
 * @param entry       the lexicon entry it matched
 * @param category    the concept (names), verb class (attribution verbs) or marker class, otherwise null
 * @param insideQuote true inside a quotation (someone else's words), false in the outlet's own voice
 * @param field       {@value #BODY} or {@value #TITLE}: the text the offsets refer to
 */
public record Marker(long articleId, String phrase, String entry, @Nullable String category, int begin, int end,
        boolean insideQuote, String field) {

    /** The field of a use in the article's body. */
    public static final String BODY = "body";
    /** The field of a use in the article's headline. */
    public static final String TITLE = "title";

    /** A use in the article's body. */
    public Marker(long articleId, String phrase, String entry, @Nullable String category, int begin, int end,
            boolean insideQuote) {
        this(articleId, phrase, entry, category, begin, end, insideQuote, BODY);
    }

    /** Whether this use is in the headline rather than the body. */
    public boolean inTitle() {
        return TITLE.equals(field);
    }

    /** Where to read it: its range in the body or the title. */
    public Evidence evidence() {
        return new Evidence(articleId, begin, end, field);
    }
}
