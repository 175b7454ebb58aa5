package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {

    private final TermAnalyzer analyzer = new TermAnalyzer();

    @Test
    void stemsLowerCasesDropsStopWordsAndPossessives() {
        // "The" and "by" are stop words; negotiations/negotiated/negotiating → "negoti" (Porter),
        // "Pashinyan's" → "pashinyan", "envoys" → "envoi". 6 tokens in all.
        TermCounts counts = analyzer.analyze("The negotiations, negotiated by Pashinyan's envoys; negotiating again!");
        assertThat(counts.counts()).containsExactly(
                Map.entry("again", 1), Map.entry("envoi", 1), Map.entry("negoti", 3), Map.entry("pashinyan", 1));
        assertThat(counts.total()).isEqualTo(6);
        assertThat(counts.distinct()).isEqualTo(4);
        assertThat(counts.count("negoti")).isEqualTo(3);
        assertThat(counts.count("the")).isZero();
    }

    @Test
    void tokensCarryHalfOpenOffsetsIntoTheOriginalText() {
        String text = "The negotiations, negotiated by Pashinyan\u2019s envoys.";
        List<Token> tokens = analyzer.tokens(text);
        // "The" [0,3) and "by" [29,31) are stop words and produce no token.
        assertThat(tokens).containsExactly(
                new Token("negoti", 4, 16),
                new Token("negoti", 18, 28),
                new Token("pashinyan", 32, 43),
                new Token("envoi", 44, 50));
        assertThat(tokens.get(0).text(text)).isEqualTo("negotiations");
        // The offsets cover the whole word, curly possessive included.
        assertThat(tokens.get(2).text(text)).isEqualTo("Pashinyan\u2019s");
        assertThat(tokens.get(3).span()).isEqualTo(new Span(44, 50));
    }

    @Test
    void offsetsSurviveLeadingWhitespaceAndLineBreaks() {
        String text = "\n\n  Ceasefire\r\n\r\nholds";
        assertThat(analyzer.tokens(text)).extracting(t -> t.text(text)).containsExactly("Ceasefire", "holds");
        assertThat(analyzer.tokens(text).getFirst()).isEqualTo(new Token("ceasefir", 4, 13));
    }

    @Test
    void numbersAreTerms() {
        assertThat(analyzer.analyze("Talks on 12 March, 2025").counts())
                .containsOnlyKeys("talk", "12", "march", "2025");
    }

    @Test
    void degenerateInputsGiveNoTerms() {
        assertThat(analyzer.analyze("")).isEqualTo(TermCounts.EMPTY);
        assertThat(analyzer.analyze("   \n\t ")).isEqualTo(TermCounts.EMPTY);
        assertThat(analyzer.analyze("the and of a to it")).isEqualTo(TermCounts.EMPTY);
        assertThat(analyzer.analyze("!!! ... \u2014 ?! (\u201C\u201D)")).isEqualTo(TermCounts.EMPTY);
        assertThat(analyzer.tokens("")).isEmpty();
        assertThat(TermCounts.EMPTY.isEmpty()).isTrue();
    }

    @Test
    void oneWord() {
        TermCounts counts = analyzer.analyze("Talks");
        assertThat(counts.counts()).containsExactly(Map.entry("talk", 1));
        assertThat(counts.total()).isEqualTo(1);
        assertThat(analyzer.tokens("Talks")).containsExactly(new Token("talk", 0, 5));
    }

    @Test
    void isSafeToShareBetweenThreads() {
        String text = "Mediators in Brussels said the negotiations would resume on Thursday.";
        TermCounts expected = analyzer.analyze(text);
        List<TermCounts> results = IntStream.range(0, 200).parallel().mapToObj(i -> analyzer.analyze(text)).toList();
        assertThat(results).allMatch(expected::equals);
    }

    @Test
    void termCountsAreImmutableAndChecked() {
        TermCounts counts = TermCounts.of(Map.of("b", 2, "a", 1));
        assertThat(counts.total()).isEqualTo(3);
        assertThat(counts.counts().keySet()).containsExactly("a", "b");
        assertThatThrownBy(() -> counts.counts().put("c", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new TermCounts(Map.of("a", 1), 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TermCounts.of(Map.of("a", 0))).isInstanceOf(IllegalArgumentException.class);
    }
}
