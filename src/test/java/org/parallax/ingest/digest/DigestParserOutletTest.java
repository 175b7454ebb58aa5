package org.parallax.ingest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.digest.DigestFixtures.article;
import static org.parallax.ingest.digest.DigestFixtures.parse;
import static org.parallax.ingest.digest.DigestFixtures.parseFixture;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;

/** Which outlet a block is attributed to, on what evidence. */
class DigestParserOutletTest {

    @Test
    void firstPublishedInNamesTheOutlet() {
        ParsedArticle a = article(parseFixture("footers.txt").getFirst());

        assertThat(a.outlet()).isEqualTo(new OutletClaim("Vennholm Courier", OutletEvidence.FIRST_PUBLISHED_IN,
                "First published in Vennholm Courier"));
    }

    @Test
    void outletsNamedInPassingAreNotTheOutlet() {
        ParsedArticle a = article(parseFixture("footers.txt").getFirst());

        assertThat(a.outlet().name())
                .isNotIn("Channel Nine News", "Polar Wire", "Northshore Radio", "Harbor Wire", "Delta Press",
                        "Harbor Wire and Delta Press");
        assertThat(a.body())
                .contains("told Channel Nine News")
                .contains("according to Polar Wire")
                .contains("Northshore Radio’s Morning Brief has");
    }

    @Test
    void passingMentionsAloneGiveNoOutlet() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Drought hits wheat farmers
                Share The News
                Farmers told Channel Nine News that the drought had halved their wheat crop this summer.

                The ministry will offer loans, according to Polar Wire.

