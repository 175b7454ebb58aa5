package org.parallax.text.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.text.CodePoints;
import org.parallax.text.TextNormalizer;

/**
 * A deliberately simple word tokenizer for shingling and matching.
 *
 * <p>A word is a maximal run of letters and digits (combining marks allowed after the first
 * character), possibly joined by single inner apostrophes ({@code ' ’ ʼ}) or hyphens
 * ({@code - ‐ ‑}): {@code don’t}, {@code Nagorno-Karabakh} and {@code 2024} are one word each. This
 * is the definition of {@link org.parallax.text.WordCounter}, extended to Unicode hyphens, the
 * modifier-letter apostrophe and combining marks; on ordinary text both count the same words.
 * Punctuation, quote marks and whitespace are never part of a word; a trailing apostrophe
 * (plural possessive {@code farmers’}) is not part of the word.
 *
 * <p>Each token keeps its half-open {@code [begin, end)} offsets into the original text and a
 * normalised form ({@link TextNormalizer#comparisonKey(String)} of the word), so offsets stay exact
 * while comparisons ignore case and typographic variants.
 */
public final class WordTokenizer {

    private WordTokenizer() {}

    /** All words of {@code text}, in order; empty for an empty or word-less text. */
    public static List<WordToken> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    /**
     * The words lying within {@code [begin, end)} of {@code text}; offsets stay relative to the whole text. One pass
     * over the code points, matching what the regular expression
     * {@code [\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’ʼ\-‐‑][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*} finds in the region.
     */
    public static List<WordToken> tokenize(CharSequence text, int begin, int end) {
        List<WordToken> tokens = new ArrayList<>();
        int i = begin;
        while (i < end) {
            int cp = CodePoints.at(text, i, end);
            if (!CodePoints.isLetterOrNumber(cp)) {
                i++;
                continue;
            }
            int stop = partEnd(text, i + Character.charCount(cp), end);
            while (stop + 1 < end && isJoiner(text.charAt(stop))
                    && CodePoints.isLetterOrNumber(CodePoints.at(text, stop + 1, end))) {
                stop = partEnd(text, stop + 1 + Character.charCount(Character.codePointAt(text, stop + 1)), end);
            }
            String word = text.subSequence(i, stop).toString();
            tokens.add(new WordToken(word, normalize(word), i, stop));
            i = stop;
        }
        return List.copyOf(tokens);
    }

    /** The end of the run of letters, digits and marks from {@code i}, within {@code end}. */
    private static int partEnd(CharSequence text, int i, int end) {
        while (true) {
            int cp = CodePoints.at(text, i, end);
            if (!CodePoints.isLetterMarkOrNumber(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    /**
     * The normalised form of one word: {@link TextNormalizer#comparisonKey(String)}, with a fast path
     * for plain ASCII words (where the key is just the lower-case word).
     */
    public static String normalize(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 || !(Character.isLetterOrDigit(c) || c == '\'' || c == '-')) {
                return TextNormalizer.comparisonKey(word);
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    /** The normalised words of {@code text}, without offsets. */
    public static List<String> normalizedWords(CharSequence text) {
        return tokenize(text).stream().map(WordToken::normalized).toList();
    }
}
