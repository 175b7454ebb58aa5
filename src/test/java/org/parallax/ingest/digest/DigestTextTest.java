package org.parallax.ingest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The low-level text rules: spaces, markers, comparison, and the capped line reader. */
class DigestTextTest {

    @Test
    void normalizeSpacesHandlesEveryKindOfSpace() {
        assertThat(DigestText.normalizeSpaces("\uFEFF  a\u00A0\u00A0b\u202Fc\t d \u200B ")).isEqualTo("a b c d");
    }

    @Test
    void markersIgnoreSpacesAndCase() {
        assertThat(DigestText.isMarker(" Selected\u00A0Articles\u00A0", DigestText.BLOCK_MARKER)).isTrue();
        assertThat(DigestText.isMarker("SHARE THE NEWS", DigestText.SHARE_MARKER)).isTrue();
        assertThat(DigestText.isMarker("Selected Articles of the week", DigestText.BLOCK_MARKER)).isFalse();
    }

    @Test
    void comparisonKeyFoldsQuotesDashesAndEllipses() {
        assertThat(DigestText.comparisonKey("“It’s\u00A0here” — she said…"))
                .isEqualTo(DigestText.comparisonKey("\"It's here\" - she  said..."));
    }

    @Test
    void nearlySameToleratesAWordOfDifference() {
        assertThat(DigestBodyCleaner.nearlySame("Boats moored at the quay of Skarn on Monday.",
                "Boats moored at the old quay of Skarn on Monday.")).isTrue();
        assertThat(DigestBodyCleaner.nearlySame("Boats moored at the quay.", "The weather turned cold overnight."))
                .isFalse();
    }

    @Test
    void lineReaderHandlesAllLineEndsAndCapsLongLines() throws IOException {
        DigestLineReader reader = new DigestLineReader(new StringReader("\uFEFFa\r\nb\rc\n\n" + "z".repeat(50)), 10);
        List<DigestLine> lines = new ArrayList<>();
        DigestLine line;
        while ((line = reader.next()) != null) {
            lines.add(line);
        }

        assertThat(lines).extracting(DigestLine::text).containsExactly("a", "b", "c", "", "z".repeat(10));
        assertThat(lines).extracting(DigestLine::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(lines.getLast().length()).isEqualTo(50);
        assertThat(lines.getLast().truncated()).isTrue();
    }

    @Test
    void lineReaderSeesNoExtraLineAfterAFinalNewline() throws IOException {
        DigestLineReader reader = new DigestLineReader(new StringReader("a\r\n"), 10);

        assertThat(reader.next().text()).isEqualTo("a");
        assertThat(reader.next()).isNull();
    }
}
