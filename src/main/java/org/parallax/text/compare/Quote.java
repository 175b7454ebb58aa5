package org.parallax.text.compare;

import org.jspecify.annotations.Nullable;

/**
 * A direct quotation found by {@link QuoteExtractor}.
 *
 * <p>{@code [begin, end)} is the half-open range of the quoted words in the original text,
 * <em>without</em> the quote marks. For a quotation that continues over a paragraph break (the
 * typographic convention: no closing mark at the end of the first paragraph, an opening mark at the
 * start of the next), the range spans both paragraphs and {@link #text()} is that range with the
 * re-opening marks removed; otherwise {@code text} equals {@code original.substring(begin, end)}.
 *
 * @param text         the quoted words, without quote marks
 * @param begin        offset of the first quoted character, inclusive
 * @param end          offset after the last quoted character, exclusive
 * @param speaker      the speaker phrase as written, possibly with a title or role
 *                     ({@code "board chair Elina Rask"}); {@code null} when no speaker was found or
 *                     the speaker is an unresolved pronoun
 * @param verb         the attribution verb as written, lower case ({@code "said"}, {@code "claimed"},
 *                     or {@code "according to"}); {@code null} when no attribution was found. An
 *                     unresolved pronoun ({@code “…,” he said}) keeps its verb but has no speaker.
 * @param speakerBegin offset of the speaker phrase, inclusive, or {@code -1}; for a resolved pronoun
 *                     this points at the antecedent, so {@code speaker} always equals
 *                     {@code original.substring(speakerBegin, speakerEnd)}
 * @param speakerEnd   offset after the speaker phrase, exclusive, or {@code -1}
 * @param speakerName  the trailing capitalised name of the speaker phrase without titles
 *                     ({@code "Elina Rask"}); {@code null} if the phrase has none ({@code "officials"})
 * @param scare        fewer than three words: probably scare quotes ({@code so-called “domestic fire”})
 *                     rather than speech; such quotes are only attributed when they end with their
 *                     own punctuation ({@code “No,” she said})
 */
public record Quote(String text, int begin, int end, @Nullable String speaker, @Nullable String verb,
        int speakerBegin, int speakerEnd, @Nullable String speakerName, boolean scare) implements TextRange {

    /** Whether a speaker was found (directly or by resolving a pronoun). */
    public boolean attributed() {
        return speaker != null;
    }

    /** This quote's words, normalised (see {@link WordTokenizer}), as used by {@link QuoteMatcher}. */
    public java.util.List<String> normalizedWords() {
        return WordTokenizer.normalizedWords(text);
    }
}
