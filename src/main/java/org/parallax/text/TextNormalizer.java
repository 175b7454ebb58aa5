package org.parallax.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whitespace, quote and case normalisation shared by parsing, hashing and matching.
 *
 * <p>Content hashes are stored, so what these methods compute must never change. They are single passes over the
 * characters (they replaced regular expressions, and compute exactly what those did):
 * <ul>
 *   <li>collapsible whitespace: space, tab, LF, VT, FF, CR (the regular-expression {@code \s}), NBSP (U+00A0),
 *       figure space (U+2007), narrow NBSP (U+202F), zero-width space (U+200B) and BOM (U+FEFF);</li>
 *   <li>single quotes: U+2018, U+2019, U+201A, U+201B, prime U+2032, acute accent U+00B4 and grave accent;</li>
 *   <li>double quotes: U+201C, U+201D, U+201E, U+201F, double prime U+2033 and guillemets U+00AB, U+00BB;</li>
 *   <li>dashes: U+2010 to U+2015 and the minus sign U+2212.</li>
 * </ul>
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    /**
     * Collapses every run of collapsible whitespace (see above: including NBSP and zero-width spaces) to one space,
     * then {@linkplain String#strip() strips} the ends.
     */
    public static String collapseWhitespace(String text) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!isCollapsible(text.charAt(i))) {
                i++;
                continue;
            }
            int run = i + 1;
            while (run < n && isCollapsible(text.charAt(run))) {
                run++;
            }
            if (run - i > 1 || text.charAt(i) != ' ') {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i).append(' ');
                copied = run;
            }
            i = run;
        }
        String collapsed = out == null ? text : out.append(text, copied, n).toString();
        return collapsed.strip();
    }

    /** Straight quotes for curly ones (and primes, accents), hyphen-minus for dashes; nothing else changes. */
    public static String foldPunctuation(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && fold(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == n) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < n; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    /**
     * The comparison key of a text: Unicode NFKC, folded punctuation, lower case (root locale),
     * whitespace collapsed. Two texts with the same key are "the same text" to Parallax.
     */
    public static String comparisonKey(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return collapseWhitespace(foldPunctuation(s).toLowerCase(Locale.ROOT));
    }

    private static boolean isCollapsible(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r')
                || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\uFEFF';
    }

    private static char fold(char c) {
        if (c < '\u00AB') {
            return c == '`' ? '\'' : c;
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }
}
