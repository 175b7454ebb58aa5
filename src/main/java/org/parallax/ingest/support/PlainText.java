package org.parallax.ingest.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Plain-text rules shared by the HTML, feed, CSV and JSON Lines parsers.
 *
 * <ul>
 *   <li><b>Spaces.</b> {@link #normalizeSpaces} turns every kind of space (tabs, line breaks, no-break spaces)
 *       into one plain space, drops invisible characters (byte-order mark, zero-width space and joiners),
 *       collapses runs and trims.</li>
 *   <li><b>Paragraphs.</b> {@link #paragraphs} splits a text field into paragraphs: at blank lines when the
 *       text has any, otherwise at every line break. Each paragraph has its spaces normalised; empty ones go.</li>
 *   <li><b>Body.</b> Paragraphs are joined with a blank line ({@value #PARAGRAPH_BREAK}).</li>
 * </ul>
 */
public final class PlainText {

    /** What separates two paragraphs of a body. */
    public static final String PARAGRAPH_BREAK = "\n\n";

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[\\p{Z}\\s&&[^\\n]]*\\n");

    private PlainText() {}

    /** Whether {@code c} is any kind of space, no-break spaces included. */
    public static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Characters dropped outright: byte-order mark / zero-width no-break space, zero-width space and joiners. */
    public static boolean isInvisible(char c) {
        return c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }

    /**
     * Every kind of space becomes one plain space, invisible characters go, runs collapse, ends are trimmed. Runs of
     * ordinary characters are copied in bulk, and a text that is already normalised is returned as it is.
     */
    public static String normalizeSpaces(@Nullable String text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        if (isNormalized(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        boolean pendingSpace = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                i++;
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            if (pendingSpace && !out.isEmpty()) {
                out.append(' ');
            }
            pendingSpace = false;
            int run = i + 1;
            while (run < n && isOrdinary(text.charAt(run))) {
                run++;
            }
            out.append(text, i, run);
            i = run;
        }
        return out.toString();
    }

    /** Whether {@link #normalizeSpaces} leaves the text as it is: nothing invisible, only single plain spaces inside. */
    private static boolean isNormalized(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isOrdinary(c) && !(c == ' ' && text.charAt(i - 1) != ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Neither a space nor invisible: kept as it is by {@link #normalizeSpaces}. */
    private static boolean isOrdinary(char c) {
        return !isSpace(c) && !isInvisible(c);
    }

    /** Whether the text has nothing but spaces and invisible characters. */
    public static boolean isBlank(@Nullable String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isOrdinary(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text with spaces normalised, or {@code null} when that leaves nothing. */
    public static @Nullable String clean(@Nullable String text) {
        String s = normalizeSpaces(text);
        return s.isEmpty() ? null : s;
    }

    /**
     * The paragraphs of a plain-text field: split at blank lines when there are any, else at every line break
     * (CR, LF and CRLF all count). Spaces are normalised in each paragraph and empty paragraphs dropped.
     */
    public static List<String> paragraphs(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] parts = BLANK_LINE.matcher(unified).find()
                ? BLANK_LINE.split(unified)
                : unified.split("\n");
        List<String> out = new ArrayList<>(parts.length);
        for (String part : parts) {
            String p = normalizeSpaces(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Paragraphs joined into a body. */
    public static String join(List<String> paragraphs) {
        return String.join(PARAGRAPH_BREAK, paragraphs);
    }
}
