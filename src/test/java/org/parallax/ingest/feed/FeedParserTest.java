package org.parallax.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.support.ParserFixtures.article;
import static org.parallax.ingest.support.ParserFixtures.parse;
import static org.parallax.ingest.support.ParserFixtures.parseFixture;
import static org.parallax.ingest.support.ParserFixtures.paragraphs;
import static org.parallax.ingest.support.ParserFixtures.reason;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFlag;
import org.parallax.ingest.ImportFormat;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;

/** What a user sees when importing an RSS 2.0 or Atom feed: one article per item. */
class FeedParserTest {

    private static final OutletClaim HARBOUR_LEDGER = new OutletClaim("Harbour Ledger",
            OutletEvidence.PUBLISHER_METADATA, "feed title: Harbour Ledger - Local news");

    private static List<ParsedRecord> rss() {
        return parseFixture(new FeedParser(), "feed/rss2.xml");
    }

    private static List<ParsedRecord> atom() {
        return parseFixture(new FeedParser(), "feed/atom.xml");
    }

    @Test
    void formatIsFeed() {
        assertThat(new FeedParser().format()).isEqualTo(ImportFormat.FEED);
    }

    @Test
    void oneRecordPerItemNamedItemN() {
        assertThat(rss()).extracting(ParsedRecord::record)
                .containsExactly("item 1", "item 2", "item 3", "item 4", "item 5", "item 6");
        assertThat(atom()).extracting(ParsedRecord::record).containsExactly("item 1", "item 2", "item 3", "item 4");
    }

    @Test
    void rssItemWithFullContent() {
        ParsedArticle a = article(rss().get(0));

        assertThat(a.title()).isEqualTo("Ferry crews vote to strike over winter timetable");
        assertThat(a.url()).isEqualTo("https://www.harbourledger.example/local/ferry-crews-strike");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T08:30:00+01:00"));
        assertThat(a.publishedZone()).isEqualTo("+01:00");
        assertThat(a.byline()).isEqualTo("Maren Tollis");
        assertThat(paragraphs(a)).containsExactly(
                "Crews on the Saltmarsh Quay ferries voted on Tuesday to walk out for three days.",
                "Talks resume on Friday.");
        assertThat(a.body()).doesNotContain("alert", "<");
        assertThat(a.outlet()).isEqualTo(HARBOUR_LEDGER);
        assertThat(a.language()).isEqualTo("en-gb");
        assertThat(a.flags()).isEmpty();
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void itemWithOnlyADescriptionIsFlaggedSummaryOnly() {
        ParsedArticle a = article(rss().get(1));

        assertThat(paragraphs(a)).containsExactly(
                "Mooring fees at the town harbour will rise by 4% from April, the harbour board said.",
                "Fishing boats are exempt.");
        assertThat(a.flags()).containsExactly(ArticleFlag.SUMMARY_ONLY);
        assertThat(a.warnings()).containsExactly("summary only: the feed gives no full text");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T17:05:00Z"));
        assertThat(a.publishedZone()).isEqualTo("Z");
    }

    @Test
    void itemSourceNamesTheOutletAndAuthorEmailGivesTheName() {
        ParsedArticle a = article(rss().get(2));

        assertThat(a.outlet()).isEqualTo(new OutletClaim("The Skerry Times", OutletEvidence.PUBLISHER_METADATA,
                "item source: The Skerry Times"));
        assertThat(a.byline()).isEqualTo("Nell Amsel");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T12:00:00-05:00"));
        assertThat(a.publishedZone()).isEqualTo("-05:00");
    }

    @Test
    void itemWithoutTitleIsRejectedAndTheOthersRead() {
        assertThat(reason(rss().get(3))).isEqualTo("no title");
        assertThat(rss().stream().filter(ParsedRecord.Accepted.class::isInstance)).hasSize(5);
    }

    @Test
    void guidPermalinkIsTheUrlAndAnUnreadableDateIsAWarning() {
        ParsedArticle a = article(rss().get(4));

        assertThat(a.url()).isEqualTo("https://www.harbourledger.example/tides/march");
        assertThat(a.publishedAt()).isNull();
        assertThat(a.flags()).containsExactly(ArticleFlag.EMPTY_BODY);
        assertThat(a.warnings()).containsExactly(
                "unreadable published date \"sometime last week\": left empty",
                "empty body: the item has no content, description or summary");
    }

    @Test
    void entitiesInTitlesDcDateAndPlainTextContent() {
        ParsedArticle a = article(rss().get(5));

        assertThat(a.title()).isEqualTo("Lifeboat & crew called out twice in one night");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-01T23:40:00Z"));
        assertThat(paragraphs(a)).containsExactly("Two call-outs in one night.", "The second was a false alarm.");
    }

    @Test
    void atomEntryWithHtmlContentAndSeveralAuthors() {
        ParsedArticle a = article(atom().get(0));

        assertThat(a.title()).isEqualTo("Neue Brücke über die Lenne eröffnet");
        assertThat(a.url()).isEqualTo("https://talbote.example/region/neue-bruecke");
        assertThat(a.publishedAt()).as("published, not updated")
                .isEqualTo(OffsetDateTime.parse("2026-03-03T09:15:00+01:00"));
        assertThat(a.byline()).isEqualTo("Jana Wiesel, Piet Obermann");
        assertThat(paragraphs(a)).as("content, not the summary")
                .containsExactly("Die neue Brücke verbindet seit Dienstag beide Ufer.", "Der Bau dauerte zwei Jahre.");
        assertThat(a.outlet()).isEqualTo(new OutletClaim("Talbote Rundschau", OutletEvidence.PUBLISHER_METADATA,
                "feed title: Talbote Rundschau"));
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.flags()).isEmpty();
    }

