package org.parallax.text;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * Whitespace-only text yields no sentence. Thread-safe (a break iterator is created per paragraph).
 */
public final class SentenceSplitter {

    /** Terminal punctuation, closing quotes, then (after optional space) a capital or an opening quote. */
    private static final Pattern QUOTED_END =
            Pattern.compile("[.?!]+[\"'\u201D\u2019\u00BB)\\]]+(?=[\\s\u00A0]*[\\p{Lu}\"\u201C\u2018\u00AB(])");

    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int begin = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int breakEnd = paragraphBreakEnd(text, i);
            if (breakEnd > 0) {
                splitParagraph(text, begin, i, sentences);
                begin = breakEnd;
                i = breakEnd - 1;
            }
        }
        splitParagraph(text, begin, n, sentences);
        return List.copyOf(sentences);
    }

    /**
     * The sentences of {@code title + "\n\n" + body}, the way {@link ActorExtractor} reads a headline above its
     * body, given {@code bodySentences}, which must be {@code split(body)}: equal to
     * {@code split(title + "\n\n" + body)}. A title without line breaks is a paragraph of its own, so the body's
     * sentences are only shifted and it is not split again.
     */
    public List<Span> splitHeadlined(String title, String body, List<Span> bodySentences) {
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return split(title + "\n\n" + body);
            }
        }
        List<Span> sentences = new ArrayList<>(bodySentences.size() + 1);
        splitParagraph(title, 0, title.length(), sentences);
        int shift = title.length() + 2;
        for (Span s : bodySentences) {
            sentences.add(new Span(s.begin() + shift, s.end() + shift));
        }
        return List.copyOf(sentences);
    }

    /**
     * The end of the paragraph break that starts at {@code i}, or -1: a paragraph separator (U+2029), or a line
     * break, optional blanks (space, tab, form feed, vertical tab, U+00A0) and another line break, where a line
     * break is CR LF or one of CR, LF, U+2028, U+0085 (the second may also be U+2029). The first line break is
     * taken as CR LF when that leads to a break, else as a single character, so a lone CR LF is itself a break
     * (CR, then LF): what the regular expression this replaced found, alternatives tried in order.
     */
    private static int paragraphBreakEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u2029') {
            return i + 1;
        }
        if (!(c == '\n' || c == '\r' || c == '\u2028' || c == '\u0085')) {
            return -1;
        }
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            int end = secondLineBreakEnd(text, i + 2);
            if (end > 0) {
                return end;
            }
        }
        return secondLineBreakEnd(text, i + 1);
    }

    /** After optional blanks from {@code i}, the end of a line break (CR LF, CR, LF, U+2028, U+0085, U+2029), or -1. */
    private static int secondLineBreakEnd(String text, int i) {
        int n = text.length();
        while (i < n && isBlank(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            return i + 2;
        }
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u0085' || c == '\u2029' ? i + 1 : -1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0';
    }

    private static void splitParagraph(String text, int begin, int end, List<Span> out) {
        if (begin >= end) {
            return;
        }
        Candidates candidates = new Candidates();
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
        if (hasTerminalBeforeClosing(text, begin, end)) {
            Matcher quoted = QUOTED_END.matcher(text).region(begin, end);
            while (quoted.find()) {
                candidates.add(quoted.end());
            }
        }
        int start = begin;
        for (int b : candidates.sorted()) {
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

    /** Whether terminal punctuation is directly followed by a closing quote or bracket; else QUOTED_END finds nothing. */
    private static boolean hasTerminalBeforeClosing(String text, int begin, int end) {
        for (int i = begin + 1; i < end; i++) {
            if (isClosing(text.charAt(i)) && isTerminal(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Candidate boundaries: a growable int array, read back sorted and without duplicates. */
    private static final class Candidates {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] sorted() {
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, distinct);
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
