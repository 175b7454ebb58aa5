package org.parallax.text.compare;

import org.jspecify.annotations.Nullable;

/**
 * One occurrence of a lexicon entry.
 *
 * @param kind        what sort of entry matched
 * @param concept     for {@link Kind#VARIANT} the concept, for {@link Kind#ATTRIBUTION} the verb
 *                    class ({@code "doubt"}), for {@link Kind#MARKER} the marker class
 *                    ({@code "factive"}), otherwise {@code null}
 * @param entry       the entry as written in the lexicon ({@code "blockade"}, even when the text
 *                    says {@code "blockaded"})
 * @param begin       offset of the matched text, inclusive
 * @param end         offset after the matched text, exclusive
 * @param insideQuote whether the match lies within one of the quote spans given to the matcher, so
 *                    that the outlet's own voice can be told apart from reported speech
 */
public record LexiconHit(Kind kind, @Nullable String concept, String entry, int begin, int end, boolean insideQuote)
        implements TextRange {

    /** The kinds of lexicon entries. */
    public enum Kind {
        VARIANT,
        HEDGE,
        INTENSIFIER,
        ATTRIBUTION,
        /** A word of one of the lexicon's marker classes (factive, assertive, implicative verbs, loaded labels, …). */
        MARKER
    }
}