                Additional reporting by Harbor Wire and Delta Press
                """).getFirst());

        assertThat(a.outlet()).isNull();
        assertThat(a.upstreamSource()).isNull();
    }

    @Test
    void appearedFirstOnNamesTheOutletWithTheFooterAsSnippet() {
        ParsedArticle a = article(parseFixture("footers.txt").get(1));

        assertThat(a.outlet().name()).isEqualTo("Valley In Focus");
        assertThat(a.outlet().evidence()).isEqualTo(OutletEvidence.APPEARED_FIRST_ON);
        assertThat(a.outlet().snippet()).isEqualTo("The post Delegation visits restored monastery in Eskar Valley"
                + " appeared first on Valley In Focus.");
    }

    @Test
    void byOrganisationAtTheTopNamesTheOutlet() {
        ParsedArticle a = article(parseFixture("footers.txt").get(2));

        assertThat(a.outlet()).isEqualTo(new OutletClaim("Coastal News Service", OutletEvidence.BY_LINE,
                "By Coastal News Service"));
        assertThat(a.byline()).isNull();
    }

    @Test
    void trailingByPersonIsNotAnOutlet() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Town band plays its last concert
                Share The News
                The town band played its last concert on Sunday after ninety years, as its members grow too old to march.

                By Jonas Weller
                """).getFirst());

        assertThat(a.outlet()).isNull();
        assertThat(a.byline()).isEqualTo("Jonas Weller");
    }

    @Test
    void titleSuffixNamesTheOutletAndIsStrippedWithTheDanglingEllipsis() {
        ParsedArticle a = article(parseFixture("title-suffix.txt").getFirst());

        assertThat(a.title()).isEqualTo("Regional assembly holds late-night session on budget");
        assertThat(a.outlet().name()).isEqualTo("Lowland Weekly");
        assertThat(a.outlet().evidence()).isEqualTo(OutletEvidence.TITLE_SUFFIX);
        assertThat(a.outlet().snippet()).isEqualTo("Regional assembly holds late-night session on budget … – Lowland"
                + " Weekly");
    }

    @Test
    void strongerEvidenceWinsAndTheTitleKeepsASuffixThatIsNotTheOutlet() {
        ParsedArticle a = article(parseFixture("title-suffix.txt").get(1));

        assertThat(a.outlet().name()).isEqualTo("Estuary Review");
        assertThat(a.outlet().evidence()).isEqualTo(OutletEvidence.FIRST_PUBLISHED_IN);
        assertThat(a.title()).isEqualTo("River tolls spark debate among shippers | Tidewater Daily");
    }

    @Test
    void genericLabelAfterADashIsNotAnOutlet() {
        ParsedArticle a = article(parseFixture("title-suffix.txt").get(2));

        assertThat(a.outlet()).isNull();
        assertThat(a.title()).isEqualTo("Storm season begins early – Live Updates");
    }

    @Test
    void emDashSuffixNamesTheOutlet() {
        ParsedArticle a = article(parseFixture("title-suffix.txt").get(3));

        assertThat(a.title()).isEqualTo("Vineyards report record harvest");
        assertThat(a.outlet().name()).isEqualTo("Valley Farmer");
    }

    @Test
    void hyphenAndPipeSuffixesToo() {
        List<ParsedRecord> records = parse("""
                Selected Articles
                Ice rink opens for the season - Northern Star
                Share The News
                Text.
                Selected Articles
                Ice rink opens for the season | North Bay Times
                Share The News
                Text.
                """);

        assertThat(article(records.get(0)).outlet().name()).isEqualTo("Northern Star");
        assertThat(article(records.get(1)).outlet().name()).isEqualTo("North Bay Times");
        assertThat(article(records.get(1)).title()).isEqualTo("Ice rink opens for the season");
    }

    @Test
    void lowerCaseSuffixIsPartOfTheHeadline() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Exports rise - but slower than hoped
                Share The News
                Text.
                """).getFirst());

        assertThat(a.outlet()).isNull();
        assertThat(a.title()).isEqualTo("Exports rise - but slower than hoped");
    }

    @Test
    void sourceBulletIsUpstreamNeverTheOutlet() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Grain deal extended
                Share The News
                  • Source: Daily Courier

                The grain deal between the two ports was extended for another year on Friday.
                """).getFirst());

        assertThat(a.upstreamSource()).isEqualTo("Daily Courier");
        assertThat(a.outlet()).isNull();
    }

    @Test
    void firstPublishedInBeatsByLineAndTitleSuffix() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Harbour fees frozen – Port Weekly
                Share The News
                  • By
                    Harbour Media Group

                The port authority froze its fees for a year, the second freeze in a row.

                First published in Coast Herald
                """).getFirst());

        assertThat(a.outlet().name()).isEqualTo("Coast Herald");
        assertThat(a.title()).isEqualTo("Harbour fees frozen – Port Weekly");
    }

    @Test
    void plainSourceLineAtTheEndNamesTheOutletAndLeavesTheBody() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Ferry timetable cut for winter
                Share The News
                The island ferry will sail twice a day instead of four times from November, the operator said.

                Islanders said the cut would make commuting to the mainland impossible.
                Source: The Daily Skerry
                """).getFirst());

        assertThat(a.outlet()).isEqualTo(new OutletClaim("The Daily Skerry", OutletEvidence.SOURCE_LINE,
                "Source: The Daily Skerry"));
        assertThat(a.body()).doesNotContain("Source:").endsWith("impossible.");
        assertThat(a.upstreamSource()).isNull();
    }

    @Test
    void plainSourceLineAtTheTopInItsVariantsNamesTheOutlet() {
        for (String line : List.of("Source - Skerry Times", "SOURCE: SKERRY TIMES", "Source \u2013 Skerry Times",
                "Source: Skerry Times, 3 May 2023", "Source: Skerry Times.")) {
            ParsedArticle a = article(parse("""
                    Selected Articles
                    Ferry timetable cut for winter
                    Share The News
                    %s

                    The island ferry will sail twice a day instead of four times from November, the operator said.
                    """.formatted(line)).getFirst());

            assertThat(a.outlet()).as(line).isNotNull();
            assertThat(DigestOutletDetector.sameOutlet(a.outlet().name(), "Skerry Times")).as(line).isTrue();
            assertThat(a.body()).as(line).startsWith("The island ferry");
        }
    }

    @Test
    void sourceLinesThatNameNoPublicationStayInTheText() {
        for (String line : List.of("Source: interviews with residents", "Sources: Skerry Times, Harbour Wire",
                "Source: a harbour official who asked not to be named because the talks were private",
                "Source: Official Figures", "Source: Social Media", "Source: Telegram")) {
            ParsedArticle a = article(parse("""
                    Selected Articles
                    Ferry timetable cut for winter
                    Share The News
                    The island ferry will sail twice a day instead of four times from November, the operator said.

                    %s
                    """.formatted(line)).getFirst());

            assertThat(a.outlet()).as(line).isNull();
            assertThat(a.body()).as(line).contains(line);
        }
    }

    @Test
    void aPlainSourceLineUnderAnOrganisationsByLineIsTheCreditedSource() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Ferry timetable cut for winter
                Share The News
                By Skerry Broadcasting

                The island ferry will sail twice a day instead of four times from November, the operator said.

                Source: Harbour Wire
                """).getFirst());

        assertThat(a.outlet().name()).isEqualTo("Skerry Broadcasting");
        assertThat(a.outlet().evidence()).isEqualTo(OutletEvidence.BY_LINE);
        assertThat(a.upstreamSource()).isEqualTo("Harbour Wire");
        assertThat(a.body()).doesNotContain("Harbour Wire");
    }

    @Test
    void aPlainSourceLineUnderAPersonsByLineIsTheOutlet() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Ferry timetable cut for winter
                Share The News
                By Ines Marlow

                The island ferry will sail twice a day instead of four times from November, the operator said.

                Source: Skerry Times
                """).getFirst());

        assertThat(a.outlet().name()).isEqualTo("Skerry Times");
        assertThat(a.byline()).isEqualTo("Ines Marlow");
    }

    @Test
    void aSourceLineInTheMiddleOfALongBodyIsText() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Ferry timetable cut for winter
                Share The News
                The island ferry will sail twice a day instead of four times from November.

                The operator blamed fuel costs.

                Source: Skerry Times

                Islanders said the cut would make commuting impossible.

                The council will meet the operator on Monday.
                """).getFirst());

        assertThat(a.outlet()).isNull();
        assertThat(a.body()).contains("Source: Skerry Times");
    }

    @Test
    void aBulletedSourceStaysTheCreditedSourceEvenWithoutABy() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Ferry timetable cut for winter
                Share The News
                  • Source: Skerry Times

                The island ferry will sail twice a day instead of four times from November, the operator said.
                """).getFirst());

        assertThat(a.outlet()).isNull();
        assertThat(a.upstreamSource()).isEqualTo("Skerry Times");
    }
}
