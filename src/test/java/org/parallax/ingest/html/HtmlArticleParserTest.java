package org.parallax.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.support.ParserFixtures.article;
import static org.parallax.ingest.support.ParserFixtures.parse;
import static org.parallax.ingest.support.ParserFixtures.parseFixture;
import static org.parallax.ingest.support.ParserFixtures.paragraphs;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFlag;
import org.parallax.ingest.ImportFormat;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;

/** What a user sees when importing a saved web page: the article text, and metadata from the best source. */
class HtmlArticleParserTest {

    private static ParsedRecord only(List<ParsedRecord> records) {
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    private static ParsedArticle page(String html) {
        return article(only(parse(new HtmlArticleParser(), html)));
    }

    @Test
    void formatIsHtml() {
        assertThat(new HtmlArticleParser().format()).isEqualTo(ImportFormat.HTML);
    }

    @Test
    void articleTextIsTheParagraphsOfTheArticleWithoutClutter() {
        ParsedArticle a = article(only(parseFixture(new HtmlArticleParser(), "html/jsonld-article.html")));

        assertThat(paragraphs(a)).containsExactly(
                "Crews on the Saltmarsh Quay ferries voted by a wide margin on Tuesday to walk out for three days"
                        + " next month, in a dispute over the new winter timetable.",
                "The union said the timetable adds two late crossings without extra staff. Read our ferry coverage.",
                "What happens next",
                "Talks are due to resume on Friday at the harbour office.",
                "“Nobody asked the people who steer the boats,” said deckhand Ilse Varro.",
                "“We found out from the notice board.”",
                "Three strike days are planned.",
                "Island residents will get a reduced service.",
                "The ferry company said it regretted the vote.");
        assertThat(a.body()).doesNotContain("alert", "cookies", "Share on", "Related", "newsletter", "comment",
                "Home", "©", "The morning ferry leaves", "Standfirst");
    }

    @Test
    void jsonLdBeatsOpenGraphAndTheTitleTag() {
        ParsedRecord record = only(parseFixture(new HtmlArticleParser(), "html/jsonld-article.html"));
        ParsedArticle a = article(record);

        assertThat(record.record()).isEqualTo("https://www.harbourledger.example/local/2026/03/04/ferry-crews-strike");
        assertThat(a.title()).isEqualTo("Ferry crews vote to strike over winter timetable");
        assertThat(a.outlet()).isEqualTo(new OutletClaim("The Harbour Ledger", OutletEvidence.PUBLISHER_METADATA,
                "JSON-LD publisher: The Harbour Ledger"));
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T08:30:00+01:00"));
        assertThat(a.publishedZone()).isEqualTo("+01:00");
        assertThat(a.byline()).isEqualTo("Maren Tollis, Odo Brask");
        assertThat(a.url()).isEqualTo("https://www.harbourledger.example/local/2026/03/04/ferry-crews-strike");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.flags()).isEmpty();
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void openGraphMetadataWhenThereIsNoJsonLd() {
        ParsedArticle a = article(only(parseFixture(new HtmlArticleParser(), "html/og-only.html")));

        assertThat(a.title()).isEqualTo("Le marché couvert rouvre ses portes");
        assertThat(a.outlet()).isEqualTo(new OutletClaim("Courrier de Northmoor", OutletEvidence.PUBLISHER_METADATA,
                "og:site_name: Courrier de Northmoor"));
        assertThat(a.url()).isEqualTo("https://m.northmoor-courrier.example/ville/marche-couvert");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-02-27T18:45:00+01:00"));
        assertThat(a.publishedZone()).isEqualTo("+01:00");
        assertThat(a.byline()).as("article:author is a profile URL: meta author instead").isEqualTo("Agathe Rivel");
        assertThat(a.language()).isEqualTo("fr");
        assertThat(paragraphs(a)).containsExactly(
                "Après dix-huit mois de travaux, le marché couvert de la place Aubrac a rouvert samedi matin.",
                "Une trentaine d'étals ont retrouvé leur place sous la charpente restaurée.");
    }

    @Test
    void titleTagSuffixNamingTheHostIsTheOutletAndIsCut() {
        ParsedArticle a = article(only(parseFixture(new HtmlArticleParser(), "html/title-suffix.html")));

        assertThat(a.title()).isEqualTo("Lighthouse keeper's cottage to become a museum");
        assertThat(a.outlet()).isEqualTo(new OutletClaim("Harbour Ledger", OutletEvidence.TITLE_SUFFIX,
                "Lighthouse keeper's cottage to become a museum - Harbour Ledger"));
        assertThat(a.url()).as("from <link rel=canonical>")
                .isEqualTo("https://www.harbourledger.example/culture/lighthouse-cottage");
        assertThat(a.publishedAt()).isNull();
        assertThat(a.language()).isNull();
        assertThat(paragraphs(a)).as("the element with the most paragraph text").containsExactly(
                "The cottage at Grey Point, empty since the light was automated in 1991, will open as a small museum"
                        + " next spring.",
                "Volunteers have catalogued more than four hundred objects left by the last keeper, including"
                        + " logbooks and a brass foghorn.",
                "The town council approved the plan unanimously on Monday evening.");
    }

    @Test
    void withoutPublisherMetadataTheUrlHostIsTheOutlet() {
        ParsedArticle a = article(only(parseFixture(new HtmlArticleParser(), "html/density.html")));

        assertThat(a.title()).isEqualTo("Orchard growers count the cost of late frost");
        assertThat(a.outlet()).isEqualTo(new OutletClaim("valleyrecord.example", OutletEvidence.URL_DOMAIN,
                "https://amp.valleyrecord.example/farming/late-frost"));
        assertThat(paragraphs(a)).hasSize(4).first().asString().startsWith("Apple and pear growers");
        assertThat(a.body()).doesNotContain("teaser", "Subscribe");
    }

    @Test
    void titleSuffixThatNamesNothingKnownStays() {
        ParsedArticle a = page("<html><head><title>Budget talks stall - Politics</title></head>"
                + "<body><p>Talks stalled.</p></body></html>");

        assertThat(a.title()).isEqualTo("Budget talks stall - Politics");
        assertThat(a.outlet()).isNull();
        assertThat(a.url()).isNull();
    }

    @Test
    void titleFallsBackToTheFirstHeading() {
        ParsedArticle a = page("<html><body><h1>Only a heading</h1><p>And a line of text.</p></body></html>");

        assertThat(a.title()).isEqualTo("Only a heading");
        assertThat(paragraphs(a)).containsExactly("And a line of text.");
    }

    @Test
    void jsonLdAuthorAsStringOrObjectAndPublisherAsString() {
        ParsedArticle a = page("""
                <html><head>
                <script type="application/ld+json; charset=utf-8">[{"@type":"WebSite","name":"x"},
                 {"@type":"NewsArticle","headline":"Quay &amp; harbour","author":{"@type":"Person","name":"Lio Dray"},
                  "publisher":"Gull Post","datePublished":"2026-01-05T06:00:00Z","inLanguage":"cy"}]</script>
                <script type="application/ld+json">{"@type":"Article","headline":"second article node, not used"}</script>
                </head><body><article><p>Text.</p></article></body></html>""");

        assertThat(a.title()).isEqualTo("Quay & harbour");
        assertThat(a.byline()).isEqualTo("Lio Dray");
        assertThat(a.outlet().name()).isEqualTo("Gull Post");
        assertThat(a.publishedZone()).isEqualTo("Z");
        assertThat(a.language()).isEqualTo("cy");
    }

    @Test
    void malformedJsonLdIsIgnoredWithAWarning() {
        ParsedArticle a = page("""
                <html><head>
                <meta property="og:title" content="Og title wins">
                <meta property="og:site_name" content="Gull Post">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "broken", }}</script>
                </head><body><article><p>Body text.</p></article></body></html>""");

        assertThat(a.title()).isEqualTo("Og title wins");
        assertThat(a.outlet().evidence()).isEqualTo(OutletEvidence.PUBLISHER_METADATA);
        assertThat(a.warnings()).singleElement().asString()
                .startsWith("JSON-LD block 1 ignored: not valid JSON (");
    }

    @Test
    void itempropArticleBodyWhenThereIsNoArticleElement() {
        ParsedArticle a = page("""
                <html><head><title>Title</title></head><body>
                <div class="page"><p>Masthead line that is long enough to tempt a density heuristic, and then some more.</p>
                <p>Second masthead line that is also rather long, to make this block the biggest one on the page.</p>
                <p>Third masthead line.</p></div>
                <div itemprop="articleBody"><p>The real first paragraph.</p><p>The real second paragraph.</p></div>
                </body></html>""");

        assertThat(paragraphs(a)).containsExactly("The real first paragraph.", "The real second paragraph.");
    }

    @Test
    void pageWithATitleButNoTextIsAcceptedAndFlaggedEmpty() {
        ParsedArticle a = page("<html><head><title>Just a title</title></head><body></body></html>");

        assertThat(a.body()).isEmpty();
        assertThat(a.flags()).containsExactly(ArticleFlag.EMPTY_BODY);
        assertThat(a.warnings()).containsExactly("empty body: the page has a title but no article text");
    }

    @Test
    void publishedTimeWithoutOffsetIsKeptAsUtcWithAWarning() {
        ParsedArticle a = page("<html><head><title>T</title>"
                + "<meta property=\"article:published_time\" content=\"2026-03-04T09:15:00\"></head>"
                + "<body><p>x</p></body></html>");

        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T09:15:00Z"));
        assertThat(a.publishedZone()).isNull();
        assertThat(a.warnings()).containsExactly(
                "published time \"2026-03-04T09:15:00\" has no time zone: read as UTC");
    }
}
