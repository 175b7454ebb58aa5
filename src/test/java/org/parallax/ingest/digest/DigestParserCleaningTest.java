package org.parallax.ingest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.digest.DigestFixtures.article;
import static org.parallax.ingest.digest.DigestFixtures.paragraphs;
import static org.parallax.ingest.digest.DigestFixtures.parse;
import static org.parallax.ingest.digest.DigestFixtures.parseFixture;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.OutletEvidence;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;

/** Body cleaning: duplicated captions, bullet metadata, bylines and footers. */
class DigestParserCleaningTest {

    @Test
    void dropsCaptionRepeatedWithOtherApostrophesDashesAndSpaces() {
        ParsedArticle a = article(parseFixture("captions.txt").getFirst());

        List<String> paragraphs = paragraphs(a);
        assertThat(paragraphs).hasSize(4);
        assertThat(paragraphs.getFirst())
                .isEqualTo("A volunteer carries planks across the river bed near Carrow Mill - the town's oldest"
                        + " crossing - on Saturday.");
        assertThat(paragraphs.get(1)).startsWith("About forty volunteers");
        assertThat(a.body()).doesNotContain("the town’s oldest crossing");
    }

    @Test
    void keepsARepeatThatIsNotRightAfterTheFirstCopy() {
        ParsedArticle a = article(parseFixture("captions.txt").getFirst());

        assertThat(paragraphs(a).getLast()).startsWith("A volunteer carries planks");
    }

    @Test
    void bulletMetadataIsTakenOutOfTheBody() {
        ParsedArticle a = article(parseFixture("bullets.txt").getFirst());

        assertThat(a.outlet()).isNotNull();
        assertThat(a.outlet().name()).isEqualTo("Coastline Post English");
        assertThat(a.outlet().evidence()).isEqualTo(OutletEvidence.BY_LINE);
        assertThat(a.upstreamSource()).isEqualTo("Meridian Wire");
        assertThat(a.byline()).isNull();
        assertThat(a.body())
                .doesNotContain("•")
                .doesNotContain("Coastline Post English")
                .doesNotContain("Source:")
                .doesNotContain("Meridian Wire")
                .doesNotContain("09:15");
        assertThat(paragraphs(a).getFirst()).startsWith("The ferry operator serving the northern islands");
        assertThat(a.warnings()).anyMatch(w -> w.contains("Today 09:15"));
    }

    @Test
    void indentedCaptionRepeatingTheBulletCaptionIsDropped() {
        ParsedArticle a = article(parseFixture("bullets.txt").getFirst());

        assertThat(paragraphs(a)).containsExactly(
                "The ferry operator serving the northern islands said fares would rise by a tenth from next month,"
                        + " blaming the price of fuel.",
                "Passengers board the morning ferry at Skarn harbour on a grey day in March, 2023. (Photo agency)",
                "Island councils said the increase would hurt families who rely on the boats to reach schools and"
                        + " clinics on the mainland.",
                "Read more: Island councils ask for a fare freeze");
    }

    @Test
    void byBulletWithAPersonIsTheBylineNotTheOutlet() {
        ParsedArticle a = article(parseFixture("bullets.txt").get(1));

        assertThat(a.byline()).isEqualTo("Tomas Ekhart");
        assertThat(a.outlet()).isNull();
        assertThat(a.body()).doesNotContain("Tomas Ekhart").doesNotContain("3 May 2023");
    }

    @Test
    void indentedLineUnderABulletThatIsNotARepeatIsKept() {
        ParsedArticle a = article(parseFixture("bullets.txt").get(1));

        assertThat(paragraphs(a)).contains("The blue whale skeleton hangs in the restored hall. Restoration took two"
                + " years.");
    }

    @Test
    void trailingBylineAndFirstPublishedInLeaveTheBody() {
        ParsedArticle a = article(parseFixture("footers.txt").getFirst());

        assertThat(a.byline()).isEqualTo("Mira Castellane");
        assertThat(a.body()).doesNotContain("Mira Castellane").doesNotContain("First published");
        assertThat(paragraphs(a)).hasSize(5);
        assertThat(paragraphs(a).getLast()).isEqualTo("Additional reporting by Harbor Wire and Delta Press");
    }

    @Test
    void appearedFirstOnFooterLeavesTheBody() {
        ParsedArticle a = article(parseFixture("footers.txt").get(1));

        assertThat(a.body()).doesNotContain("The post").doesNotContain("appeared first on");
        assertThat(paragraphs(a)).hasSize(2);
    }

    @Test
    void leadingByOrganisationLeavesTheBodyButByInRunningTextStays() {
        ParsedArticle a = article(parseFixture("footers.txt").get(2));

        assertThat(paragraphs(a).getFirst()).startsWith("Fishing quotas for cod");
        assertThat(paragraphs(a).getLast()).startsWith("By the end of the season, the board said");
    }

    @Test
    void paragraphRepeatingTheTitleIsDropped() {
        ParsedArticle a = article(parseFixture("title-suffix.txt").getFirst());

        assertThat(a.body()).isEmpty();
    }

    @Test
    void titleRepeatedAsFirstParagraphOfALongerBodyIsDropped() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Council approves new swimming pool
                Share The News
                Council approves new swimming pool

                The council approved the plans for a new swimming pool on Tuesday.

                Work will start in the autumn and take two years.
                """).getFirst());

        assertThat(paragraphs(a)).containsExactly(
                "The council approved the plans for a new swimming pool on Tuesday.",
                "Work will start in the autumn and take two years.");
        assertThat(a.flags()).isEmpty();
    }

    @Test
    void bylineInTheMiddleOfTheBodyStays() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Two views on the harbour plan
                Share The News
                The harbour plan divides the town. Two residents give their view.

                By Anna Lind

                The plan will bring jobs, and the town needs them after the shipyard closed last year.

                Share The News
                """).getFirst());

        assertThat(paragraphs(a)).contains("By Anna Lind");
        assertThat(a.byline()).isNull();
    }

    @Test
    void rejectedRecordsAreNeverCleanedAway() {
        List<ParsedRecord> records = parseFixture("bad-blocks.txt");

        assertThat(records).hasSize(4);
    }
}
