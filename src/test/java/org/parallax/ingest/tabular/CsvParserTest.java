package org.parallax.ingest.tabular;

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

/** What a user sees when importing a CSV table: one article per row, named by the line it starts on. */
class CsvParserTest {

    private static List<ParsedRecord> articlesCsv() {
        return parseFixture(new CsvParser(), "tabular/articles.csv");
    }

    @Test
    void formatIsCsv() {
        assertThat(new CsvParser().format()).isEqualTo(ImportFormat.CSV);
    }

    @Test
    void rowsAreNamedByTheLineTheyStartOn() {
        assertThat(articlesCsv()).extracting(ParsedRecord::record).containsExactly(
                "row 2", "row 5", "row 7", "row 8", "row 9", "row 10", "row 11", "row 12", "row 13", "row 14");
    }

    @Test
    void rowWithEveryColumn() {
        ParsedArticle a = article(articlesCsv().get(0));

        assertThat(a.title()).isEqualTo("Ferry crews vote to strike");
        assertThat(paragraphs(a)).containsExactly("Crews voted on Tuesday to walk out.", "Talks resume on Friday.");
        assertThat(a.outlet()).isEqualTo(new OutletClaim("Harbour Ledger", OutletEvidence.EXPLICIT_FIELD,
                "outlet: Harbour Ledger"));
        assertThat(a.url()).isEqualTo("https://www.harbourledger.example/ferry");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T08:30:00+01:00"));
        assertThat(a.publishedZone()).isEqualTo("+01:00");
        assertThat(a.byline()).isEqualTo("Maren Tollis");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.flags()).isEmpty();
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void noOutletColumnValueFallsBackToTheUrlHostAndLocalTimeIsWarned() {
        ParsedArticle a = article(articlesCsv().get(1));

        assertThat(a.title()).isEqualTo("Harbour fees, again");
        assertThat(a.outlet()).isEqualTo(new OutletClaim("harbourledger.example", OutletEvidence.URL_DOMAIN,
                "https://www.harbourledger.example/fees"));
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T17:05:00Z"));
        assertThat(a.publishedZone()).isNull();
        assertThat(a.byline()).isNull();
        assertThat(a.warnings()).containsExactly("published time \"2026-03-03T17:05:00\" has no time zone: read as UTC");
    }

    @Test
    void rowWithoutTitleIsRejected() {
        assertThat(reason(articlesCsv().get(2))).isEqualTo("no title");
    }

