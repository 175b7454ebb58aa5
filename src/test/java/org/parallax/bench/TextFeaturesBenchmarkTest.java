package org.parallax.bench;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFeatureExtractor;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.tabular.JsonLinesParser;
import org.parallax.text.ContentHash;
import org.parallax.text.WordCounter;

/**
 * The import reader thread's CPU cost per article, without a database: parse a generated JSON Lines corpus
 * ({@code -Dbench.articles=3000}, {@code -Dbench.words=600}), then for each article what
 * {@code RecordPreparer.prepare} computes: {@link ContentHash#of}, {@link WordCounter#count} and
 * {@link ArticleFeatureExtractor#extract}. Run with {@code ./mvnw -o -Pbench test -Dtest=TextFeaturesBenchmarkTest}.
 *
 * <p>After two warm-up rounds it times {@code bench.rounds} rounds (default 5) by thread CPU time and prints the
 * median and best ms per article, for parsing and for each feature step.
 */
@Tag("bench")
class TextFeaturesBenchmarkTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void parseHashAndExtract() throws Exception {
        int articles = Integer.getInteger("bench.articles", 3000);
        int words = Integer.getInteger("bench.words", 600);
        int rounds = Integer.getInteger("bench.rounds", 5);
        Path file = Files.createTempFile("parallax-text-bench", ".jsonl");
        String input;
        try {
            new SyntheticCorpus(42, 30_000).write(file, articles, words);
            input = Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
        System.out.printf("BENCH text corpus: %d articles of ~%d words, %.1f MB%n", articles, words, input.length() / 1e6);

        ArticleFeatureExtractor extractor = new ArticleFeatureExtractor();
        long sink = 0;
        for (int warm = 0; warm < 2; warm++) {
            sink += round(input, extractor, new long[5]);
        }
        long[][] times = new long[rounds][];
        for (int r = 0; r < rounds; r++) {
            times[r] = new long[5];
            sink += round(input, extractor, times[r]);
        }
        String[] names = {"parse", "hash", "count", "extract", "total"};
        for (int k = 0; k < names.length; k++) {
            double[] perArticle = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                perArticle[r] = times[r][k] / 1e6 / articles;
            }
            Arrays.sort(perArticle);
            System.out.printf("BENCH %-8s median %.3f ms/article, best %.3f ms/article%n",
                    names[k], perArticle[rounds / 2], perArticle[0]);
        }
        System.out.println("BENCH (checksum " + sink + ")");
    }

    /** One pass over the corpus; adds thread CPU nanoseconds per step to {@code times}. */
    private static long round(String input, ArticleFeatureExtractor extractor, long[] times) throws Exception {
        long t0 = THREADS.getCurrentThreadCpuTime();
        List<ParsedArticle> parsed = new ArrayList<>();
        new JsonLinesParser().parse(new StringReader(input), r -> {
            if (r instanceof ParsedRecord.Accepted a) {
                parsed.add(a.article());
            }
        });
        long t1 = THREADS.getCurrentThreadCpuTime();
        times[0] += t1 - t0;
        long sink = 0;
        long hash = 0;
        long count = 0;
        long extract = 0;
        for (ParsedArticle a : parsed) {
            long s0 = THREADS.getCurrentThreadCpuTime();
            sink += ContentHash.of(a.title(), a.body()).charAt(0);
            long s1 = THREADS.getCurrentThreadCpuTime();
            sink += WordCounter.count(a.body());
            long s2 = THREADS.getCurrentThreadCpuTime();
            sink += extractor.extract(a.title(), a.body()).actors().size();
            long s3 = THREADS.getCurrentThreadCpuTime();
            hash += s1 - s0;
            count += s2 - s1;
            extract += s3 - s2;
        }
        times[1] += hash;
        times[2] += count;
        times[3] += extract;
        times[4] += (t1 - t0) + hash + count + extract;
        return sink;
    }
}
