package org.parallax.ingest;

import java.io.BufferedInputStream;
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
import java.util.Arrays;

/**
 * Decodes uploaded bytes to text without reading them all: looks at the first
 * {@value #SAMPLE_BYTES} bytes for a byte-order mark, NUL bytes (binary input) and valid UTF-8;
 * falls back to Windows-1252 (a superset of Latin-1's printable range) when the sample is not UTF-8.
 */
public final class TextDecoder {

    static final int SAMPLE_BYTES = 64 * 1024;

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
            if (looksBinary(sample)) {
                throw new UnreadableInputException("the file is binary, not text (it contains NUL bytes)");
            }
            charset = isUtf8(sample) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }
        in.skipNBytes(bom);
        String sampleText = new String(sample, bom, sample.length - bom, charset);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Decoded(charset, sampleText, new InputStreamReader(in, decoder));
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

    private static boolean looksBinary(byte[] sample) {
        for (byte b : sample) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the sample is valid UTF-8, allowing a multi-byte sequence cut off at its end. */
    static boolean isUtf8(byte[] sample) {
        int end = sample.length;
        // drop up to 3 trailing bytes of an incomplete sequence
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = sample[end - back] & 0xFF;
            if ((b & 0xC0) == 0xC0) {
                int need = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
                if (need > back) {
                    end -= back;
                }
                break;
            }
            if ((b & 0xC0) != 0x80) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Arrays.copyOf(sample, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
