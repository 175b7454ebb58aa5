package org.parallax.analysis;

import org.jspecify.annotations.Nullable;

/**
 * One lexicon word in an article: a competing name, a hedge, an intensifier or an attribution verb.
 *
 * @param phrase      the text as written
 * @param entry       the lexicon entry it matched
 * @param category    the concept (names) or verb class (attribution verbs), otherwise null
 * @param insideQuote true inside a quotation (someone else's words), false in the outlet's own voice
 */
public record Marker(long articleId, String phrase, String entry, @Nullable String category, int begin, int end,
        boolean insideQuote) {}
