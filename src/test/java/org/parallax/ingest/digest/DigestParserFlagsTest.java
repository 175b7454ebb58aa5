package org.parallax.ingest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.digest.DigestFixtures.article;
import static org.parallax.ingest.digest.DigestFixtures.parse;
import static org.parallax.ingest.digest.DigestFixtures.parseFixture;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFlag;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;

/** EMPTY_BODY and TEASER_ONLY, with their warnings. */
class DigestParserFlagsTest {

    @Test
    void titleWithShareLinesOnlyIsAcceptedWithEmptyBody() {
        ParsedRecord record = parseFixture("flags.txt").getFirst();

        assertThat(record).isInstanceOf(ParsedRecord.Accepted.class);
        ParsedArticle a = article(record);
        assertThat(a.title()).isEqualTo("Mayors agree to share snow ploughs");
        assertThat(a.body()).isEmpty();
        assertThat(a.flags()).containsExactly(ArticleFlag.EMPTY_BODY);
        assertThat(a.warnings()).containsExactly("empty body: the block has a title but no text");
    }

    @Test
    void shortSingleParagraphIsATeaser() {
        ParsedArticle a = article(parseFixture("flags.txt").get(1));

        assertThat(a.body()).isNotEmpty();
        assertThat(a.flags()).containsExactly(ArticleFlag.TEASER_ONLY);
        assertThat(a.warnings()).singleElement().asString().startsWith("teaser only:").contains("17 words");
    }

    @Test
    void twoShortParagraphsAreNotATeaser() {
        ParsedArticle a = article(parseFixture("flags.txt").get(2));

        assertThat(a.flags()).isEmpty();
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void bodyThatOnlyRepeatedTheTitleIsTeaserAndEmpty() {
        ParsedArticle a = article(parseFixture("title-suffix.txt").getFirst());

        assertThat(a.flags()).containsExactlyInAnyOrder(ArticleFlag.TEASER_ONLY, ArticleFlag.EMPTY_BODY);
        assertThat(a.warnings()).anyMatch(w -> w.startsWith("teaser only:"))
                .anyMatch(w -> w.startsWith("empty body:"));
    }

    @Test
    void singleParagraphOfFortyWordsIsNotATeaser() {
        String forty = String.join(" ", java.util.Collections.nCopies(40, "word"));
        ParsedArticle a = article(parse("Selected Articles\nLong enough\nShare The News\n" + forty + "\n").getFirst());

        assertThat(a.flags()).isEmpty();
    }

    @Test
    void blockWithOnlyATitleAtTheEndOfTheFileIsAccepted() {
        List<ParsedRecord> records = parse("Selected Articles\n\nTitle only, nothing after it\n");

        assertThat(records).hasSize(1);
        ParsedArticle a = article(records.getFirst());
        assertThat(a.title()).isEqualTo("Title only, nothing after it");
        assertThat(a.flags()).containsExactly(ArticleFlag.EMPTY_BODY);
    }

    @Test
    void bodyOfMetadataOnlyIsEmptyWithItsOwnWarning() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Statement on the river dredging
                Share The News
                  • By
                    River Board Press Office
                First published in River Board Bulletin
                """).getFirst());

        assertThat(a.flags()).containsExactly(ArticleFlag.EMPTY_BODY);
        assertThat(a.outlet().name()).isEqualTo("River Board Bulletin");
        assertThat(a.warnings()).singleElement().asString().startsWith("empty body:");
    }
}
