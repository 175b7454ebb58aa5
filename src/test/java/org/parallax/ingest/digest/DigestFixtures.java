package org.parallax.ingest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;

/** Test helpers: parse a fixture or a string, and look at the results the way a user would. */
final class DigestFixtures {

    private DigestFixtures() {}

    /** Parses {@code src/test/resources/fixtures/digest/<name>} (UTF-8, bytes as they are: BOM, CRLF…). */
    static List<ParsedRecord> parseFixture(String name) {
        InputStream in = DigestFixtures.class.getResourceAsStream("/fixtures/digest/" + name);
        assertThat(in).as("fixture %s", name).isNotNull();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ParsedRecord> parse(String text) {
        return parse(new StringReader(text));
    }

    static List<ParsedRecord> parse(Reader reader) {
        List<ParsedRecord> records = new ArrayList<>();
        try {
            new DigestParser().parse(reader, records::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** The article of an accepted record; fails the test when the record was rejected. */
    static ParsedArticle article(ParsedRecord record) {
        assertThat(record).isInstanceOf(ParsedRecord.Accepted.class);
        return ((ParsedRecord.Accepted) record).article();
    }

    /** All accepted articles, in order. */
    static List<ParsedArticle> articles(List<ParsedRecord> records) {
        return records.stream()
                .filter(ParsedRecord.Accepted.class::isInstance)
                .map(r -> ((ParsedRecord.Accepted) r).article())
                .toList();
    }

    /** The body's paragraphs, as the UI would show them. */
    static List<String> paragraphs(ParsedArticle article) {
        return article.body().isEmpty() ? List.of() : List.of(article.body().split("\n\n", -1));
    }

    /** The reason of a rejected record; fails the test when the record was accepted. */
    static String reason(ParsedRecord record) {
        assertThat(record).isInstanceOf(ParsedRecord.Rejected.class);
        return ((ParsedRecord.Rejected) record).reason();
    }
}