    @Test
    void quotedQuotesDateOnlyAndRfc1123() {
        ParsedArticle quoted = article(articlesCsv().get(3));
        ParsedArticle rfc = article(articlesCsv().get(4));

        assertThat(quoted.title()).isEqualTo("A \"quoted\" headline");
        assertThat(quoted.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T00:00:00Z"));
        assertThat(quoted.warnings()).containsExactly("published date \"2026-03-02\" has no time of day: read as midnight UTC");
        assertThat(quoted.language()).isNull();
        assertThat(rfc.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T12:00:00Z"));
        assertThat(rfc.publishedZone()).isEqualTo("Z");
    }

    @Test
    void wrongNumberOfFieldsIsRejectedAndTrailingEmptyFieldsAreFine() {
        List<ParsedRecord> records = articlesCsv();

        assertThat(reason(records.get(5))).isEqualTo("wrong number of fields: 2 where the header has 7 columns"
                + " (is the row cut off?)");
        assertThat(article(records.get(7)).title()).isEqualTo("Trailing delimiter");
        assertThat(reason(records.get(8))).isEqualTo("wrong number of fields: 8 where the header has 7 columns"
                + " (is a delimiter inside a field that is not quoted?)");
        assertThat(article(records.get(9)).title()).isEqualTo("Last row");
    }

    @Test
    void emptyBodyAndUnreadableDateAreWarningsNotRejections() {
        ParsedArticle a = article(articlesCsv().get(6));

        assertThat(a.title()).isEqualTo("Tide tables for March");
        assertThat(a.publishedAt()).isNull();
        assertThat(a.flags()).containsExactly(ArticleFlag.EMPTY_BODY);
        assertThat(a.warnings()).containsExactly("unreadable published date \"next Tuesday\": left empty",
                "empty body: no body text");
    }

    @Test
    void semicolonsBomCrlfAndAliasesInAnyCase() {
        List<ParsedRecord> records = parseFixture(new CsvParser(), "tabular/semicolon.csv");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("row 2", "row 4");
        ParsedArticle first = article(records.get(0));
        assertThat(first.title()).isEqualTo("Le marché rouvre");
        assertThat(paragraphs(first)).as("single line breaks split paragraphs when there is no blank line")
                .containsExactly("Premier paragraphe.", "Deuxième ligne");
        assertThat(first.outlet()).isEqualTo(new OutletClaim("Courrier de Northmoor", OutletEvidence.EXPLICIT_FIELD,
                "Source: Courrier de Northmoor"));
        assertThat(first.url()).isEqualTo("https://northmoor-courrier.example/marche");
        assertThat(first.publishedZone()).isEqualTo("+01:00");
        ParsedArticle second = article(records.get(1));
        assertThat(second.title()).isEqualTo("Prix, sans virgule; ici");
        assertThat(second.body()).isEqualTo("Texte \"cité\"");
        assertThat(second.publishedAt()).isNull();
        assertThat(second.warnings()).isEmpty();
    }

    @Test
    void tabSeparated() {
        ParsedArticle a = article(parseFixture(new CsvParser(), "tabular/tabs.tsv").getFirst());

        assertThat(a.title()).isEqualTo("Tab separated story");
        assertThat(a.body()).isEqualTo("A body with, commas; and semicolons.");
        assertThat(a.url()).isEqualTo("https://gullpost.example/tab");
    }

    @Test
    void mediaCloudExport() {
        List<ParsedRecord> records = parseFixture(new CsvParser(), "tabular/mediacloud.csv");

        ParsedArticle named = article(records.get(0));
        assertThat(named.title()).isEqualTo("Valley growers count frost damage");
        assertThat(named.outlet()).isEqualTo(new OutletClaim("Valley Record", OutletEvidence.EXPLICIT_FIELD,
                "media_name: Valley Record"));
        assertThat(named.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T09:15:00Z"));
        assertThat(named.publishedZone()).isNull();
        assertThat(named.language()).isEqualTo("en");
        assertThat(named.flags()).containsExactly(ArticleFlag.EMPTY_BODY);
        assertThat(named.warnings()).containsExactly(
                "published time \"2026-03-04 09:15:00\" has no time zone: read as UTC", "empty body: no body text");

        ParsedArticle byMediaUrl = article(records.get(1));
        assertThat(byMediaUrl.outlet()).isEqualTo(new OutletClaim("talbote.example", OutletEvidence.EXPLICIT_FIELD,
                "media_url: https://www.talbote.example/"));
        assertThat(byMediaUrl.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T09:16:30.123456Z"));

        ParsedArticle byUrl = article(records.get(2));
        assertThat(byUrl.outlet()).isEqualTo(new OutletClaim("gullpost.example", OutletEvidence.URL_DOMAIN,
                "https://gullpost.example/untimed"));
        assertThat(byUrl.publishedAt()).isNull();
    }

    @Test
    void bodyWithHtmlTagsBecomesPlainText() {
        ParsedArticle a = article(parse(new CsvParser(),
                "title,body\nT,\"<p>One <b>bold</b> line.</p><script>alert(1)</script><p>Two.</p>\"\n").getFirst());

        assertThat(paragraphs(a)).containsExactly("One bold line.", "Two.");
    }

    @Test
    void firstColumnNamedTwiceWinsByPreference() {
        ParsedArticle a = article(parse(new CsvParser(), "text,body,title\nfrom text,from body,T\n").getFirst());

        assertThat(a.body()).as("body is the canonical name, text an alias").isEqualTo("from body");
        ParsedArticle fallback = article(parse(new CsvParser(), "text,body,title\nfrom text,,T\n").getFirst());
        assertThat(fallback.body()).as("a blank value falls through to the next name").isEqualTo("from text");
    }
}
