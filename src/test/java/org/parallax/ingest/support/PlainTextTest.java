package org.parallax.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void spacesOfEveryKindCollapse() {
        assertThat(PlainText.normalizeSpaces("\uFEFF  a\u00A0\u00A0b\t\nc\u200B d  ")).isEqualTo("a b c d");
        assertThat(PlainText.normalizeSpaces(null)).isEmpty();
        assertThat(PlainText.clean(" \u2007 ")).isNull();
    }

    @Test
    void paragraphsSplitAtBlankLinesWhenThereAreAny() {
        assertThat(PlainText.paragraphs("One\nstill one.\r\n \r\nTwo.\n\n\n\nThree.")).containsExactly(
                "One still one.", "Two.", "Three.");
    }

    @Test
    void paragraphsSplitAtLineBreaksWhenThereIsNoBlankLine() {
        assertThat(PlainText.paragraphs("One.\rTwo.\r\nThree.\n")).containsExactly("One.", "Two.", "Three.");
        assertThat(PlainText.paragraphs("  ")).isEmpty();
        assertThat(PlainText.paragraphs(null)).isEmpty();
    }
}