    @Test
    void atomEntryWithOnlyASummary() {
        ParsedArticle a = article(atom().get(1));

        assertThat(a.body()).isEqualTo("Der Wochenmarkt findet ab April auf dem Kirchplatz statt.");
        assertThat(a.flags()).containsExactly(ArticleFlag.SUMMARY_ONLY);
        assertThat(a.warnings()).containsExactly("summary only: the feed gives no full text");
        assertThat(a.publishedAt()).as("only updated").isEqualTo(OffsetDateTime.parse("2026-03-02T16:20:00Z"));
    }

    @Test
    void atomXhtmlContentAndEntryLanguage() {
        ParsedArticle a = article(atom().get(2));

        assertThat(paragraphs(a)).containsExactly("The old town is best seen on foot.", "Boats leave from the west quay.");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void atomTextContentIsPlainText() {
        ParsedArticle a = article(atom().get(3));

        assertThat(paragraphs(a)).containsExactly("First paragraph with a <tag> that is text.", "Second paragraph.");
    }

    @Test
    void rss1RdfFeed() {
        List<ParsedRecord> records = parse(new FeedParser(), """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://gullpost.example/"><title>Gull Post</title>
                    <link>https://gullpost.example/</link><description>d</description></channel>
                  <item rdf:about="https://gullpost.example/a"><title>Gulls return early</title>
                    <link>https://gullpost.example/a</link><description>The gulls are back.</description>
                    <dc:date>2026-03-01T10:00:00+02:00</dc:date><dc:creator>Rhys Ommen</dc:creator></item>
                </rdf:RDF>""");

        ParsedArticle a = article(records.getFirst());
        assertThat(a.title()).isEqualTo("Gulls return early");
        assertThat(a.publishedZone()).isEqualTo("+02:00");
        assertThat(a.byline()).isEqualTo("Rhys Ommen");
        assertThat(a.outlet().name()).isEqualTo("Gull Post");
        assertThat(a.flags()).containsExactly(ArticleFlag.SUMMARY_ONLY);
    }

    @Test
    void feedWithoutTitleTakesTheOutletFromTheItemLinkHost() {
        List<ParsedRecord> records = parse(new FeedParser(), """
                <rss version="2.0"><channel><link>https://gullpost.example/</link>
                <item><title>A</title><link>https://www.gullpost.example/a</link><description>x</description></item>
                </channel></rss>""");

        assertThat(article(records.getFirst()).outlet()).isEqualTo(
                new OutletClaim("gullpost.example", OutletEvidence.URL_DOMAIN, "https://www.gullpost.example/a"));
    }

    @Test
    void htmlEntitiesThatXmlDoesNotKnowAreHealed() {
        List<ParsedRecord> records = parse(new FeedParser(), """
                <rss version="2.0"><channel><title>Gull&nbsp;Post</title>
                <item><title>Caf&eacute; reopens</title><description>x</description></item>
                </channel></rss>""");

        ParsedArticle a = article(records.getFirst());
        assertThat(a.title()).isEqualTo("Café reopens");
        assertThat(a.outlet().name()).isEqualTo("Gull Post");
    }

    @Test
    void feedWithoutItemsGivesNoRecords() {
        assertThat(parse(new FeedParser(), "<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>"))
                .isEmpty();
    }
}
