package org.parallax.ingest.digest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.UnreadableInputException;

/**
 * Splits a digest into blocks, streaming: it reads line by line and holds one block at a time.
 *
 * <p>Rules:
 * <ul>
 *   <li>A block starts at each line that reads "Selected Articles" (spaces of any kind around or inside it, any
 *       letter case; see {@link DigestText#isMarker}) and runs up to the next such line or the end of the input,
 *       so a missing final "Share The News" does not matter.</li>
 *   <li>Its title line is the first non-blank line after "Selected Articles". When that line is "Share The News",
 *       or there is none, the block has no title.</li>
 *   <li>Lines before the first block are the preamble: they are not part of any block, and are worth a warning
 *       only if they have real text (letters or digits, see {@link Preamble}).</li>
 *   <li>An input without any "Selected Articles" line is not a digest: {@link UnreadableInputException}.</li>
 *   <li>Memory stays bounded: a line keeps at most {@code maxBodyChars + 1} characters and a block stops keeping
 *       body lines once they add up to more than {@code maxBodyChars}; the true sizes are still counted so that
 *       the parser can reject the block with the right reason.</li>
 * </ul>
 */
final class DigestBlockSplitter {

    /** What came before the first block. */
    record Preamble(int lineCount, @Nullable String firstText) {

        /** Whether the preamble has real text (not only blank lines or punctuation). */
        boolean hasText() {
            return firstText != null;
        }

        /** The warning for the import report, or {@code null} when the preamble is worth none. */
        @Nullable String warning() {
            if (firstText == null) {
                return null;
            }
            String lines = lineCount == 1 ? "line 1" : "lines 1-" + lineCount;
            return "ignored text before the first \"Selected Articles\" line (" + lines + "): \""
                    + DigestText.snippet(firstText) + "\"";
        }
    }

    private final DigestLineReader lines;
    private final long maxBodyChars;
    private @Nullable Preamble preamble;
    private @Nullable DigestLine nextMarker;
    private int blockCount;

    /**
     * @param reader       the digest text
     * @param maxBodyChars how much body text a block may have; past it the block is marked as overflowing
     */
    DigestBlockSplitter(Reader reader, int maxBodyChars) {
        this.lines = new DigestLineReader(reader, maxBodyChars + 1);
        this.maxBodyChars = maxBodyChars;
    }

    /**
     * Reads up to the first "Selected Articles" line, once, and tells what came before it.
     *
     * @throws UnreadableInputException when the input has no "Selected Articles" line at all
     */
    Preamble preamble() throws IOException {
        if (preamble == null) {
            int count = 0;
            String firstText = null;
            DigestLine line;
            while ((line = lines.next()) != null && !isBlockMarker(line)) {
                count++;
                if (firstText == null && DigestText.hasRealText(line.text())) {
                    firstText = line.text();
                }
            }
            if (line == null) {
                throw new UnreadableInputException("no \"Selected Articles\" block found: is this a digest?");
            }
            nextMarker = line;
            preamble = new Preamble(count, firstText);
        }
        return preamble;
    }

    /** The next block, or {@code null} after the last one. */
    @Nullable DigestBlock next() throws IOException {
        preamble();
        DigestLine marker = nextMarker;
        if (marker == null) {
            return null;
        }
        nextMarker = null;
        blockCount++;

        DigestLine title = null;
        boolean titleSeen = false;
        List<DigestLine> body = new ArrayList<>();
        long bodyChars = 0;
        boolean overflow = false;
        DigestLine line;
        while ((line = lines.next()) != null) {
            if (isBlockMarker(line)) {
                nextMarker = line;
                break;
            }
            if (!titleSeen) {
                if (line.isBlank()) {
                    continue;
                }
                titleSeen = true;
                if (!DigestText.isMarker(line.text(), DigestText.SHARE_MARKER)) {
                    title = line;
                    continue;
                }
            }
            bodyChars += line.length();
            if (!overflow && bodyChars > maxBodyChars) {
                overflow = true;
                body.clear();
            }
            if (!overflow) {
                body.add(line);
            }
        }
        return new DigestBlock(blockCount, marker.number(), title, body, bodyChars, overflow);
    }

    private static boolean isBlockMarker(DigestLine line) {
        return !line.truncated() && DigestText.isMarker(line.text(), DigestText.BLOCK_MARKER);
    }
}
