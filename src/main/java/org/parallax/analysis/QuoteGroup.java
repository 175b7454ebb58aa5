package org.parallax.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One direct quotation, matched across the articles that carry it.
 *
 * @param text        the longest wording of the quote
 * @param speaker     the speaker most occurrences name, or null when none could be resolved
 * @param verb        the attribution verb most occurrences use, or null
 * @param articleIds  the articles quoting it
 * @param occurrences each article's quote, with its own speaker and verb
 */
public record QuoteGroup(int id, String text, @Nullable String speaker, @Nullable String verb, List<Long> articleIds,
        List<QuoteUse> occurrences) {

    /** One article's rendering of the quote: the quoted words' range, its speaker and verb there. */
    public record QuoteUse(long articleId, int begin, int end, @Nullable String speaker, @Nullable String verb) {}
}
