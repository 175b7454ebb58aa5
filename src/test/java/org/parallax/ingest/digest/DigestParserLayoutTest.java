package org.parallax.ingest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.ingest.digest.DigestFixtures.article;
import static org.parallax.ingest.digest.DigestFixtures.articles;
import static org.parallax.ingest.digest.DigestFixtures.paragraphs;
import static org.parallax.ingest.digest.DigestFixtures.parse;
import static org.parallax.ingest.digest.DigestFixtures.parseFixture;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ImportFormat;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.UnreadableInputException;

/** Block splitting, titles, record names and paragraph structure. */
class DigestParserLayoutTest {

    @Test
    void formatIsDigest() {
        assertThat(new DigestParser().format()).isEqualTo(ImportFormat.DIGEST);
    }

    @Test
    void splitsBlocksOnSelectedArticlesAndNamesThemByBlockAndLine() {
        List<ParsedRecord> records = parseFixture("layout.txt");

        assertThat(records).extracting(ParsedRecord::record)
                .containsExactly("block 1 (line 1)", "block 2 (line 14)", "block 3 (line 27)");
        assertThat(articles(records)).extracting(ParsedArticle::title).containsExactly(
                "Harbour cranes return to service after winter storm",
                "Rail link between Orvale and Tesk reopens",
                "Glass makers of Pelling mark four hundred years");
    }

    @Test
    void keepsParagraphsApartAndDropsShareTheNews() {
        ParsedArticle first = article(parseFixture("layout.txt").getFirst());

        assertThat(paragraphs(first)).hasSize(3);
        assertThat(paragraphs(first).getFirst()).startsWith("Port workers in the town of Lessmark");
        assertThat(paragraphs(first).get(1)).startsWith("“We lost nearly a month of loading,”");
        assertThat(first.body()).doesNotContain("Share The News").doesNotStartWith("\n").doesNotEndWith("\n");
        assertThat(first.flags()).isEmpty();
        assertThat(first.warnings()).isEmpty();
    }

    @Test
    void severalBlankLinesAfterShareTheNewsAreJustOneBreak() {
        ParsedArticle second = article(parseFixture("layout.txt").get(1));

        assertThat(paragraphs(second)).hasSize(2);
        assertThat(paragraphs(second).getFirst()).startsWith("Trains ran again on the mountain line");
    }

    @Test
    void lastBlockWithoutShareTheNewsOrFinalNewlineIsComplete() {
        ParsedArticle last = article(parseFixture("layout.txt").get(2));

        assertThat(paragraphs(last)).hasSize(2);
        assertThat(paragraphs(last).get(1)).endsWith("lit only once a year for the festival.");
    }

    @Test
    void readsCrlfWithByteOrderMark() {
        List<ParsedRecord> records = parseFixture("crlf-bom.txt");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("block 1 (line 1)", "block 2 (line 12)");
        ParsedArticle first = article(records.getFirst());
        assertThat(first.title()).isEqualTo("Night buses added for the autumn fair");
        assertThat(first.body()).doesNotContain("\r").doesNotContain("\uFEFF");
        assertThat(paragraphs(first)).hasSize(2);
        assertThat(article(records.get(1)).body()).endsWith("the schools’ electricity bills.");
    }

    @Test
    void toleratesNoBreakSpacesAndIndentationAroundMarkersAndInText() {
        List<ParsedRecord> records = parseFixture("nbsp-whitespace.txt");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("block 1 (line 1)", "block 2 (line 12)");
        ParsedArticle first = article(records.getFirst());
        assertThat(first.title()).isEqualTo("Community garden wins city grant");
        assertThat(paragraphs(first)).containsExactly(
                "The community garden on Fenwick Street has won a city grant to build a greenhouse and a tool shed,"
                        + " the parks department said.",
                "Volunteers plan to start building in March, and the greenhouse should be ready for seedlings by"
                        + " late April.");
        assertThat(first.body()).doesNotContain("\u00A0").doesNotContain("Share");
        assertThat(article(records.get(1)).title()).isEqualTo("Library extends weekend opening hours");
    }

    @Test
    void consecutiveLinesFormOneParagraph() {
        ParsedArticle a = article(parse("""
                Selected Articles
                Canal boats get a new lock keeper
                Share The News
                The canal trust hired a new lock keeper for the upper locks,
                a former bargeman who grew up on the water.

                She starts on Monday.
                """).getFirst());

        assertThat(paragraphs(a)).containsExactly(
                "The canal trust hired a new lock keeper for the upper locks, a former bargeman who grew up on the"
                        + " water.",
                "She starts on Monday.");
    }

