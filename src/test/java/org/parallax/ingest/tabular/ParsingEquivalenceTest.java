package org.parallax.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.support.LegacyPlainText;
import org.parallax.ingest.support.PlainText;
import org.parallax.text.EquivalenceTexts;

/**
 * Parsing computes what it computed before the reader-thread optimisation: {@link LineReader} and {@link PlainText}
 * agree with their frozen copies ({@link LegacyLineReader}, {@link LegacyPlainText}) on random input (see also
 * {@code RecordedOutputsTest} for what the parsers make of a varied corpus).
 */
class ParsingEquivalenceTest {

    @Test
    void plainTextIsUnchanged() {
        for (String t : EquivalenceTexts.all()) {
            assertThat(PlainText.normalizeSpaces(t)).as("normalizeSpaces %s", t).isEqualTo(LegacyPlainText.normalizeSpaces(t));
            assertThat(PlainText.isBlank(t)).as("isBlank %s", t).isEqualTo(LegacyPlainText.isBlank(t));
            assertThat(PlainText.clean(t)).isEqualTo(LegacyPlainText.clean(t));
            assertThat(PlainText.paragraphs(t)).as("paragraphs %s", t).isEqualTo(LegacyPlainText.paragraphs(t));
        }
        assertThat(PlainText.normalizeSpaces(null)).isEqualTo(LegacyPlainText.normalizeSpaces(null));
        assertThat(PlainText.isBlank(null)).isEqualTo(LegacyPlainText.isBlank(null));
    }

    @Test
    void linesAreReadAsBefore() throws IOException {
        Random random = new Random(9);
        String[] pieces = {"a", "bc", "\n", "\r", "\r\n", "\n\n", "\r\r\n", "x".repeat(70), "\u00E9", "\uFEFF", " "};
        for (int k = 0; k < 400; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = k % 50 == 0 ? sb.toString().repeat(3000) : sb.toString();
            int cap = 1 + random.nextInt(k % 2 == 0 ? 100 : 100_000);
            long seed = random.nextLong();
            LineReader lines = new LineReader(new ChoppyReader(input, seed), cap);
            LegacyLineReader legacy = new LegacyLineReader(new ChoppyReader(input, seed), cap);
            while (true) {
                LineReader.Line line = lines.next();
                LegacyLineReader.Line expected = legacy.next();
                if (expected == null) {
                    assertThat(line).isNull();
                    break;
                }
                assertThat(line).isNotNull();
                assertThat(line.number()).isEqualTo(expected.number());
                assertThat(line.text()).isEqualTo(expected.text());
                assertThat(line.length()).isEqualTo(expected.length());
            }
        }
    }

    /** A reader that hands out its text in random-sized chunks, to move line ends across buffer boundaries. */
    private static final class ChoppyReader extends Reader {
        private final String text;
        private final Random random;
        private int pos;

        ChoppyReader(String text, long seed) {
            this.text = text;
            this.random = new Random(seed);
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (pos == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, text.length() - pos), 1 + random.nextInt(random.nextBoolean() ? 8 : 70_000));
            text.getChars(pos, pos + n, buffer, offset);
            pos += n;
            return n;
        }

        @Override
        public void close() {}
    }
}
