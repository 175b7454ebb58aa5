package org.parallax.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Comparison;
import org.parallax.analysis.ComparisonService;
import org.parallax.event.EventService;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server-side time to compute the comparison of an event, as the corpus grows
 * ({@code -Dbench.background=100000}) and as the event grows (5, 10, 20 articles of
 * {@code -Dbench.eventWords=700} words). Run with {@code ./mvnw -Pbench test -Dtest=ComparisonBenchmarkTest}.
 *
 * <p>The events are imported through the real pipeline, so their derived features are real. The
 * background corpus is written by SQL ({@code generate_series}) at the size of real articles (600
 * words: 150 distinct terms, 10 sentences with 60 shingles each, corpus statistics over a
 * 30,000-term vocabulary): the comparison never reads background rows, only the corpus statistics by
 * key, so what the background adds is table and index size, which this reproduces at a fraction of
 * the time a full import would take. Prints p50/p95/max over 40 runs after 5 warm-ups.
 */
@Tag("bench")
@SpringBootTest
class ComparisonBenchmarkTest {

    @Autowired ImportService imports;
    @Autowired EventService events;
    @Autowired ComparisonService comparisons;
    @Autowired DataSource dataSource;

    @Test
    void comparisonTimeGrowsWithTheEventNotTheCorpus() throws Exception {
        int background = Integer.getInteger("bench.background", 100_000);
        int words = Integer.getInteger("bench.eventWords", 700);
        CleanDatabase.truncate(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<Integer, Long> eventBySize = new LinkedHashMap<>();
        for (int size : new int[] {5, 10, 20}) {
            eventBySize.put(size, importEvent(size, words, size));
        }
        jdbc.execute("analyze"); // planner statistics, as the app's imports keep them
        for (int i = 0; i < 10; i++) { // JIT warm-up over every size before anything is timed
            eventBySize.values().forEach(comparisons::compare);
        }
        System.out.println("== Comparison benchmark (event words per article: " + words + ")");
        report("empty background", eventBySize, jdbc);
        long t0 = System.nanoTime();
        fillBackground(jdbc, background);
        System.out.printf("background of %,d articles written in %.1f s%n", background, (System.nanoTime() - t0) / 1e9);
        report(String.format("%,d background articles", background), eventBySize, jdbc);
    }

    private void report(String label, Map<Integer, Long> eventBySize, JdbcTemplate jdbc) {
        long articles = jdbc.queryForObject("select count(*) from article", Long.class);
        for (var e : eventBySize.entrySet()) {
            long[] ms = time(e.getValue());
            Comparison c = comparisons.compare(e.getValue()).orElseThrow();
            System.out.printf("%s (%,d articles in DB) | event of %2d articles, %,d words | p50 %4d ms | p95 %4d ms | max %4d ms "
                            + "| %d passages, %d quotes, %d actors%n", label, articles, e.getKey(),
                    c.articles().stream().mapToInt(a -> a.words()).sum(), ms[0], ms[1], ms[2], c.sharedPassages().size(),
                    c.quotes().size(), c.actors().size());
        }
    }

    private long[] time(long eventId) {
        for (int i = 0; i < 5; i++) {
            comparisons.compare(eventId);
        }
        long[] runs = new long[40];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            comparisons.compare(eventId).orElseThrow();
            runs[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(runs);
        return new long[] {runs[runs.length / 2], runs[(int) Math.ceil(runs.length * 0.95) - 1], runs[runs.length - 1]};
    }

    /** An event of {@code size} articles by different outlets: shared wire paragraphs, quotes, names, hedges, own text. */
    private long importEvent(int size, int words, long seed) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(seed, 8000);
        Random random = new Random(seed);
        String[] topic = {corpus.word(), corpus.word(), corpus.word()};
        List<String> wire = List.of(corpus.sentence(topic) + " " + corpus.sentence(topic), corpus.sentence(topic) + " " + corpus.sentence(topic));
        String[] speakers = {"Mara Quell", "Ivo Brant", "Sabine Ortolan", "Yanek Oresh"};
        List<String> quotes = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            quotes.add(corpus.sentence(topic).replaceAll("\\.$", ""));
        }
        String[] labels = {"blockade", "checkpoint", "closure", "allegedly", "so-called", "claimed", "admitted"};
        StringBuilder jsonl = new StringBuilder();
        for (int a = 0; a < size; a++) {
            StringBuilder body = new StringBuilder();
            int count = 0;
            int paragraph = 0;
            while (count < words) {
                String text;
                switch (paragraph++ % 5) {
                    case 0 -> text = wire.get(paragraph / 5 % wire.size());
                    case 1 -> {
                        String speaker = speakers[random.nextInt(speakers.length)];
                        text = "\u201c" + quotes.get(random.nextInt(quotes.size())) + ",\u201d said " + speaker + ".";
                    }
                    case 2 -> text = corpus.sentence(topic) + " Officials " + labels[random.nextInt(labels.length)] + " "
                            + corpus.sentence(topic);
                    default -> text = corpus.sentence(topic) + " " + corpus.sentence(topic);
                }
                body.append(text).append("\n\n");
                count += text.split("\\s+").length;
            }
            jsonl.append(String.format("{\"outlet\": \"Bench Outlet %d\", \"title\": \"%s\", \"published_at\": \"2026-04-%02dT%02d:00:00Z\", "
                            + "\"body\": \"%s\"}%n", a, corpus.sentence(topic).replace("\"", ""), 1 + (int) (seed % 27), a % 24,
                    body.toString().replace("\\", "").replace("\"", "\\\"").replace("\n", "\\n")));
        }
        ImportReport report = imports.importStream("event-" + size + ".jsonl",
                new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)), null);
        if (report.articleIds().size() != size) {
            throw new IllegalStateException("Imported " + report.articleIds().size() + " of " + size + ": " + report);
        }
        return org.parallax.analysis.ComparisonFixture.oneEvent(events, report.articleIds());
    }

    private static void fillBackground(JdbcTemplate jdbc, int n) {
        long user = jdbc.queryForObject("select min(id) from app_user", Long.class);
        jdbc.update("""
                insert into article (title, body, word_count, content_hash, created_by, published_at)
                select 'Background article ' || g, repeat('background words of an unrelated article ', 90), 600,
                       md5(g::text) || md5((g + 7)::text), ?, timestamptz '2025-01-01' + g * interval '5 minutes'
                from generate_series(1, ?) g""", user, n);
        jdbc.update("""
                insert into article_terms (article_id, body_terms, body_counts, title_terms, title_counts)
                select a.id, t.terms, t.counts, '{}', '{}'
                from article a cross join lateral (
                    select array_agg(distinct 'bg' || floor(power(random(), 2) * 30000)::int) as terms,
                           array_fill(4, array[150]) as counts
                    from generate_series(1, 150) where a.id > 0) t
                where a.title like 'Background article %'""");
        jdbc.update("""
                insert into article_sentence (article_id, ordinal, begin_offset, end_offset, shingles)
                select a.id, s, s * 360, s * 360 + 360,
                       (select array_agg((random() * 9.2e18)::bigint) from generate_series(1, 60) where s >= 0)
                from article a, generate_series(0, 9) s
                where a.title like 'Background article %'""");
        jdbc.update("""
                insert into term_stat (term, document_count, term_count)
                select 'bg' || g, 1 + (? / (g + 1)), 4 * (1 + (? / (g + 1))) from generate_series(0, 29999) g
                on conflict (term) do nothing""", n, n);
        jdbc.update("update term_stat set document_count = document_count + ?, term_count = term_count + ? where term = ''", n, 600L * n);
        jdbc.execute("analyze");
    }
}
