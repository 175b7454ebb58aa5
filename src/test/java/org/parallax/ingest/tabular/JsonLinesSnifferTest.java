package org.parallax.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.ingest.support.ParserFixtures;

class JsonLinesSnifferTest {

    @Test
    void firstNonBlankLineIsAJsonObject() {
        assertThat(JsonLinesSniffer.looksLikeJsonLines("{\"title\":\"a\"}\n{\"title\":\"b\"}\n")).isTrue();
        assertThat(JsonLinesSniffer.looksLikeJsonLines("\uFEFF\r\n  {}\r\n")).isTrue();
        assertThat(JsonLinesSniffer.looksLikeJsonLines("{\"only\": 1}")).isTrue();
    }

    @Test
    void firstLineCutOffByTheSampleIsEnoughWhenItStartsLikeAnObject() {
        assertThat(JsonLinesSniffer.looksLikeJsonLines("{\"title\": \"a\", \"body\": \"" + "x".repeat(1000))).isTrue();
        assertThat(JsonLinesSniffer.looksLikeJsonLines("{\"title\": \"a\", \"body\": \"cut\nnext line")).isFalse();
    }

    @Test
    void otherFormatsAreNotJsonLines() {
        assertThat(JsonLinesSniffer.looksLikeJsonLines("{\n  \"title\": \"pretty\"\n}\n")).isFalse();
        assertThat(JsonLinesSniffer.looksLikeJsonLines("[{\"title\":\"a\"}]")).isFalse();
        assertThat(JsonLinesSniffer.looksLikeJsonLines("title,body\n{\"x\":1}\n")).isFalse();
        assertThat(JsonLinesSniffer.looksLikeJsonLines("{not json}\n")).isFalse();
        assertThat(JsonLinesSniffer.looksLikeJsonLines("<rss>")).isFalse();
        assertThat(JsonLinesSniffer.looksLikeJsonLines("")).isFalse();
        assertThat(JsonLinesSniffer.looksLikeJsonLines(null)).isFalse();
    }

    @Test
    void agreesWithTheFixtures() {
        assertThat(JsonLinesSniffer.looksLikeJsonLines(ParserFixtures.fixtureText("tabular/articles.jsonl"))).isTrue();
        assertThat(JsonLinesSniffer.looksLikeJsonLines(ParserFixtures.fixtureText("tabular/articles.csv"))).isFalse();
    }
}