    @Test
    void keepsCurlyQuotesAndApostrophesInBody() {
        ParsedArticle first = article(parseFixture("layout.txt").getFirst());

        assertThat(first.body()).contains("“We lost nearly a month of loading,”");
    }

    @Test
    void ignoresPreambleWithAWarningWhenItHasText() {
        List<ParsedRecord> records = parseFixture("preamble.txt");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("block 1 (line 4)");
        ParsedArticle a = article(records.getFirst());
        assertThat(a.title()).isEqualTo("Orchard owners count losses after late frost");
        assertThat(a.body()).doesNotContain("Reading group export");
        assertThat(a.warnings()).singleElement().asString()
                .contains("before the first \"Selected Articles\"")
                .contains("lines 1-3")
                .contains("Reading group export");
    }

    @Test
    void blankPreambleGivesNoWarning() {
        ParsedArticle a = article(parse("\n  \u00A0\n\t\n---\nSelected Articles\n\nA title\n\nShare The News\n\n"
                + "A first paragraph.\n\nA second paragraph.\n").getFirst());

        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void preambleWarningGoesToFirstAcceptedRecord() {
        List<ParsedRecord> records = parse("Exported on Monday\nSelected Articles\n\nSelected Articles\n"
                + "Second block title\nShare The News\nText.\n");

        assertThat(records.getFirst()).isInstanceOf(ParsedRecord.Rejected.class);
        assertThat(article(records.get(1)).warnings()).anyMatch(w -> w.contains("Exported on Monday"));
    }

    @Test
    void preambleWarningIsNotLostWhenNoBlockIsAccepted() {
        List<ParsedRecord> records = parse("Exported on Monday\nSelected Articles\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).record()).isEqualTo("text before block 1");
        assertThat(DigestFixtures.reason(records.get(1))).contains("Exported on Monday");
    }

    @Test
    void lineNumbersCountCrLfAndLoneCrAsOneBreak() {
        String text = "Selected Articles\r\nFirst\r\nShare The News\r\nBody one.\r\n"
                + "Selected Articles\rSecond\rShare The News\rBody two.\r"
                + "Selected Articles\nThird\n";

        assertThat(parse(text)).extracting(ParsedRecord::record)
                .containsExactly("block 1 (line 1)", "block 2 (line 5)", "block 3 (line 9)");
    }

    @Test
    void titleIsFirstNonBlankLineWithSpacesNormalised() {
        ParsedArticle a = article(parse("Selected Articles\n\n \u00A0\n  Wind   farm\u00A0plan approved  \n"
                + "Share The News\nThe plan was approved.\n").getFirst());

        assertThat(a.title()).isEqualTo("Wind farm plan approved");
    }

    @Test
    void titleWithoutShareTheNewsLineStillLeavesTheBody() {
        ParsedArticle a = article(parse("Selected Articles\nBridge closed for repairs\n\nThe bridge is closed.\n")
                .getFirst());

        assertThat(a.title()).isEqualTo("Bridge closed for repairs");
        assertThat(a.body()).isEqualTo("The bridge is closed.");
    }

    @Test
    void markerIsMatchedWholeLineOnly() {
        List<ParsedRecord> records = parse("Selected Articles\nReaders' picks\nShare The News\n"
                + "Our Selected Articles for the week are below.\n");

        assertThat(records).hasSize(1);
        assertThat(article(records.getFirst()).body()).isEqualTo("Our Selected Articles for the week are below.");
    }

    @Test
    void emptyInputIsNotADigest() {
        assertThatThrownBy(() -> parse(""))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("no \"Selected Articles\" block found: is this a digest?");
    }

    @Test
    void whitespaceOnlyInputIsNotADigest() {
        assertThatThrownBy(() -> parse("  \n\u00A0\r\n\t\n"))
                .isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void textWithoutMarkerIsNotADigest() {
        assertThatThrownBy(() -> parseFixture("not-a-digest.txt"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("is this a digest?");
    }

    @Test
    void byteOrderMarkAloneBeforeMarkerIsFine() {
        List<ParsedRecord> records = parse("\uFEFFSelected Articles\nTitle after a BOM\nShare The News\n");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("block 1 (line 1)");
        assertThat(article(records.getFirst()).title()).isEqualTo("Title after a BOM");
    }
}
