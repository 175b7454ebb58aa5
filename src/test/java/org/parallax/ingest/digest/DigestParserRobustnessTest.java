package org.parallax.ingest.digest;

import org.parallax.ingest.support.ParserFixtures.CountingReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.digest.DigestFixtures.article;
import static org.parallax.ingest.digest.DigestFixtures.parse;
import static org.parallax.ingest.digest.DigestFixtures.parseFixture;
import static org.parallax.ingest.digest.DigestFixtures.reason;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFlag;
import org.parallax.ingest.ParsedRecord;

/** Bad blocks are rejected one by one; huge lines cost bounded memory; records stream out. */
class DigestParserRobustnessTest {

    private static final String NEXT_BLOCK = "Selected Articles\nThe next block is fine\nShare The News\n"
            + "It has a short body.\n";

    @Test
    void blocksWithoutTitleAreRejectedAndTheOthersRead() {
        List<ParsedRecord> records = parseFixture("bad-blocks.txt");

        assertThat(records).extracting(ParsedRecord::record).containsExactly(
                "block 1 (line 1)", "block 2 (line 8)", "block 3 (line 9)", "block 4 (line 12)");
        assertThat(reason(records.get(0))).isEqualTo("no title: \"Share The News\" comes right after"
                + " \"Selected Articles\"");
        assertThat(reason(records.get(1))).isEqualTo("no title: the block is empty");
        assertThat(article(records.get(2)).title()).isEqualTo("A title with nothing after it");
        assertThat(article(records.get(2)).flags()).containsExactly(ArticleFlag.EMPTY_BODY);
        assertThat(article(records.get(3)).title()).isEqualTo("Bakers in Orlen win the county prize");
    }

    @Test
    void markerAloneIsOneRejectedBlock() {
        List<ParsedRecord> records = parse("Selected Articles");

        assertThat(records).hasSize(1);
        assertThat(reason(records.getFirst())).startsWith("no title");
    }

    @Test
    void fiveMegabyteTitleIsRejectedAndTheNextBlockRead() {
        String huge = "x".repeat(5_000_000);
        List<ParsedRecord> records = parse("Selected Articles\n" + huge + "\nShare The News\nBody.\n" + NEXT_BLOCK);

        assertThat(records).hasSize(2);
        assertThat(reason(records.getFirst())).startsWith("title too long").contains("5,000,000").contains("1,000");
        assertThat(article(records.get(1)).title()).isEqualTo("The next block is fine");
    }

    @Test
    void titleOfExactlyTheCapIsKept() {
        String title = "T" + "t".repeat(DigestParser.MAX_TITLE_CHARS - 1);
        List<ParsedRecord> records = parse("Selected Articles\n" + title + "\nSelected Articles\n" + title + "t\n");

        assertThat(article(records.getFirst()).title()).hasSize(DigestParser.MAX_TITLE_CHARS);
        assertThat(reason(records.get(1))).startsWith("title too long");
    }

    @Test
    void fiveMegabyteBodyLineIsRejectedAndTheNextBlockRead() {
        String huge = "word ".repeat(1_000_000);
        List<ParsedRecord> records = parse("Selected Articles\nA title\nShare The News\n" + huge + "\n" + NEXT_BLOCK);

        assertThat(records).hasSize(2);
        assertThat(reason(records.getFirst())).startsWith("body too long").contains("1,000,000");
        assertThat(article(records.get(1)).title()).isEqualTo("The next block is fine");
    }

    @Test
    void bodyOfManyLinesOverTheCapIsRejected() {
        StringBuilder text = new StringBuilder("Selected Articles\nA title\nShare The News\n");
        String line = "a line of body text that is exactly fifty chars ok\n";
        for (int i = 0; i < 21_000; i++) {
            text.append(line);
        }
        List<ParsedRecord> records = parse(text + NEXT_BLOCK);

        assertThat(reason(records.getFirst())).startsWith("body too long");
        assertThat(records.get(1)).isInstanceOf(ParsedRecord.Accepted.class);
    }

    @Test
    void hugeLineWithoutMarkerIsStillNotADigest() {
        String huge = "y".repeat(3_000_000);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse(huge))
                .isInstanceOf(org.parallax.ingest.UnreadableInputException.class);
    }

    @Test
    void recordsReachTheSinkBeforeTheInputIsRead() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            text.append("Selected Articles\n\nStory number ").append(i).append("\n\nShare The News\n\n")
                    .append("Paragraph of story ").append(i).append(" with a few words in it.\n\n");
        }
        CountingReader reader = new CountingReader(text.toString());
        List<Long> consumedAtEachRecord = new ArrayList<>();

        new DigestParser().parse(reader, record -> consumedAtEachRecord.add(reader.consumed));

        assertThat(consumedAtEachRecord).hasSize(300);
        assertThat(consumedAtEachRecord.getFirst()).isLessThan(text.length() / 2);
    }
}
