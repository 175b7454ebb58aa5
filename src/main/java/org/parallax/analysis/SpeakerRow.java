package org.parallax.analysis;

import java.util.List;
import java.util.Map;

/**
 * Who is quoted, and how much space each outlet gives them: one row of the quote ledger.
 *
 * @param quotesByArticle number of quotes of this speaker in each article (articles without any are absent)
 * @param wordsByArticle  quoted words of this speaker in each article
 * @param quotes          every quote of the speaker, for click-through
 */
public record SpeakerRow(String speaker, Map<Long, Integer> quotesByArticle, Map<Long, Integer> wordsByArticle,
        List<Evidence> quotes) {}
