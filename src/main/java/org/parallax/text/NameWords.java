package org.parallax.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word spans and normalised keys of names, shared by {@link ActorExtractor} and {@link ActorMerger}. Both are
 * single hand-written passes (they replaced regular expressions and compute exactly what those did).
 */
final class NameWords {

    private NameWords() {}

    /**
     * The words of {@code text} as {@code [begin, end)} spans, each without a possessive "'s". A word is a dotted
     * acronym of two or more capitals ("U.S.", "U.N."; {@code (?:\p{Lu}\.){2,}}), or else a letter followed by
     * letters, marks and digits, with inner apostrophes ({@code ' ’}) and hyphens ({@code - ‐ ‑}) each followed by
     * at least one letter, mark or digit ("O'Brien", "Al-Mayadeen", "Nagorno-Karabakh";
     * {@code \p{L}[\p{L}\p{M}\p{N}]*(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*}). Scanning resumes after the whole word, the
     * possessive included.
     */
    static List<Span> words(String text) {
        List<Span> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80 && !isAsciiLetter(c)) {
                i++; // neither alternative can start here: both need a letter
                continue;
            }
            int end = acronymEnd(text, i);
            if (end < 0) {
                end = wordEnd(text, i);
            }
            if (end < 0) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int stop = end;
            if (stop - i > 2 && (text.charAt(stop - 1) == 's' || text.charAt(stop - 1) == 'S')
                    && (text.charAt(stop - 2) == '\'' || text.charAt(stop - 2) == '\u2019')) {
                stop -= 2;
            }
            words.add(new Span(i, stop));
            i = end;
        }
        return words;
    }

    /** The end of a dotted acronym of at least two capitals starting at {@code i}, or -1. */
    private static int acronymEnd(String text, int i) {
        int n = text.length();
        int letters = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int dot = i + Character.charCount(cp);
            if (dot >= n || text.charAt(dot) != '.' || !CodePoints.isUpperCaseLetter(cp)) {
                break;
            }
            i = dot + 1;
            letters++;
        }
        return letters >= 2 ? i : -1;
    }

    /** The end of a word starting with a letter at {@code i}, or -1 when no letter starts there. */
    private static int wordEnd(String text, int i) {
        int cp = text.codePointAt(i);
        if (!CodePoints.isLetter(cp)) {
            return -1;
        }
        int end = lettersMarksDigitsEnd(text, i + Character.charCount(cp));
        int n = text.length();
        while (end + 1 < n && isJoiner(text.charAt(end))
                && CodePoints.isLetterMarkOrNumber(text.codePointAt(end + 1))) {
            end = lettersMarksDigitsEnd(text, end + 1);
        }
        return end;
    }

    private static int lettersMarksDigitsEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
            if (!CodePoints.isLetterMarkOrNumber(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    /**
     * The matching key of a name: diacritics removed (NFKD, combining marks dropped), lower case (root locale),
     * apostrophes ({@code ' ’}) and dots dropped ("O'Brien" → "obrien", "U.S." → "us"), every other run of
     * characters that are not letters or digits one space ("Al-Mayadeen" → "al mayadeen"), no space at either end.
     */
    static String key(String surface) {
        if (isAscii(surface)) {
            return asciiKey(surface);
        }
        String s = withoutMarks(Normalizer.normalize(surface, Normalizer.Form.NFKD));
        s = withoutApostrophesAndDots(s.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!CodePoints.isLetterOrNumber(cp)) {
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty()) {
                out.append(' ');
            }
            gap = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * {@link #key} of an ASCII text, in one pass: ASCII is its own NFKD form, has no combining marks and is
     * lower-cased character by character.
     */
    private static String asciiKey(String surface) {
        StringBuilder out = new StringBuilder(surface.length());
        boolean gap = false;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c == '\'' || c == '.') {
                continue;
            }
            boolean lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!lower && !(c >= 'A' && c <= 'Z')) {
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty()) {
                out.append(' ');
            }
            gap = false;
            out.append(lower ? c : (char) (c + ('a' - 'A')));
        }
        return out.toString();
    }

    /**
     * The text without apostrophes ({@code ' ’}) and dots, as a new string, so that the characters around a
     * dropped one meet (a high and a low surrogate then form one code point).
     */
    private static String withoutApostrophesAndDots(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '.') {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String withoutMarks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!CodePoints.isMark(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
