package org.parallax.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.ingest.support.ParserFixtures.article;
import static org.parallax.ingest.support.ParserFixtures.parse;
import static org.parallax.ingest.support.ParserFixtures.parseFixture;
import static org.parallax.ingest.support.ParserFixtures.reason;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.UnreadableInputException;
import org.parallax.ingest.support.HostileReader;
import org.parallax.ingest.support.ParserFixtures.CountingReader;

/** Degenerate CSV: empty, header only, broken rows, huge fields; and rows stream out. */
class CsvParserRobustnessTest {

    @Test
    void emptyInputIsUnreadable() {
        assertThatThrownBy(() -> parse(new CsvParser(), ""))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("the input is empty: a CSV file needs a header row naming its columns");
        assertThatThrownBy(() -> parse(new CsvParser(), "\n \r\n"))
                .isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void headerOnlyGivesNoRecords() {
        assertThat(parse(new CsvParser(), "title,body,url\n")).isEmpty();
        assertThat(parse(new CsvParser(), "title,body,url")).isEmpty();
    }

    @Test
    void firstLineWithoutTitleColumnIsNotCsv() {
        assertThatThrownBy(() -> parse(new CsvParser(), "name,age\nAda,36\n"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("the input is not CSV Parallax can read: its first line is not a header row"
                        + " with a title column");
        assertThatThrownBy(() -> parse(new CsvParser(), "Ferry crews vote to strike,Crews voted.\n"))
                .isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void blankLinesBeforeTheHeaderAreSkippedAndRowsStillNamedByTheirLine() {
        List<ParsedRecord> records = parse(new CsvParser(), "\n\ntitle,body\n\nT,B\n");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("row 5");
    }

    @Test
    void truncatedLastRowIsRejectedAndTheOthersLand() {
        List<ParsedRecord> records = parseFixture(new CsvParser(), "tabular/truncated.csv");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("row 2", "row 3");
        assertThat(article(records.get(0)).title()).isEqualTo("First story");
        assertThat(reason(records.get(1)))
                .isEqualTo("the row is cut off: a quoted field is still open at the end of the file");
    }

    @Test
    void textAfterAClosingQuoteRejectsTheRowAndReadingGoesOnAtTheNextLine() {
        List<ParsedRecord> records = parse(new CsvParser(),
                "title,body\nGood one,Body one.\n\"Bad\" title,Body two.\nGood two,Body three.\n");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("row 2", "row 3", "row 4");
        assertThat(reason(records.get(1))).startsWith("malformed row: text after the closing quote of a field");
        assertThat(article(records.get(2)).title()).isEqualTo("Good two");
    }

    @Test
    void absurdlyLongTitleOrBodyRejectsTheRowOnly() {
        String longTitle = "t".repeat(5_000);
        String longBody = "b".repeat(1_000_001);
        List<ParsedRecord> records = parse(new CsvParser(), "title,body\n" + longTitle + ",x\nT," + longBody + "\nOk,Fine\n");

        assertThat(reason(records.get(0))).isEqualTo("title too long: 5,000 characters (at most 1,000)");
        assertThat(reason(records.get(1))).isEqualTo("body too long: 1,000,001 characters (at most 1,000,000)");
        assertThat(article(records.get(2)).title()).isEqualTo("Ok");
    }

    @Test
    void titleOfExactlyTheCapIsKept() {
        String title = "t".repeat(1_000);

        assertThat(article(parse(new CsvParser(), "title,url\n" + title + ",\n").getFirst()).title()).hasSize(1_000);
    }

    @Test
    void hugeFirstLineIsNotAHeader() {
        assertThatThrownBy(() -> parse(new CsvParser(), "x".repeat(100_000) + "\n"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("longer than 65,536 characters");
    }

    @Test
    void rowsReachTheSinkBeforeTheInputIsRead() throws IOException {
        StringBuilder text = new StringBuilder("title,body,outlet\n");
        for (int i = 1; i <= 5_000; i++) {
            text.append("Story ").append(i).append(",\"Body of story ").append(i)
                    .append(" with a few words in it.\",Gull Post\n");
        }
        CountingReader reader = new CountingReader(text.toString());
        List<Long> consumedAtEachRecord = new ArrayList<>();

        new CsvParser().parse(reader, record -> consumedAtEachRecord.add(reader.consumed));

        assertThat(consumedAtEachRecord).hasSize(5_000);
        assertThat(consumedAtEachRecord.getFirst()).isLessThan(text.length() / 2);
    }

    @Test
    void aValidRowAfterAMalformedRowWhoseTailOpensAQuoteStillLands() {
        List<ParsedRecord> records = parse(new CsvParser(), "title,body\nGood one,Body one.\n"
                + "\"Bad\" title,\"a tail with an odd quote\nGood two,Body two.\nGood three,Body three.\n");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("row 2", "row 3", "row 4", "row 5");
        assertThat(reason(records.get(1))).startsWith("malformed row: text after the closing quote of a field");
        assertThat(article(records.get(2)).title()).isEqualTo("Good two");
        assertThat(article(records.get(3)).title()).isEqualTo("Good three");
    }

    @Test
    void aMalformedRowSpanningLinesNamesEveryLineItSkipped() {
        List<ParsedRecord> records = parse(new CsvParser(), "title,body\n"
                + "Broken,\"first line\nsecond \"line\" here\nGood,Body.\n");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("row 2 (lines 2-3)", "row 4");
        assertThat(reason(records.get(0))).startsWith("malformed row");
        assertThat(article(records.get(1)).title()).isEqualTo("Good");
    }

    @Test
    void aTwentyMegabyteFieldIsRejectedWithoutBeingKeptAndTheNextRowLands() throws IOException {
        int huge = 20_000_000;
        HostileReader input = new HostileReader("title,body\nHuge,\"", 'x', huge, "\"\nNext,Fine.\n");
        List<ParsedRecord> records = new ArrayList<>();

        long before = HostileReader.allocatedByThisThread();
        new CsvParser().parse(input, records::add);
        long allocated = HostileReader.allocatedByThisThread() - before;

        assertThat(records).extracting(ParsedRecord::record).containsExactly("row 2", "row 3");
        assertThat(reason(records.get(0))).contains("too long").contains("20,000,007 characters");
        assertThat(article(records.get(1)).title()).isEqualTo("Next");
        assertThat(allocated).as("bytes allocated while reading a %,d-character field", huge).isLessThan(huge);
    }
}
