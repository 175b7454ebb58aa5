package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TfIdfVectorizerTest {

    private static final Offset<Double> EPS = within(1e-9);

    // Three documents: d1 = {baku: 1, talk: 2}, d2 = {talk: 1, peac: 1}, d3 = {flood: 1}.
    // N = 3; df(talk) = 2, df(baku) = df(peac) = df(flood) = 1.
    private final TermCounts d1 = TermCounts.of(Map.of("baku", 1, "talk", 2));
    private final TermCounts d2 = TermCounts.of(Map.of("talk", 1, "peac", 1));
    private final TermCounts d3 = TermCounts.of(Map.of("flood", 1));
    private final DocumentFrequencies corpus = InMemoryDocumentFrequencies.of(List.of(d1, d2, d3));
    private final TfIdfVectorizer vectorizer = new TfIdfVectorizer(corpus);

    @Test
    void documentFrequenciesCountDocumentsNotOccurrences() {
        assertThat(corpus.documentCount()).isEqualTo(3);
        assertThat(corpus.documentFrequency("talk")).isEqualTo(2);
        assertThat(corpus.documentFrequency("baku")).isEqualTo(1);
        assertThat(corpus.documentFrequency("unseen")).isZero();
    }

    @Test
    void smoothedIdf() {
        // idf = ln((N + 1) / (df + 1)) + 1
        assertThat(vectorizer.idf("talk")).isCloseTo(Math.log(4.0 / 3.0) + 1, EPS); // 1.2876820725
        assertThat(vectorizer.idf("baku")).isCloseTo(Math.log(2) + 1, EPS); // 1.6931471806
        assertThat(vectorizer.idf("unseen")).isCloseTo(Math.log(4) + 1, EPS); // 2.3862943611
    }

    @Test
    void sublinearTfTimesIdfNormalised() {
        // talk: (1 + ln 2) · 1.2876820725 = 1.6931471806 · 1.2876820725 = 2.1802352704
        // baku: (1 + ln 1) · 1.6931471806 = 1.6931471806
        // norm = √(2.1802352704² + 1.6931471806²) = 2.7604661218
        SparseVector v = vectorizer.vectorize(d1);
        assertThat(v.weight("talk")).isCloseTo(0.7898069291, within(1e-9));
        assertThat(v.weight("baku")).isCloseTo(0.6133555370, within(1e-9));
        assertThat(v.norm()).isCloseTo(1, EPS);
    }

    @Test
    void cosineOfTwoDocuments() {
        // d2: talk 1.2876820725, peac 1.6931471806; norm 2.1271626; unit (0.6053485081, 0.7959605416)
        // cos(d1, d2) = 0.7898069291 · 0.6053485081 = 0.4781084462 (only "talk" is shared)
        assertThat(TfIdfVectorizer.cosine(vectorizer.vectorize(d1), vectorizer.vectorize(d2)))
                .isCloseTo(0.4781084462, within(1e-9));
        assertThat(TfIdfVectorizer.cosine(vectorizer.vectorize(d1), vectorizer.vectorize(d3))).isZero();
    }

    @Test
    void aTermInEveryDocumentKeepsIdfOne() {
        DocumentFrequencies all = InMemoryDocumentFrequencies.of(2, Map.of("talk", 2));
        // ln(3 / 3) + 1 = 1
        assertThat(new TfIdfVectorizer(all).idf("talk")).isCloseTo(1, EPS);
    }

    @Test
    void anEmptyCorpusGivesNormalisedSublinearTf() {
        TfIdfVectorizer plain = new TfIdfVectorizer(InMemoryDocumentFrequencies.of(List.of()));
        // idf = ln(1 / 1) + 1 = 1; weights (1 + ln 2, 1) = (1.6931471806, 1); norm 1.9663693
        SparseVector v = plain.vectorize(d1);
        assertThat(v.weight("talk")).isCloseTo(1.6931471806 / Math.hypot(1.6931471806, 1), within(1e-9));
        assertThat(v.weight("baku")).isCloseTo(1 / Math.hypot(1.6931471806, 1), within(1e-9));
    }

    @Test
    void inconsistentStatisticsAreClamped() {
        DocumentFrequencies broken = new DocumentFrequencies() {
            @Override
            public int documentCount() {
                return 2;
            }

            @Override
            public int documentFrequency(String term) {
                return 5;
            }
        };
        // df clamped to N = 2: ln(3/3) + 1 = 1
        assertThat(new TfIdfVectorizer(broken).idf("x")).isCloseTo(1, EPS);
        assertThatThrownBy(() -> InMemoryDocumentFrequencies.of(2, Map.of("x", 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void degenerateInputs() {
        assertThat(vectorizer.vectorize(TermCounts.EMPTY)).isEqualTo(SparseVector.EMPTY);
        SparseVector one = vectorizer.vectorize(TermCounts.of(Map.of("flood", 7)));
        assertThat(one.weights()).containsExactly(Map.entry("flood", 1.0));
    }

    @Test
    void fromTextThroughTheAnalyzer() {
        TermAnalyzer analyzer = new TermAnalyzer();
        TermCounts a = analyzer.analyze("Negotiators met in Ostrava to negotiate a ceasefire.");
        TermCounts b = analyzer.analyze("The ceasefire negotiations in Ostrava continued.");
        TermCounts c = analyzer.analyze("Heavy rain flooded the harbour overnight.");
        TfIdfVectorizer v = new TfIdfVectorizer(InMemoryDocumentFrequencies.of(List.of(a, b, c)));
        double related = TfIdfVectorizer.cosine(v.vectorize(a), v.vectorize(b));
        double unrelated = TfIdfVectorizer.cosine(v.vectorize(a), v.vectorize(c));
        assertThat(related).isGreaterThan(0.3);
        assertThat(unrelated).isZero();
    }
}
