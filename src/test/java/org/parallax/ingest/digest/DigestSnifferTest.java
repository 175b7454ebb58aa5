package org.parallax.ingest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestSnifferTest {

    @Test
    void digestStartingWithTheMarker() {
        assertThat(DigestSniffer.looksLikeDigest("Selected Articles\n\nA title\n\nShare The News\n")).isTrue();
    }

    @Test
    void markerAfterBomBlankLinesCrlfAndNoBreakSpaces() {
        assertThat(DigestSniffer.looksLikeDigest("\uFEFF\r\n\r\n  Selected\u00A0Articles \r\nTitle\r\n")).isTrue();
    }

    @Test
    void markerAfterAShortPreamble() {
        assertThat(DigestSniffer.looksLikeDigest("Export of the week\nFor members\n\nSelected Articles\nTitle\n"))
                .isTrue();
    }

    @Test
    void markerTooFarDownIsNotEnough() {
        assertThat(DigestSniffer.looksLikeDigest("one\ntwo\nthree\nfour\nfive\nsix\nSelected Articles\n")).isFalse();
    }

    @Test
    void markerInsideASentenceIsNotEnough() {
        assertThat(DigestSniffer.looksLikeDigest("Here are our Selected Articles for today.\n")).isFalse();
    }

    @Test
    void otherFormatsAndEmptyInput() {
        assertThat(DigestSniffer.looksLikeDigest("title,body,outlet\nA,B,C\n")).isFalse();
        assertThat(DigestSniffer.looksLikeDigest("<?xml version=\"1.0\"?><rss/>")).isFalse();
        assertThat(DigestSniffer.looksLikeDigest("")).isFalse();
        assertThat(DigestSniffer.looksLikeDigest(null)).isFalse();
    }

    @Test
    void agreesWithTheFixtures() throws Exception {
        for (String name : new String[] {"layout.txt", "crlf-bom.txt", "nbsp-whitespace.txt", "preamble.txt"}) {
            try (var in = getClass().getResourceAsStream("/fixtures/digest/" + name)) {
                String start = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(DigestSniffer.looksLikeDigest(start)).as(name).isTrue();
            }
        }
    }
}
