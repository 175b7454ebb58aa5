package org.parallax.text.compare;

// Frozen copy of org.parallax.text.compare.WordTokenizer as of commit 6e3f64f, before the reader-thread optimisation, kept only so
// that the equivalence tests can prove the optimised code computes the same outputs. Do not change it.

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.LegacyTextNormalizer;

/**
 * A deliberately simple word tokenizer for shingling and matching.
 *
 * <p>A word is a maximal run of letters and digits (combining marks allowed after the first
 * character), possibly joined by single inner apostrophes ({@code ' ’ ʼ}) or hyphens
 * ({@code - ‐ ‑}): {@code don’t}, {@code Nagorno-Karabakh} and {@code 2024} are one word each. This
 * is the definition of {@link org.parallax.text.LegacyWordCounter}, extended to Unicode hyphens, the
 * modifier-letter apostrophe and combining marks; on ordinary text both count the same words.
 * Punctuation, quote marks and whitespace are never part of a word; a trailing apostrophe
 * (plural possessive {@code farmers’}) is not part of the word.
 *
 * <p>Each token keeps its half-open {@code [begin, end)} offsets into the original text and a
 * normalised form ({@link LegacyTextNormalizer#comparisonKey(String)} of the word), so offsets stay exact
 * while comparisons ignore case and typographic variants.
 */
public final class LegacyWordTokenizer {

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*(?:['’ʼ\\-‐‑][\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*)*");

    private LegacyWordTokenizer() {}

    /** All words of {@code text}, in order; empty for an empty or word-less text. */
    public static List<WordToken> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    /** The words lying within {@code [begin, end)} of {@code text}; offsets stay relative to the whole text. */
    public static List<WordToken> tokenize(CharSequence text, int begin, int end) {
        Matcher m = WORD.matcher(text).region(begin, end);
        List<WordToken> tokens = new ArrayList<>();
        while (m.find()) {
            String word = m.group();
            tokens.add(new WordToken(word, normalize(word), m.start(), m.end()));
        }
        return List.copyOf(tokens);
    }

    /**
     * The normalised form of one word: {@link LegacyTextNormalizer#comparisonKey(String)}, with a fast path
     * for plain ASCII words (where the key is just the lower-case word).
     */
    public static String normalize(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 || !(Character.isLetterOrDigit(c) || c == '\'' || c == '-')) {
                return LegacyTextNormalizer.comparisonKey(word);
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    /** The normalised words of {@code text}, without offsets. */
    public static List<String> normalizedWords(CharSequence text) {
        return tokenize(text).stream().map(WordToken::normalized).toList();
    }
}
