package org.parallax.ingest.html;

import org.jspecify.annotations.Nullable;
import org.parallax.ingest.support.MarkupStart;

/**
 * Tells whether a text looks like an HTML page, from its first kilobytes, for format detection.
 *
 * <p>Rule: after a byte-order mark, spaces, comments (a browser's {@code <!-- saved from url=… -->}) and an
 * XML declaration, the text starts with {@code <!doctype html} or {@code <html} (any letter case).
 */
public final class HtmlSniffer {

    private HtmlSniffer() {}

    /** @param sample the start of the input, decoded; {@code null} or empty is not HTML */
    public static boolean looksLikeHtml(@Nullable String sample) {
        if (sample == null) {
            return false;
        }
        int start = MarkupStart.firstMarkup(sample, false);
        if (start < 0) {
            return false;
        }
        if (sample.regionMatches(true, start, "<!doctype", 0, 9)) {
            int i = start + 9;
            while (i < sample.length() && Character.isWhitespace(sample.charAt(i))) {
                i++;
            }
            return i > start + 9 && MarkupStart.tagAt(sample, i, "html");
        }
        return MarkupStart.tagAt(sample, start, "<html");
    }
}
