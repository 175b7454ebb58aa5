package org.parallax.ingest;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes uploaded bytes to text without reading them all. The charset is chosen from the first
 * {@value #SAMPLE_BYTES} bytes (the sample), by these rules, in order:
 * <ol>
 *   <li><b>Byte-order mark</b>: UTF-8, UTF-16 LE or UTF-16 BE, as it says.</li>
 *   <li><b>UTF-16 without a mark</b>: text in UTF-16 has a zero byte in nearly every other position (the high
 *       byte of each ASCII character). When at least {@value #UTF16_MIN_ZERO_SHARE_PERCENT}% of the even (BE) or
 *       odd (LE) positions hold zeros, at most a tenth as many of the other positions do, and the sample decodes
 *       as that UTF-16 without error, it is UTF-16.</li>
 *   <li><b>Binary</b>: more than {@value #BINARY_CONTROL_SHARE_PERCENT}% of the sample's bytes are control bytes
 *       other than tab, line breaks, form feed and escape (random bytes have about 10.5%, text nearly none): the
 *       input is refused as binary. A few NUL bytes in a text file do not make it binary; NUL characters are
 *       removed from the decoded text (PostgreSQL cannot store them).</li>
 *   <li><b>UTF-8</b>: the sample is scanned for well-formed multi-byte UTF-8 sequences ({@code valid}) and
 *       malformed ones ({@code invalid}). UTF-8 is kept when {@code invalid == 0} or {@code valid >= invalid}:
 *       well-formed multi-byte sequences almost never arise by chance in single-byte legacy text, so they are
 *       evidence of UTF-8 that outweighs the same number of damaged bytes. Malformed bytes then become U+FFFD,
 *       and the import warns on each record that has one.</li>
 *   <li><b>Windows-1252</b> (a superset of Latin-1's printable range) when the text is not UTF-8 but reads as
 *       Western European text: at most {@value #LEGACY_MAX_HIGH_SHARE_PERCENT}% of its bytes are non-ASCII and
 *       fewer than {@value #LEGACY_MAX_HIGH_RUN_SHARE_PERCENT}% of those are followed by another non-ASCII byte
 *       (accented letters stand alone between ASCII ones).</li>
 *   <li>Otherwise the input is refused with the reason: it is in some other legacy encoding (Shift-JIS, GBK,
 *       Windows-1251, …) that cannot be told apart reliably, and reading it as Windows-1252 would store mojibake.</li>
 * </ol>
 * Past the sample, bytes that are not valid in the chosen charset become U+FFFD.
 */
public final class TextDecoder {

    static final int SAMPLE_BYTES = 64 * 1024;
    static final int UTF16_MIN_ZERO_SHARE_PERCENT = 20;
    static final int BINARY_CONTROL_SHARE_PERCENT = 5;
    static final int LEGACY_MAX_HIGH_SHARE_PERCENT = 30;
    static final int LEGACY_MAX_HIGH_RUN_SHARE_PERCENT = 50;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    /** Decoded input: the charset chosen, the text of the sample, and a reader over the whole input. */
    public record Decoded(Charset charset, String sample, Reader reader) {}

    public static Decoded open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SAMPLE_BYTES * 2);
        in.mark(SAMPLE_BYTES + 8);
        byte[] sample = in.readNBytes(SAMPLE_BYTES);
        in.reset();
        if (sample.length == 0) {
            throw new UnreadableInputException("the file is empty");
        }
        Charset charset;
        int bom = 0;
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(sample, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(sample, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = withoutMark(sample);
        }
        in.skipNBytes(bom);
        String sampleText = withoutNul(new String(sample, bom, sample.length - bom, charset));
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Decoded(charset, sampleText, new NulDropping(new InputStreamReader(in, decoder)));
    }

    private static Charset withoutMark(byte[] sample) {
        Charset utf16 = utf16(sample);
        if (utf16 != null) {
            return utf16;
        }
        if (controlBytes(sample) * 100L > (long) BINARY_CONTROL_SHARE_PERCENT * sample.length) {
            throw new UnreadableInputException("the file is binary, not text: more than " + BINARY_CONTROL_SHARE_PERCENT
                    + "% of its first bytes are control characters");
        }
        Utf8Scan scan = Utf8Scan.of(sample);
        if (scan.invalid() == 0 || scan.valid() >= scan.invalid()) {
            return StandardCharsets.UTF_8;
        }
        if (readsAsWestern(sample)) {
            return WINDOWS_1252;
        }
        throw new UnreadableInputException("the file is not UTF-8 (" + scan.invalid() + " malformed byte sequences in"
                + " its first " + sample.length + " bytes), and its bytes do not read as Western European text"
                + " (Windows-1252) either: it is probably in another legacy encoding such as Shift-JIS, GBK or"
                + " Windows-1251, which Parallax cannot tell apart reliably. Open it in an editor, save it as UTF-8"
                + " and import it again");
    }

    /** UTF-16 LE or BE by the zero bytes of ASCII characters, or {@code null}. */
    private static Charset utf16(byte[] sample) {
        int pairs = sample.length / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < sample.length; i += 2) {
            if (sample[i] == 0) {
                evenZeros++;
            }
            if (sample[i + 1] == 0) {
                oddZeros++;
            }
        }
        Charset guess = null;
        if (oddZeros * 100L >= (long) UTF16_MIN_ZERO_SHARE_PERCENT * pairs && evenZeros * 10L <= oddZeros) {
            guess = StandardCharsets.UTF_16LE;
        } else if (evenZeros * 100L >= (long) UTF16_MIN_ZERO_SHARE_PERCENT * pairs && oddZeros * 10L <= evenZeros) {
            guess = StandardCharsets.UTF_16BE;
        }
        if (guess == null) {
            return null;
        }
        try {
            int end = pairs * 2;
            // a surrogate pair cut off at the end of the sample is not an error
            int high = guess == StandardCharsets.UTF_16LE ? sample[end - 1] & 0xFF : sample[end - 2] & 0xFF;
            if (high >= 0xD8 && high <= 0xDB) {
                end -= 2;
            }
            guess.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(sample, 0, end));
            return guess;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Control bytes that plain text does not use: C0 except tab, LF, VT, FF, CR and ESC; and DEL. */
    private static int controlBytes(byte[] sample) {
        int count = 0;
        for (byte b : sample) {
            int c = b & 0xFF;
            if ((c < 0x20 && !(c >= 0x09 && c <= 0x0D) && c != 0x1B) || c == 0x7F) {
                count++;
            }
        }
        return count;
    }

    /** Western European text in a single-byte charset: few non-ASCII bytes, and mostly standing alone. */
    private static boolean readsAsWestern(byte[] sample) {
        int high = 0;
        int followedByHigh = 0;
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] < 0) {
                high++;
                if (i + 1 < sample.length && sample[i + 1] < 0) {
                    followedByHigh++;
                }
            }
        }
        return high * 100L <= (long) LEGACY_MAX_HIGH_SHARE_PERCENT * sample.length
                && followedByHigh * 100L < (long) LEGACY_MAX_HIGH_RUN_SHARE_PERCENT * high;
    }

    /**
     * Counts of well-formed multi-byte UTF-8 sequences and of malformed ones (each maximal malformed part counts
     * once, as a decoder replaces it; a sequence cut off at the end of the sample is neither).
     */
    record Utf8Scan(int valid, int invalid) {

        static Utf8Scan of(byte[] bytes) {
            int valid = 0;
            int invalid = 0;
            int i = 0;
            int n = bytes.length;
            while (i < n) {
                int b = bytes[i] & 0xFF;
                if (b < 0x80) {
                    i++;
                    continue;
                }
                int need;
                int min;
                if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                    min = 0x80;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    min = 0x800;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    min = 0x10000;
                } else {
                    invalid++;
                    i++;
                    continue;
                }
                if (i + need >= n && allContinuations(bytes, i + 1, n)) {
                    break; // cut off at the end of the sample
                }
                int code = b & (0x3F >> need);
                int j = 1;
                while (j <= need && i + j < n && (bytes[i + j] & 0xC0) == 0x80) {
                    code = (code << 6) | (bytes[i + j] & 0x3F);
                    j++;
                }
                if (j > need && code >= min && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                    valid++;
                    i += need + 1;
                } else {
                    invalid++;
                    i += Math.max(1, j);
                }
            }
            return new Utf8Scan(valid, invalid);
        }

        private static boolean allContinuations(byte[] bytes, int from, int to) {
            for (int k = from; k < to; k++) {
                if ((bytes[k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String withoutNul(String text) {
        return text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }

    /** Drops NUL characters, which PostgreSQL cannot store in text and no article needs. */
    private static final class NulDropping extends FilterReader {

        NulDropping(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c;
            do {
                c = super.read();
            } while (c == 0);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            while (true) {
                int n = super.read(buffer, offset, length);
                if (n <= 0) {
                    return n;
                }
                int kept = offset;
                for (int i = offset; i < offset + n; i++) {
                    if (buffer[i] != 0) {
                        buffer[kept++] = buffer[i];
                    }
                }
                if (kept > offset) {
                    return kept - offset;
                }
            }
        }
    }
}
