package org.parallax.analysis;

import java.util.List;

/**
 * Text reused across articles (wire copy, press releases, copied paragraphs): a maximal run of
 * shared word 5-gram shingles.
 *
 * @param id          stable within one comparison, for cross-references from the view
 * @param text        the passage as the earliest article containing it words it
 * @param articleIds  the articles that contain it, in comparison order
 * @param verbatim    true when every occurrence has the same words; false when some were edited
 * @param words       its length in words in the earliest article
 * @param occurrences where it stands in each article
 */
public record SharedPassage(int id, String text, List<Long> articleIds, boolean verbatim, int words,
        List<Evidence> occurrences) {}
