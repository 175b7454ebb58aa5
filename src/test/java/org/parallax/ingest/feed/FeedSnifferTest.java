package org.parallax.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.ingest.support.ParserFixtures;

class FeedSnifferTest {

    @Test
    void rssRoot() {
        assertThat(FeedSniffer.looksLikeFeed("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"))
                .isTrue();
        assertThat(FeedSniffer.looksLikeFeed("<rss>")).isTrue();
        assertThat(FeedSniffer.looksLikeFeed("\uFEFF  <!-- generator --><?xml-stylesheet href=\"a.xsl\"?>\n<rss\n"
                + " version=\"2.0\">")).isTrue();
    }

    @Test
    void atomFeedWithTheAtomNamespace() {
        assertThat(FeedSniffer.looksLikeFeed("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
                .isTrue();
        assertThat(FeedSniffer.looksLikeFeed("<feed xml:lang='en' xmlns = 'http://www.w3.org/2005/Atom'>")).isTrue();
        assertThat(FeedSniffer.looksLikeFeed("<feed xmlns=\"http://example.org/not-atom\">")).isFalse();
        assertThat(FeedSniffer.looksLikeFeed("<feed>")).isFalse();
    }

    @Test
    void rss1RdfRoot() {
        assertThat(FeedSniffer.looksLikeFeed("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\">")).isTrue();
    }

    @Test
    void doctypeBeforeTheRootIsSkipped() {
        assertThat(FeedSniffer.looksLikeFeed("<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"x.dtd\">\n<rss>")).isTrue();
    }

    @Test
    void otherFormatsAreNotFeeds() {
        assertThat(FeedSniffer.looksLikeFeed("<!DOCTYPE html><html>")).isFalse();
        assertThat(FeedSniffer.looksLikeFeed("<?xml version=\"1.0\"?><html><rss/></html>")).isFalse();
        assertThat(FeedSniffer.looksLikeFeed("<rssfeed>")).isFalse();
        assertThat(FeedSniffer.looksLikeFeed("title,url\n<rss>,x")).isFalse();
        assertThat(FeedSniffer.looksLikeFeed("{\"title\":\"<rss>\"}")).isFalse();
        assertThat(FeedSniffer.looksLikeFeed("")).isFalse();
        assertThat(FeedSniffer.looksLikeFeed(null)).isFalse();
    }

    @Test
    void agreesWithTheFixtures() {
        assertThat(FeedSniffer.looksLikeFeed(ParserFixtures.fixtureText("feed/rss2.xml"))).isTrue();
        assertThat(FeedSniffer.looksLikeFeed(ParserFixtures.fixtureText("feed/atom.xml"))).isTrue();
    }
}
