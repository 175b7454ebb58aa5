package org.parallax.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.ingest.support.ParserFixtures.article;
import static org.parallax.ingest.support.ParserFixtures.parse;
import static org.parallax.ingest.support.ParserFixtures.reason;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.UnreadableInputException;
import org.parallax.ingest.support.ParserFixtures.CountingReader;

/** Degenerate JSON Lines: empty, not JSON Lines, bad lines, huge lines and fields; and lines stream out. */
class JsonLinesParserRobustnessTest {

    @Test
    void emptyInputIsUnreadable() {
        assertThatThrownBy(() -> parse(new JsonLinesParser(), ""))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("the input is empty: JSON Lines needs one JSON object per line");
        assertThatThrownBy(() -> parse(new JsonLinesParser(), "\n  \r\n\n"))
                .isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void jsonArrayIsNotJsonLines() {
        assertThatThrownBy(() -> parse(new JsonLinesParser(), "[{\"title\":\"a\"},\n{\"title\":\"b\"}]"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("the input is a JSON array, not JSON Lines (one JSON object per line)");
    }

    @Test
    void csvIsNotJsonLines() {
        assertThatThrownBy(() -> parse(new JsonLinesParser(), "\ntitle,body\nA,B\n"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("the input is not JSON Lines: its first line (line 2) is not a JSON object");
    }

    @Test
    void brokenFirstObjectIsOnlyARejectedLine() {
        List<ParsedRecord> records = parse(new JsonLinesParser(), "{\"title\": \"cut\n{\"title\": \"ok\"}\n");

        assertThat(reason(records.get(0))).startsWith("not valid JSON: ");
        assertThat(article(records.get(1)).title()).isEqualTo("ok");
    }

    @Test
    void trailingGarbageAfterTheObjectIsInvalid() {
        List<ParsedRecord> records = parse(new JsonLinesParser(), "{\"title\": \"a\"} {\"title\": \"b\"}\n");

        assertThat(reason(records.getFirst())).startsWith("not valid JSON: ");
    }

    @Test
    void scalarLinesAreRejected() {
        List<ParsedRecord> records = parse(new JsonLinesParser(), "{\"title\":\"a\"}\n\"text\"\n42\nnull\ntrue\n");

        assertThat(records).extracting(r -> r instanceof ParsedRecord.Rejected rej ? rej.reason() : "ok")
                .containsExactly("ok", "not valid JSON: expected an object, found a string",
                        "not valid JSON: expected an object, found a number",
                        "not valid JSON: expected an object, found null",
                        "not valid JSON: expected an object, found a boolean");
    }

    @Test
    void crlfLineEndsAndBom() {
        List<ParsedRecord> records = parse(new JsonLinesParser(), "\uFEFF{\"title\":\"a\"}\r\n\r\n{\"title\":\"b\"}\r\n");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("line 1", "line 3");
    }

    @Test
    void absurdlyLongFieldsRejectTheLineOnly() {
        String longTitle = "t".repeat(5_000);
        String longBody = "b".repeat(1_000_001);
        List<ParsedRecord> records = parse(new JsonLinesParser(),
                "{\"title\":\"" + longTitle + "\"}\n{\"title\":\"T\",\"body\":\"" + longBody + "\"}\n{\"title\":\"Ok\"}\n");

        assertThat(reason(records.get(0))).isEqualTo("title too long: 5,000 characters (at most 1,000)");
        assertThat(reason(records.get(1))).isEqualTo("body too long: 1,000,001 characters (at most 1,000,000)");
        assertThat(article(records.get(2)).title()).isEqualTo("Ok");
    }

    @Test
    void lineOverTheLineCapIsRejectedWithoutBeingKept() {
        String huge = "{\"title\":\"T\",\"body\":\"" + "w".repeat(JsonLinesParser.MAX_LINE_CHARS) + "\"}";
        List<ParsedRecord> records = parse(new JsonLinesParser(), "{\"title\":\"first\"}\n" + huge + "\n{\"title\":\"Ok\"}\n");

        assertThat(records).extracting(ParsedRecord::record).containsExactly("line 1", "line 2", "line 3");
        assertThat(reason(records.get(1))).isEqualTo("line too long: 8,000,023 characters (at most 8,000,000)");
        assertThat(article(records.get(2)).title()).isEqualTo("Ok");
    }

    @Test
    void linesReachTheSinkBeforeTheInputIsRead() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 5_000; i++) {
            text.append("{\"title\":\"Story ").append(i).append("\",\"body\":\"Body of story ").append(i)
                    .append(" with a few words in it.\",\"outlet\":\"Gull Post\"}\n");
        }
        CountingReader reader = new CountingReader(text.toString());
        List<Long> consumedAtEachRecord = new ArrayList<>();

        new JsonLinesParser().parse(reader, record -> consumedAtEachRecord.add(reader.consumed));

        assertThat(consumedAtEachRecord).hasSize(5_000);
        assertThat(consumedAtEachRecord.getFirst()).isLessThan(text.length() / 2);
    }
}
