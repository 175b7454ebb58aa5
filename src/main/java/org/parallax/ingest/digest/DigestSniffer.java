package org.parallax.ingest.digest;

import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether a text looks like a "Selected Articles" digest, from its first kilobytes, for format detection.
 *
 * <p>Rule: a line reading "Selected Articles" (spaces of any kind around it, any letter case) is among the first
 * {@value #LEADING_LINES} non-blank lines. A byte-order mark and CR/CRLF/LF line ends are all fine; the last line may
 * be cut off by the sample.
 */
public final class DigestSniffer {

    /** How many non-blank lines at the start are looked at: a short preamble before the first block is allowed. */
    public static final int LEADING_LINES = 5;

    private DigestSniffer() {}

    /**
     * @param firstKilobytes the start of the input, decoded; {@code null} or empty is not a digest
     * @return whether a "Selected Articles" line is among its first non-blank lines
     */
    public static boolean looksLikeDigest(@Nullable String firstKilobytes) {
        if (firstKilobytes == null || firstKilobytes.isEmpty()) {
            return false;
        }
        int nonBlank = 0;
        Iterator<String> lines = firstKilobytes.lines().iterator();
        while (lines.hasNext() && nonBlank < LEADING_LINES) {
            String line = lines.next();
            if (DigestText.isBlank(line)) {
                continue;
            }
            nonBlank++;
            if (DigestText.isMarker(line, DigestText.BLOCK_MARKER)) {
                return true;
            }
        }
        return false;
    }
}
