package org.parallax.analysis;

import java.util.List;

/**
 * Text reused across articles (wire copy, press releases, copied paragraphs): copies that align with
 * one main form, each verbatim, edited or partial; see {@link org.parallax.text.compare.PassageAligner}.
 *
 * @param id          stable within one comparison, for cross-references from the view
 * @param text        the passage as its main form words it: the longest full copy (of the wording most
 *                    full copies carry word for word)
 * @param articleIds  the articles holding a copy of any kind, in comparison order
 * @param verbatim    true when every copy has the main form's words; false when some are edited or partial
 * @param words       its length in words (the main form's)
 * @param occurrences every copy, the main form included, in comparison order then by offset
 */
public record SharedPassage(int id, String text, List<Long> articleIds, boolean verbatim, int words,
        List<PassageCopy> occurrences) {

    public SharedPassage {
        articleIds = List.copyOf(articleIds);
        occurrences = List.copyOf(occurrences);
    }

    /** Every copy as evidence. */
    public List<Evidence> evidence() {
        return occurrences.stream().map(PassageCopy::evidence).toList();
    }

    /** The articles holding a full (verbatim or edited) copy, in comparison order. */
    public List<Long> fullCopyArticleIds() {
        return occurrences.stream().filter(PassageCopy::full).map(PassageCopy::articleId).distinct().toList();
    }

    /** The copies of one kind. */
    public List<PassageCopy> copies(PassageCopy.Kind kind) {
        return occurrences.stream().filter(c -> c.kind() == kind).toList();
    }
}
