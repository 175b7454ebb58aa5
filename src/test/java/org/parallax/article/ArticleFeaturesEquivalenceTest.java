package org.parallax.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.bench.SyntheticCorpus;
import org.parallax.text.Actor;
import org.parallax.text.EquivalenceTexts;
import org.parallax.text.LegacyNameWords;

/**
 * The optimised {@link ArticleFeatureExtractor} computes exactly what its frozen pre-optimisation copy
 * ({@link LegacyArticleFeatureExtractor}) computes: sentence spans, per-sentence shingle hashes, body and title
 * term bags and actors (names, keys, forms in order, mentions). Inputs: the news articles of the test and demo
 * corpora with variants, generated benchmark articles, and titles and bodies drawn from the edge cases and random
 * texts of {@link EquivalenceTexts} (titles with line breaks included).
 */
class ArticleFeaturesEquivalenceTest {

    private final ArticleFeatureExtractor extractor = new ArticleFeatureExtractor();
    private final LegacyArticleFeatureExtractor legacy = new LegacyArticleFeatureExtractor();

    @Test
    void newsArticles() {
        for (String[] a : EquivalenceTexts.articles()) {
            assertSame(a[0], a[1]);
        }
    }

    @Test
    void generatedBenchmarkArticles() {
        SyntheticCorpus corpus = new SyntheticCorpus(42, 30_000);
        Random random = new Random(3);
        for (int k = 0; k < 150; k++) {
            String[] topic = {"Zorvak" + k, "Tellim" + k, corpus.word() + "ston", "Mirela " + corpus.word()};
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 30; s++) {
                body.append(corpus.sentence(topic)).append(random.nextInt(5) == 0 ? "\n\n" : " ");
            }
            assertSame(corpus.sentence(topic), body.toString().strip());
        }
    }

    @Test
    void edgeCasesAndRandomTexts() {
        List<String> pool = new ArrayList<>(EquivalenceTexts.edgeCases());
        pool.addAll(EquivalenceTexts.pieceSoup(5, 800, 120));
        pool.addAll(EquivalenceTexts.charSoup(6, 300, 200));
        Random random = new Random(4);
        for (String body : pool) {
            String title = pool.get(random.nextInt(pool.size()));
            assertSame(title, body);
            assertSame(body, title);
        }
        for (String title : List.of("", "Plain title", "Title\nwith a line break", "Title ending in CR\r", "Title\u2028LS",
                "Title\u2029PS", "Title\u0085NEL", "Title.\n", "\n", "Talks \u201CResume\u201D in Ostrava")) {
            for (String body : List.of("", "\n", " \nBody starts after a break. Ostrava talks.", "\r\nCR LF first.",
                    "\u2029Paragraph first.", "Ostrava hosted the talks. The Talks Resume.")) {
                assertSame(title, body);
            }
        }
    }

    private void assertSame(String title, String body) {
        ArticleTextFeatures actual = extractor.extract(title, body);
        ArticleTextFeatures expected = legacy.extract(title, body);
        String what = "title " + title + " / body " + body;
        assertThat(actual.sentences()).as("sentences, %s", what).isEqualTo(expected.sentences());
        assertThat(actual.sentenceShingles()).as("shingles, %s", what).hasSameSizeAs(expected.sentenceShingles());
        for (int i = 0; i < actual.sentenceShingles().size(); i++) {
            assertThat(actual.sentenceShingles().get(i)).as("shingles of sentence %d, %s", i, what)
                    .isEqualTo(expected.sentenceShingles().get(i));
        }
        assertThat(actual.bodyTerms()).as("body terms, %s", what).isEqualTo(expected.bodyTerms());
        assertThat(actual.titleTerms()).as("title terms, %s", what).isEqualTo(expected.titleTerms());
        assertThat(actual.actors()).as("actors, %s", what).isEqualTo(expected.actors());
        for (int i = 0; i < actual.actors().size(); i++) {
            Actor a = actual.actors().get(i);
            assertThat(List.copyOf(a.forms())).isEqualTo(List.copyOf(expected.actors().get(i).forms()));
            assertThat(a.key()).isEqualTo(LegacyNameWords.key(expected.actors().get(i).name()));
        }
    }
}
