package org.parallax.ingest.support;

// Frozen copy of org.parallax.ingest.support.PlainText as of commit 6e3f64f, before the reader-thread optimisation, kept only so
// that the equivalence tests can prove the optimised code computes the same outputs. Do not change it.

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
public final class LegacyPlainText {

    /** What separates two paragraphs of a body. */
    public static final String PARAGRAPH_BREAK = "\n\n";

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[\\p{Z}\\s&&[^\\n]]*\\n");

    private LegacyPlainText() {}

    /** Whether {@code c} is any kind of space, no-break spaces included. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Characters dropped outright: byte-order mark / zero-width no-break space, zero-width space and joiners. */
    public static boolean isInvisible(char c) {
        return c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }

    /** Every kind of space becomes one plain space, invisible characters go, runs collapse, ends are trimmed. */
    public static String normalizeSpaces(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty()) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out.toString();
    }

    /** Whether the text has nothing but spaces and invisible characters. */
    public static boolean isBlank(@Nullable String text) {
        return normalizeSpaces(text).isEmpty();
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
