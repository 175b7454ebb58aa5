package org.parallax.text;

// Frozen copy of org.parallax.text.TextNormalizer as of commit 6e3f64f, before the reader-thread optimisation, kept only so
// that the equivalence tests can prove the optimised code computes the same outputs. Do not change it.

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whitespace, quote and case normalisation shared by parsing, hashing and matching. */
public final class LegacyTextNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u00B4`]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");

    private LegacyTextNormalizer() {}

    /** Collapses every run of whitespace (including NBSP and zero-width spaces) to one space and trims. */
    public static String collapseWhitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Straight quotes for curly ones, hyphen-minus for dashes; nothing else changes. */
    public static String foldPunctuation(String text) {
        String s = SINGLE_QUOTES.matcher(text).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        return DASHES.matcher(s).replaceAll("-");
    }

    /**
     * The comparison key of a text: Unicode NFKC, folded punctuation, lower case (root locale),
     * whitespace collapsed. Two texts with the same key are "the same text" to Parallax.
     */
    public static String comparisonKey(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return collapseWhitespace(foldPunctuation(s).toLowerCase(Locale.ROOT));
    }
}
