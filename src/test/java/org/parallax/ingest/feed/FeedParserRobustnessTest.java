package org.parallax.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.ingest.support.ParserFixtures.article;
import static org.parallax.ingest.support.ParserFixtures.parse;
import static org.parallax.ingest.support.ParserFixtures.parseFixture;
import static org.parallax.ingest.support.ParserFixtures.reason;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.UnreadableInputException;

/** Broken, hostile and oversized feeds. */
class FeedParserRobustnessTest {

    @Test
    void malformedXmlIsUnreadableWithLineAndColumn() {
        assertThatThrownBy(() -> parseFixture(new FeedParser(), "feed/malformed.xml"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("the input is not well-formed XML at line 7, column 7: ")
                .hasMessageContaining("item");
    }

    @Test
    void plainTextIsNotXml() {
        assertThatThrownBy(() -> parse(new FeedParser(), "Selected Articles\nA title\n"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("the input is not well-formed XML at line 1, column 1: ");
    }

    @Test
    void emptyInputIsNotAFeed() {
        assertThatThrownBy(() -> parse(new FeedParser(), "  \n"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("the input is empty: it is not a feed");
    }

    @Test
    void xmlThatIsNotAFeedNamesItsRoot() {
        assertThatThrownBy(() -> parse(new FeedParser(), "<?xml version=\"1.0\"?><html><body/></html>"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("the XML is not an RSS or Atom feed: its root element is <html>, not <rss> or <feed>");
    }

    @Test
    void rssWithoutChannelAndFeedWithoutAtomNamespaceAreUnreadable() {
        assertThatThrownBy(() -> parse(new FeedParser(), "<rss version=\"2.0\"/>"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("the RSS feed has no <channel> element: there is nothing to read");
        assertThatThrownBy(() -> parse(new FeedParser(), "<feed><entry><title>x</title></entry></feed>"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("the XML is not an RSS or Atom feed Parallax can read: its <feed> root is not"
                        + " of a known RSS or Atom version or namespace");
    }

    @Test
    void emptyAtomFeedGivesNoRecords() {
        assertThat(parse(new FeedParser(), "<feed xmlns='http://www.w3.org/2005/Atom'><title>Quiet</title></feed>"))
                .isEmpty();
    }

    @Test
    void externalEntityIsRefusedAndTheFileIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711", StandardCharsets.UTF_8);
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY leak SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>&leak;</title>
                <item><title>&leak;</title><description>&leak;</description></item></channel></rss>"""
                .formatted(secret.toUri());
        List<ParsedRecord> records = new ArrayList<>();

        assertThatThrownBy(() -> new FeedParser().parse(new java.io.StringReader(xxe), records::add))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("the feed declares a DOCTYPE at line 2")
                .hasMessageNotContaining("TOP-SECRET");
        assertThat(records).isEmpty();
    }

    @Test
    void parameterEntityAndBillionLaughsAreRefusedToo() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <rss version="2.0"><channel><title>&lol2;</title></channel></rss>""";

        assertThatThrownBy(() -> parse(new FeedParser(), laughs))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void feedOverTheCapIsUnreadable() {
        String feed = "<rss version=\"2.0\"><channel><title>Big</title>"
                + "<item><title>T</title><description>x</description></item>".repeat(100) + "</channel></rss>";

        assertThatThrownBy(() -> parse(new FeedParser(2_000), feed))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("the feed is too large: more than 2,000 characters, the most Parallax reads in one document");
        assertThat(parse(new FeedParser(feed.length()), feed)).hasSize(100);
    }

    @Test
    void absurdlyLongTitleIsRejectedAndTheNextItemRead() {
        String feed = "<rss version=\"2.0\"><channel><title>Gull Post</title>"
                + "<item><title>" + "x".repeat(5_000_000) + "</title><description>d</description></item>"
                + "<item><title>Fine</title><description>d</description></item></channel></rss>";

        List<ParsedRecord> records = parse(new FeedParser(), feed);

        assertThat(reason(records.get(0))).isEqualTo("title too long: 5,000,000 characters (at most 1,000)");
        assertThat(article(records.get(1)).title()).isEqualTo("Fine");
    }

    @Test
    void absurdlyLongContentIsRejected() {
        String feed = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>Gull Post</title><item><title>Huge</title><content:encoded>"
                + "word ".repeat(300_000) + "</content:encoded></item></channel></rss>";

        assertThat(reason(parse(new FeedParser(), feed).getFirst()))
                .isEqualTo("body too long: 1,499,999 characters (at most 1,000,000)");
    }
}
