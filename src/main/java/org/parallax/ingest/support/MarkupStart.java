package org.parallax.ingest.support;

import org.jspecify.annotations.Nullable;

/**
 * The start of a markup document, for sniffers: skips what may come before the first element (byte-order mark,
 * spaces, an XML declaration, comments, processing instructions and, on request, a DOCTYPE).
 */
public final class MarkupStart {

    private MarkupStart() {}

    /**
     * The offset of the first thing in {@code text} that is not a byte-order mark, a space, an XML declaration,
     * a processing instruction, a comment, or (when {@code skipDoctype}) a {@code <!DOCTYPE …>}; {@code -1}
     * when nothing is left or a skipped construct is cut off by the end of the text.
     */
    public static int firstMarkup(@Nullable String text, boolean skipDoctype) {
        if (text == null) {
            return -1;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || PlainText.isSpace(c)) {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = after(text, i + 4, "-->");
            } else if (skipDoctype && text.regionMatches(true, i, "<!doctype", 0, 9)) {
                i = after(text, i, ">");
            } else {
                return i;
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int after(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    /** Whether {@code text} has {@code word} at {@code offset}, ignoring case, followed by a space, '>' or '/' (or the end). */
    public static boolean tagAt(String text, int offset, String word) {
        if (offset < 0 || !text.regionMatches(true, offset, word, 0, word.length())) {
            return false;
        }
        int end = offset + word.length();
        if (end == text.length()) {
            return true;
        }
        char c = text.charAt(end);
        return c == '>' || c == '/' || PlainText.isSpace(c);
    }
}
