package org.parallax.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.support.ParserFixtures.article;
import static org.parallax.ingest.support.ParserFixtures.articles;
import static org.parallax.ingest.support.ParserFixtures.parse;
import static org.parallax.ingest.support.ParserFixtures.parseFixture;
import static org.parallax.ingest.support.ParserFixtures.paragraphs;
import static org.parallax.ingest.support.ParserFixtures.reason;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFlag;
import org.parallax.ingest.ImportFormat;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;

/** What a user sees when importing JSON Lines: one article per object, named by its line. */
class JsonLinesParserTest {

    private static List<ParsedRecord> articlesJsonl() {
        return parseFixture(new JsonLinesParser(), "tabular/articles.jsonl");
    }

    @Test
    void formatIsJsonl() {
        assertThat(new JsonLinesParser().format()).isEqualTo(ImportFormat.JSONL);
    }

    @Test
    void recordsAreNamedByLineAndBlankLinesAreSkipped() {
        assertThat(articlesJsonl()).extracting(ParsedRecord::record).containsExactly(
                "line 1", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9");
    }

    @Test
    void canonicalFieldsAndGoldEventIgnored() {
        ParsedArticle a = article(articlesJsonl().get(0));

        assertThat(a.title()).isEqualTo("Ferry crews vote to strike");
        assertThat(paragraphs(a)).containsExactly("Crews voted on Tuesday to walk out.", "Talks resume on Friday.");
        assertThat(a.outlet()).isEqualTo(new OutletClaim("Harbour Ledger", OutletEvidence.EXPLICIT_FIELD,
                "outlet: Harbour Ledger"));
        assertThat(a.url()).isEqualTo("https://www.harbourledger.example/ferry");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T08:30:00+01:00"));
        assertThat(a.byline()).isEqualTo("Maren Tollis");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void aliasesAuthorListsAndPublisherObjects() {
        ParsedArticle a = article(articlesJsonl().get(1));

        assertThat(a.title()).isEqualTo("Harbour fees rise");
        assertThat(a.body()).isEqualTo("Mooring fees will rise.");
        assertThat(a.url()).isEqualTo("https://www.harbourledger.example/fees");
        assertThat(a.byline()).isEqualTo("Odo Brask, Ilse Varro");
        assertThat(a.outlet()).isEqualTo(new OutletClaim("Harbour Ledger", OutletEvidence.EXPLICIT_FIELD,
                "publisher: Harbour Ledger"));
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T17:05:00Z"));
        assertThat(a.warnings()).containsExactly("published time \"2026-03-03 17:05:00\" has no time zone: read as UTC");
    }

    @Test
    void invalidJsonAndNonObjectsAreRejectedAndTheOthersLand() {
        List<ParsedRecord> records = articlesJsonl();

        assertThat(reason(records.get(2))).startsWith("not valid JSON: ");
        assertThat(reason(records.get(3))).isEqualTo("not valid JSON: expected an object, found an array");
        assertThat(reason(records.get(4))).isEqualTo("no title");
        assertThat(articles(records)).extracting(ParsedArticle::title).containsExactly("Ferry crews vote to strike",
                "Harbour fees rise", "Choir prize", "Tide tables", "Last line");
    }

    @Test
    void htmlContentSourceAndRfcDate() {
        ParsedArticle a = article(articlesJsonl().get(5));

        assertThat(paragraphs(a)).containsExactly("Pupils took first prize.", "The choir sang twice.");
        assertThat(a.outlet().name()).isEqualTo("The Skerry Times");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T12:00:00Z"));
    }

    @Test
    void nullBodyNamelessOutletObjectAndUnreadableDate() {
        ParsedArticle a = article(articlesJsonl().get(6));

        assertThat(a.body()).isEmpty();
        assertThat(a.outlet()).isNull();
        assertThat(a.publishedAt()).isNull();
        assertThat(a.flags()).containsExactly(ArticleFlag.EMPTY_BODY);
        assertThat(a.warnings()).containsExactly("field \"outlet\" is an object without a name: ignored",
                "unreadable published date \"soon\": left empty", "empty body: no body text");
    }

    @Test
    void sameFieldsAsCsv() {
        ParsedArticle fromCsv = article(parse(new CsvParser(),
                "Headline,Story_Text,Media_Name,Publish_Date\nSame story,\"Para one.\n\nPara two.\",Gull Post,"
                        + "2026-03-04 09:15:00\n").getFirst());
        ParsedArticle fromJsonl = article(parse(new JsonLinesParser(),
                "{\"Headline\":\"Same story\",\"Story_Text\":\"Para one.\\n\\nPara two.\",\"Media_Name\":\"Gull Post\","
                        + "\"Publish_Date\":\"2026-03-04 09:15:00\"}\n").getFirst());

        assertThat(fromJsonl).isEqualTo(fromCsv);
    }

    @Test
    void groupingEvaluationCorpusReadsWhole() throws IOException {
        try (Reader reader = new InputStreamReader(getClass().getResourceAsStream("/eval/grouping-eval.jsonl"),
                StandardCharsets.UTF_8)) {
            List<ParsedRecord> records = parse(new JsonLinesParser(), reader);

            assertThat(records).hasSize(46).allMatch(ParsedRecord.Accepted.class::isInstance);
            assertThat(articles(records)).allSatisfy(a -> {
                assertThat(a.outlet()).isNotNull();
                assertThat(a.outlet().evidence()).isEqualTo(OutletEvidence.EXPLICIT_FIELD);
                assertThat(a.publishedAt()).isNotNull();
                assertThat(a.body()).isNotEmpty();
            });
        }
    }
}
