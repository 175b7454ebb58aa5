package org.parallax.ingest.support;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.parallax.ingest.UnreadableInputException;

/**
 * Reads a whole input into memory, for formats whose parser needs the whole document (an HTML page, a feed's
 * XML tree), refusing inputs longer than a cap instead of exhausting memory.
 */
public final class CappedText {

    private CappedText() {}

    /**
     * The whole text of {@code reader}.
     *
     * @param what     what the input is, for the message ("the page", "the feed")
     * @throws UnreadableInputException when the input has more than {@code maxChars} characters
     */
    public static String read(Reader reader, long maxChars, String what) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) != -1) {
            if (out.length() + (long) n > maxChars) {
                throw new UnreadableInputException(tooLarge(what, maxChars));
            }
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    /** "the feed is too large: more than 52,428,800 characters (the limit for one feed)". */
    public static String tooLarge(String what, long maxChars) {
        return String.format(Locale.ROOT, "%s is too large: more than %,d characters, the most Parallax reads in one"
                + " document", what, maxChars);
    }
}
