package org.parallax.ingest.digest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One "Selected Articles" block, split from the input but not yet interpreted.
 *
 * @param number       1-based count of blocks in the input
 * @param line         1-based line number of the block's "Selected Articles" line
 * @param title        the first non-blank line after that line; {@code null} when the block has none, or when the
 *                     first non-blank line is "Share The News" (the title is missing)
 * @param bodyLines    the lines after the title, blank ones included, in order; empty when the body overflowed
 * @param bodyChars    characters in all lines after the title (counted even when not kept)
 * @param bodyOverflow whether the body went past the splitter's cap, so {@code bodyLines} is not the whole body
 */
record DigestBlock(
        int number,
        int line,
        @Nullable DigestLine title,
        List<DigestLine> bodyLines,
        long bodyChars,
        boolean bodyOverflow) {

    public DigestBlock {
        bodyLines = List.copyOf(bodyLines);
    }

    /** The name of this record for the user: "block N (line L)". */
    String recordName() {
        return "block " + number + " (line " + line + ")";
    }
}
