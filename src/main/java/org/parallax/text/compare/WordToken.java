package org.parallax.text.compare;

/**
 * One word of a text.
 *
 * @param text       the word exactly as it appears, {@code original.substring(begin, end)}
 * @param normalized its comparison form: NFKC, lower case (root locale), curly apostrophes and
 *                   Unicode hyphens folded to {@code '} and {@code -} (see
 *                   {@link org.parallax.text.TextNormalizer#comparisonKey(String)})
 * @param begin      offset of the first character, inclusive
 * @param end        offset after the last character, exclusive
 */
public record WordToken(String text, String normalized, int begin, int end) implements TextRange {}
