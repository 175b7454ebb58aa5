package org.parallax.ingest.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parallax.bench.SyntheticCorpus;
import org.parallax.ingest.ArticleParser;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.digest.DigestParser;
import org.parallax.ingest.feed.FeedParser;
import org.parallax.ingest.html.HtmlArticleParser;
import org.parallax.ingest.support.LegacyPlainText;
import org.parallax.ingest.support.ParserFixtures;
import org.parallax.ingest.support.PlainText;
import org.parallax.text.EquivalenceTexts;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parsing computes what it computed before the reader-thread optimisation: {@link LineReader} and {@link PlainText}
 * agree with their frozen copies ({@link LegacyLineReader}, {@link LegacyPlainText}) on random input, and the
 * records the parsers make of a varied corpus (generated JSON Lines with edge-case titles and bodies, every JSON
 * Lines, CSV, feed, HTML and digest fixture) have the digest they had with the code before the optimisation.
 */
class ParsingEquivalenceTest {

    /** SHA-256 of {@link #renderAll()}, computed with the code of commit 6e3f64f (before the optimisation). */
    static final String RECORDS_DIGEST = "594e6289edd9eda030a2147d39999bada79b70eb64806b934833d9e402fac27b";

    @Test
    void plainTextIsUnchanged() {
        for (String t : EquivalenceTexts.all()) {
            assertThat(PlainText.normalizeSpaces(t)).as("normalizeSpaces %s", t).isEqualTo(LegacyPlainText.normalizeSpaces(t));
            assertThat(PlainText.isBlank(t)).as("isBlank %s", t).isEqualTo(LegacyPlainText.isBlank(t));
            assertThat(PlainText.clean(t)).isEqualTo(LegacyPlainText.clean(t));
            assertThat(PlainText.paragraphs(t)).as("paragraphs %s", t).isEqualTo(LegacyPlainText.paragraphs(t));
        }
        assertThat(PlainText.normalizeSpaces(null)).isEqualTo(LegacyPlainText.normalizeSpaces(null));
        assertThat(PlainText.isBlank(null)).isEqualTo(LegacyPlainText.isBlank(null));
    }

    @Test
    void linesAreReadAsBefore() throws IOException {
        Random random = new Random(9);
        String[] pieces = {"a", "bc", "\n", "\r", "\r\n", "\n\n", "\r\r\n", "x".repeat(70), "\u00E9", "\uFEFF", " "};
        for (int k = 0; k < 400; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = k % 50 == 0 ? sb.toString().repeat(3000) : sb.toString();
            int cap = 1 + random.nextInt(k % 2 == 0 ? 100 : 100_000);
            long seed = random.nextLong();
            LineReader lines = new LineReader(new ChoppyReader(input, seed), cap);
            LegacyLineReader legacy = new LegacyLineReader(new ChoppyReader(input, seed), cap);
            while (true) {
                LineReader.Line line = lines.next();
                LegacyLineReader.Line expected = legacy.next();
                if (expected == null) {
                    assertThat(line).isNull();
                    break;
                }
                assertThat(line).isNotNull();
                assertThat(line.number()).isEqualTo(expected.number());
                assertThat(line.text()).isEqualTo(expected.text());
                assertThat(line.length()).isEqualTo(expected.length());
            }
        }
    }

