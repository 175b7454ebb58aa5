package org.parallax.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts words: maximal runs of letters or digits, with inner apostrophes and hyphens ("don't", "Nagorno-Karabakh"). */
public final class WordCounter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private WordCounter() {}

    public static int count(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
