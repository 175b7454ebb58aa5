package org.parallax.text;

// Frozen copy of org.parallax.text.NameWords as of commit 6e3f64f, before the reader-thread optimisation, kept only so
// that the equivalence tests can prove the optimised code computes the same outputs. Do not change it.

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word spans and normalised keys of names, shared by {@link LegacyActorExtractor} and {@link LegacyActorMerger}. */
public final class LegacyNameWords {

    /**
     * A dotted acronym ("U.S.", "U.N."), or a word: letters and digits with inner apostrophes and
     * hyphens ("O'Brien", "Al-Mayadeen", "Nagorno-Karabakh").
     */
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['\u2019\\-\u2010\u2011][\\p{L}\\p{M}\\p{N}]+)*");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("['\u2019.]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private LegacyNameWords() {}

    /** The words of {@code text} as {@code [begin, end)} spans, each without a possessive "'s". */
    public static List<Span> words(String text) {
        List<Span> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            if (end - m.start() > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                    && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
                end -= 2;
            }
            words.add(new Span(m.start(), end));
        }
        return words;
    }

    /**
     * The matching key of a name: diacritics removed (NFKD, combining marks dropped), lower case,
     * apostrophes and dots dropped ("O'Brien" → "obrien", "U.S." → "us"), every other run of
     * non-letters one space ("Al-Mayadeen" → "al mayadeen").
     */
    public static String key(String surface) {
        String s = Normalizer.normalize(surface, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = DROPPED.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return SEPARATORS.matcher(s).replaceAll(" ").strip();
    }
}