    @Test
    void recordsAreParsedAsBefore() throws Exception {
        String rendered = renderAll();
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(rendered.getBytes(StandardCharsets.UTF_8)));
        System.out.println("ParsingEquivalenceTest records digest " + digest + " over " + rendered.length() + " chars");
        assertThat(digest).isEqualTo(RECORDS_DIGEST);
    }

    /** Every parsed record of the corpus, rendered as text (flags sorted, so the rendering is deterministic). */
    static String renderAll() throws IOException {
        StringBuilder out = new StringBuilder();
        Path file = Files.createTempFile("parallax-equivalence", ".jsonl");
        try {
            new SyntheticCorpus(42, 30_000).write(file, 200, 400);
            render(out, new JsonLinesParser(), Files.readString(file, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
        }
        render(out, new JsonLinesParser(), edgeCaseLines());
        for (String fixture : List.of("tabular/articles.jsonl", "compare/port-strike.jsonl")) {
            render(out, new JsonLinesParser(), ParserFixtures.fixtureText(fixture));
        }
        for (String fixture : List.of("tabular/articles.csv", "tabular/mediacloud.csv", "tabular/semicolon.csv",
                "tabular/truncated.csv", "tabular/tabs.tsv")) {
            render(out, new CsvParser(), ParserFixtures.fixtureText(fixture));
        }
        for (String fixture : List.of("feed/atom.xml", "feed/rss2.xml", "feed/malformed.xml")) {
            render(out, new FeedParser(), ParserFixtures.fixtureText(fixture));
        }
        for (String fixture : List.of("html/density.html", "html/title-suffix.html", "html/og-only.html",
                "html/jsonld-article.html")) {
            render(out, new HtmlArticleParser(), ParserFixtures.fixtureText(fixture));
        }
        for (String fixture : List.of("digest/captions.txt", "digest/layout.txt", "digest/flags.txt",
                "digest/bad-blocks.txt", "digest/nbsp-whitespace.txt", "digest/bullets.txt", "digest/preamble.txt",
                "digest/footers.txt", "digest/title-suffix.txt", "digest/crlf-bom.txt", "digest/not-a-digest.txt",
                "import/river-digest.txt")) {
            render(out, new DigestParser(), ParserFixtures.fixtureText(fixture));
        }
        return out.toString();
    }

    /** JSON Lines whose titles, bodies and other fields are edge cases and random texts, with a few broken lines. */
    private static String edgeCaseLines() {
        JsonMapper json = JsonMapper.builder().build();
        List<String> pool = new ArrayList<>(EquivalenceTexts.edgeCases());
        pool.addAll(EquivalenceTexts.pieceSoup(21, 300, 80));
        pool.addAll(EquivalenceTexts.charSoup(22, 200, 80));
        for (String[] a : EquivalenceTexts.articles()) {
            pool.add(a[0]);
            pool.add(a[1]);
        }
        Random random = new Random(23);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < pool.size(); i++) {
            ObjectNode node = json.createObjectNode();
            node.put(random.nextBoolean() ? "title" : "Headline", pool.get(random.nextInt(pool.size())));
            node.put(random.nextInt(4) == 0 ? "text" : "body", pool.get(i));
            if (random.nextBoolean()) {
                node.put("outlet", pool.get(random.nextInt(pool.size())));
            }
            if (random.nextBoolean()) {
                node.put("url", "https://example.org/" + i);
            }
            if (random.nextInt(3) == 0) {
                node.put("byline", pool.get(random.nextInt(pool.size())));
            }
            if (random.nextInt(3) == 0) {
                node.put("published_at", random.nextBoolean() ? "2024-03-0" + (1 + i % 9) + "T10:00:00Z" : pool.get(i));
            }
            lines.append(json.writeValueAsString(node)).append(i % 17 == 0 ? "\r\n" : "\n");
            if (i % 97 == 0) {
                lines.append("{\"title\": broken\n \n[1, 2]\n\"just a string\"\n");
            }
        }
        return lines.toString();
    }

    private static void render(StringBuilder out, ArticleParser parser, String input) {
        try {
            parser.parse(new StringReader(input), r -> render(out, r));
        } catch (IOException | RuntimeException e) {
            out.append("FAILED ").append(e).append('\n');
        }
    }

    private static void render(StringBuilder out, ParsedRecord record) {
        switch (record) {
            case ParsedRecord.Rejected r -> out.append("REJECTED|").append(r.record()).append('|').append(r.reason());
            case ParsedRecord.Accepted a -> {
                ParsedArticle p = a.article();
                out.append("ACCEPTED|").append(a.record()).append('|').append(p.title()).append('|').append(p.body())
                        .append('|').append(p.outlet()).append('|').append(p.upstreamSource()).append('|')
                        .append(p.byline()).append('|').append(p.url()).append('|').append(p.publishedAt()).append('|')
                        .append(p.publishedZone()).append('|').append(p.language()).append('|')
                        .append(new TreeSet<>(p.flags())).append('|').append(p.warnings());
            }
        }
        out.append('\n');
    }

    /** A reader that hands out its text in random-sized chunks, to move line ends across buffer boundaries. */
    private static final class ChoppyReader extends Reader {
        private final String text;
        private final Random random;
        private int pos;

        ChoppyReader(String text, long seed) {
            this.text = text;
            this.random = new Random(seed);
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (pos == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, text.length() - pos), 1 + random.nextInt(random.nextBoolean() ? 8 : 70_000));
            text.getChars(pos, pos + n, buffer, offset);
            pos += n;
            return n;
        }

        @Override
        public void close() {}
    }
}
