package org.parallax.text;

// Frozen copy of org.parallax.text.WordCounter as of commit 6e3f64f, before the reader-thread optimisation, kept only so
// that the equivalence tests can prove the optimised code computes the same outputs. Do not change it.

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts words: maximal runs of letters or digits, with inner apostrophes and hyphens ("don't", "Nagorno-Karabakh"). */
public final class LegacyWordCounter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private LegacyWordCounter() {}

    public static int count(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
