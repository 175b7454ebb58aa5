package org.parallax.ingest.digest;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.OutletClaim;

/**
 * A block body after {@link DigestBodyCleaner}: the paragraphs to store, and the metadata taken out of it.
 *
 * @param paragraphs     the kept paragraphs, each whitespace-normalised, in order
 * @param claims         outlet claims found in the body (footers, "By" lines), in the order found
 * @param byline         the author, from a "By Firstname Lastname" line or bullet; {@code null} when none
 * @param upstreamSource the source a "• Source: X" bullet credits; {@code null} when none
 * @param repeatedTitle  whether a paragraph that only repeated the title was dropped
 * @param hadText        whether the body had any text line at all before cleaning
 * @param warnings       things the user should know about the cleaning
 */
record CleanedBody(
        List<String> paragraphs,
        List<OutletClaim> claims,
        @Nullable String byline,
        @Nullable String upstreamSource,
        boolean repeatedTitle,
        boolean hadText,
        List<String> warnings) {

    public CleanedBody {
        paragraphs = List.copyOf(paragraphs);
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }

    /** The body text: paragraphs separated by a blank line. */
    String text() {
        return String.join("\n\n", paragraphs);
    }
}
