package org.parallax.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.ingest.support.ParserFixtures;

class CsvSnifferTest {

    @Test
    void headerWithTitleAndBodyTextOrUrl() {
        assertThat(CsvSniffer.looksLikeCsv("title,body\nA,B\n")).isTrue();
        assertThat(CsvSniffer.looksLikeCsv("TITLE;TEXT\n")).isTrue();
        assertThat(CsvSniffer.looksLikeCsv("id\tTitle\tURL\n")).isTrue();
        assertThat(CsvSniffer.looksLikeCsv("\uFEFF\r\n\"title\",\"url\",\"outlet\"\r\n")).isTrue();
        assertThat(CsvSniffer.looksLikeCsv("stories_id,publish_date,title,url,language,media_name,media_url")).isTrue();
    }

    @Test
    void titleAloneOrNoTitleIsNotEnough() {
        assertThat(CsvSniffer.looksLikeCsv("title,outlet\nA,B\n")).isFalse();
        assertThat(CsvSniffer.looksLikeCsv("body,url\nA,B\n")).isFalse();
        assertThat(CsvSniffer.looksLikeCsv("name,age\n")).isFalse();
    }

    @Test
    void otherFormatsAreNotCsv() {
        assertThat(CsvSniffer.looksLikeCsv("{\"title\": \"a\", \"body\": \"b\", \"url\": \"c\"}\n")).isFalse();
        assertThat(CsvSniffer.looksLikeCsv("<html><title>title,body</title>")).isFalse();
        assertThat(CsvSniffer.looksLikeCsv("Selected Articles\n\ntitle,body\n")).isFalse();
        assertThat(CsvSniffer.looksLikeCsv("title body url\n")).isFalse();
        assertThat(CsvSniffer.looksLikeCsv("")).isFalse();
        assertThat(CsvSniffer.looksLikeCsv(null)).isFalse();
    }

    @Test
    void agreesWithTheFixtures() {
        for (String name : new String[] {"articles.csv", "semicolon.csv", "tabs.tsv", "mediacloud.csv", "truncated.csv"}) {
            assertThat(CsvSniffer.looksLikeCsv(ParserFixtures.fixtureText("tabular/" + name))).as(name).isTrue();
        }
        assertThat(CsvSniffer.looksLikeCsv(ParserFixtures.fixtureText("tabular/articles.jsonl"))).isFalse();
    }
}
