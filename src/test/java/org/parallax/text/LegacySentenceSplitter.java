package org.parallax.text;

// Frozen copy of org.parallax.text.SentenceSplitter as of commit 6e3f64f, before the reader-thread optimisation, kept only so
// that the equivalence tests can prove the optimised code computes the same outputs. Do not change it.

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits English text into sentences, each a half-open {@code [begin, end)} {@link Span} of the
 * original text, trimmed of surrounding whitespace.
 *
 * <p>Candidate boundaries come from {@link BreakIterator#getSentenceInstance(Locale)} for
 * {@link Locale#ENGLISH} (the Unicode UAX #29 sentence rules as implemented by the JDK), corrected
 * for its known failures on news text:
 * <ul>
 *   <li>A paragraph break (a line break, optional blanks, another line break; or U+2029) always ends
 *       a sentence, also after a headline without a full stop.
 *   <li>A full stop after a title abbreviation ("Mr.", "Dr.", "Gen.", "Sen.", …) never ends a
 *       sentence; nor does "No." before a digit.
 *   <li>A full stop after an initial ("J. R. Smith"), a dotted abbreviation ("U.S.", "a.m.") or
 *       another listed abbreviation ("Sept.", "Inc.", "Jr.") ends a sentence only when the next
 *       word is a capitalised function word ("… in the U.S. The talks …").
 *   <li>A boundary before a lower-case word is dropped ("“Stop!” said the man.").
 *   <li>A sentence ending inside closing quotes or brackets ends after them, also when no space
 *       follows ("… over.”Next …").
 * </ul>
 * Whitespace-only text yields no sentence. Thread-safe (a break iterator is created per call).
 */
public final class LegacySentenceSplitter {

    /** Two line breaks with only blanks between them, or a Unicode paragraph separator. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile(
            "\\u2029|(?:\\r\\n|[\\n\\r\\u2028\\u0085])[\\t\\f\\u000B \\u00A0]*(?:\\r\\n|[\\n\\r\\u2028\\u0085\\u2029])");

    /** Terminal punctuation, closing quotes, then (after optional space) a capital or an opening quote. */
    private static final Pattern QUOTED_END =
            Pattern.compile("[.?!]+[\"'\u201D\u2019\u00BB)\\]]+(?=[\\s\u00A0]*[\\p{Lu}\"\u201C\u2018\u00AB(])");

    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        Matcher paragraphs = PARAGRAPH_BREAK.matcher(text);
        int begin = 0;
        while (paragraphs.find()) {
            splitParagraph(text, begin, paragraphs.start(), sentences);
            begin = paragraphs.end();
        }
        splitParagraph(text, begin, text.length(), sentences);
        return List.copyOf(sentences);
    }

    private static void splitParagraph(String text, int begin, int end, List<Span> out) {
        if (begin >= end) {
            return;
        }
        TreeSet<Integer> candidates = new TreeSet<>();
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(new StringCharacterIterator(text, begin, end, begin));
        for (int b = iterator.next(); b != BreakIterator.DONE && b < end; b = iterator.next()) {
            int moved = b;
            if (moved > begin && isTerminal(text.charAt(moved - 1))) {
                while (moved < end && isClosing(text.charAt(moved))) {
                    moved++;
                }
            }
            candidates.add(moved);
        }
        Matcher quoted = QUOTED_END.matcher(text).region(begin, end);
        while (quoted.find()) {
            candidates.add(quoted.end());
        }
        int start = begin;
        for (int b : candidates) {
            if (b > start && b < end && endsSentence(text, b, start, end)) {
                addTrimmed(text, start, b, out);
                start = b;
            }
        }
        addTrimmed(text, start, end, out);
    }

    /** Whether the candidate boundary {@code b} inside the paragraph {@code [begin, end)} really ends a sentence. */
    private static boolean endsSentence(String text, int b, int begin, int end) {
        int previous = b;
        while (previous > begin && isSpace(text.charAt(previous - 1))) {
            previous--;
        }
        int next = b;
        while (next < end && isSpace(text.charAt(next))) {
            next++;
        }
        if (previous == begin || next == end) {
            return false;
        }
        int word = next;
        while (word < end && isOpening(text.charAt(word))) {
            word++;
        }
        if (word < end && Character.isLowerCase(text.charAt(word))) {
            return false;
        }
        int terminal = previous;
        while (terminal > begin && isClosing(text.charAt(terminal - 1))) {
            terminal--;
        }
        if (terminal == begin || text.charAt(terminal - 1) != '.') {
            return true;
        }
        int wordStart = terminal - 1;
        while (wordStart > begin && !isSpace(text.charAt(wordStart - 1)) && !isOpening(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String before = text.substring(wordStart, terminal - 1);
        if (before.isEmpty()) {
            return true;
        }
        String lower = before.toLowerCase(Locale.ROOT);
        if (Lexicon.TITLE_ABBREVIATIONS.contains(lower)) {
            return false;
        }
        if (lower.equals("no") && word < end && Character.isDigit(text.charAt(word))) {
            return false;
        }
        boolean initial = before.length() == 1 && Character.isUpperCase(before.charAt(0));
        if (initial || Lexicon.OTHER_ABBREVIATIONS.contains(lower) || DOTTED_ABBREVIATION.matcher(before).matches()) {
            return startsWithFunctionWord(text, word, end);
        }
        return true;
    }

    /** Whether a capitalised function word ("The", "He", …), not an initial, starts at {@code at}. */
    private static boolean startsWithFunctionWord(String text, int at, int end) {
        int stop = at;
        while (stop < end && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        if (stop == at || !Character.isUpperCase(text.charAt(at)) || (stop < end && text.charAt(stop) == '.')) {
            return false;
        }
        return Lexicon.FUNCTION_WORDS.contains(text.substring(at, stop).toLowerCase(Locale.ROOT));
    }

    private static void addTrimmed(String text, int begin, int end, List<Span> out) {
        while (begin < end && isSpace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (begin < end) {
            out.add(new Span(begin, end));
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '(' || c == '[';
    }
}
