package org.parallax.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * Judges one record, not the whole file, as binary: a file may hold a stray control byte (it is read,
 * and NUL characters are dropped), but a record whose title and text are more than
 * {@value #MAX_CONTROL_SHARE_PERCENT} % control characters (C0 and C1 controls other than tab, line
 * feed, carriage return and form feed, and DEL) is binary junk that slipped into a text file, and it is
 * rejected alone with this reason while the rest of the file still lands. The share is the same as the
 * one {@link TextDecoder} uses for a whole file's first 64 KB.
 */
final class BinaryRecord {

    static final int MAX_CONTROL_SHARE_PERCENT = 5;

    private BinaryRecord() {}

    /** The reason to reject a record with this title and text, or empty when it is text. */
    static Optional<String> reason(String title, String body) {
        long controls = controls(title) + controls(body);
        long length = title.length() + body.length();
        if (length == 0 || controls * 100 <= (long) MAX_CONTROL_SHARE_PERCENT * length) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "looks like binary data, not text: %,d of its %,d characters are control characters", controls, length));
    }

    private static long controls(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                n++;
            }
        }
        return n;
    }
}
