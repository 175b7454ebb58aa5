package org.parallax.text.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens that attribution is matched on: words (with inner apostrophes and hyphens), abbreviated titles
 * ({@code Dr.}), initials and clause punctuation, each with its offsets in the text.
 */
final class ClauseTokens {

    private static final Pattern CLAUSE_TOKEN = Pattern.compile(
            "(?<abbr>\\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Gen|Col|Lt|Sgt|Capt|Rev|Sen|Rep|Gov|Jr|Sr|Insp|Maj|Cdr|Adm|Brig)\\.)"
                    + "|(?<initial>\\b\\p{Lu}\\.(?!\\p{Ll}))"
                    + "|(?<word>[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*(?:['’ʼ\\-‐‑][\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*)*)"
                    + "|(?<punct>\\.\\.\\.|[,:;.!?…—–()\\[\\]])");

    private ClauseTokens() {}

    /** A word or punctuation token: its text, normalised form ({@link WordTokenizer#normalize}) and offsets. */
    record Tok(String text, String lower, int begin, int end, boolean word, boolean cap) {
        boolean is(String s) {
            return text.equals(s);
        }

        boolean sentenceEnd() {
            return !word && (text.equals(".") || text.equals("!") || text.equals("?") || text.equals(";")
                    || text.equals("…") || text.equals("..."));
        }
    }

    /** Every clause token of {@code text}, in order. */
    static List<Tok> tokenize(String text) {
        List<Tok> tokens = new ArrayList<>();
        Matcher m = CLAUSE_TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            boolean word = m.group("punct") == null;
            boolean cap = word && Character.isUpperCase(t.codePointAt(0));
            tokens.add(new Tok(t, WordTokenizer.normalize(t), m.start(), m.end(), word, cap));
        }
        return tokens;
    }

    /** The tokens lying in [from, to), in order. */
    static List<Tok> slice(List<Tok> tokens, int from, int to) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int j = lo;
        while (j < tokens.size() && tokens.get(j).end() <= to) {
            j++;
        }
        return tokens.subList(lo, j);
    }
}
