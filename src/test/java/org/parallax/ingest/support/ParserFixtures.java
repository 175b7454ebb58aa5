package org.parallax.ingest.support;

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
import org.parallax.ingest.ArticleParser;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;

/** Test helpers for the format parsers: parse a fixture or a string, and look at the results as a user would. */
public final class ParserFixtures {

    private ParserFixtures() {}

    /** Parses {@code src/test/resources/fixtures/<path>} (UTF-8, bytes as they are). */
    public static List<ParsedRecord> parseFixture(ArticleParser parser, String path) {
        try (Reader reader = new InputStreamReader(resource(path), StandardCharsets.UTF_8)) {
            return parse(parser, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a fixture (UTF-8). */
    public static String fixtureText(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = ParserFixtures.class.getResourceAsStream("/fixtures/" + path);
        assertThat(in).as("fixture %s", path).isNotNull();
        return in;
    }

    public static List<ParsedRecord> parse(ArticleParser parser, String text) {
        return parse(parser, new StringReader(text));
    }

    public static List<ParsedRecord> parse(ArticleParser parser, Reader reader) {
        List<ParsedRecord> records = new ArrayList<>();
        try {
            parser.parse(reader, records::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** The article of an accepted record; fails the test when the record was rejected. */
    public static ParsedArticle article(ParsedRecord record) {
        assertThat(record).isInstanceOf(ParsedRecord.Accepted.class);
        return ((ParsedRecord.Accepted) record).article();
    }

    /** All accepted articles, in order. */
    public static List<ParsedArticle> articles(List<ParsedRecord> records) {
        return records.stream()
                .filter(ParsedRecord.Accepted.class::isInstance)
                .map(r -> ((ParsedRecord.Accepted) r).article())
                .toList();
    }

    /** The body's paragraphs, as the UI would show them. */
    public static List<String> paragraphs(ParsedArticle article) {
        return article.body().isEmpty() ? List.of() : List.of(article.body().split("\n\n", -1));
    }

    /** The reason of a rejected record; fails the test when the record was accepted. */
    public static String reason(ParsedRecord record) {
        assertThat(record).isInstanceOf(ParsedRecord.Rejected.class);
        return ((ParsedRecord.Rejected) record).reason();
    }

    /** A reader that tells how many characters were taken from it, to check that parsers stream. */
    public static final class CountingReader extends Reader {
        private final StringReader in;
        public long consumed;

        public CountingReader(String text) {
            this.in = new StringReader(text);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                consumed += n;
            }
            return n;
        }

        @Override
        public void close() {
            in.close();
        }
    }
}
