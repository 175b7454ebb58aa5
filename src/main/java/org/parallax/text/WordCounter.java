package org.parallax.text;

/**
 * Counts words: maximal runs of letters or digits ({@code \p{L}}, {@code \p{N}}), joined by single inner
 * apostrophes ({@code '} or {@code ’}) or hyphen-minus ("don't", "Nagorno-Karabakh") into one word; that is, the
 * matches of {@code [\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*}, found in one pass without a regular expression.
 */
public final class WordCounter {

    private WordCounter() {}

    public static int count(String text) {
        int n = text.length();
        int words = 0;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!CodePoints.isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            i = runEnd(text, i);
            while (i + 1 < n && isJoiner(text.charAt(i)) && CodePoints.isLetterOrNumber(text.codePointAt(i + 1))) {
                i = runEnd(text, i + 1);
            }
            words++;
        }
        return words;
    }

    /** The end of the run of letters and digits starting at {@code i}. */
    private static int runEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!CodePoints.isLetterOrNumber(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }
}
