package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.text.EquivalenceTexts;

/**
 * The optimised word tokenizer and shingler compute exactly what their frozen pre-optimisation copies
 * ({@link LegacyWordTokenizer}, {@link LegacyShingler}) compute: tokens with offsets and normalised forms (also
 * within regions), and shingle hashes and offsets, on every input of {@link EquivalenceTexts}.
 */
class TokenizerEquivalenceTest {

    @Test
    void tokensAndShinglesAreUnchanged() {
        Random random = new Random(11);
        Shingler five = new Shingler();
        LegacyShingler legacyFive = new LegacyShingler();
        Shingler two = new Shingler(2);
        LegacyShingler legacyTwo = new LegacyShingler(2);
        for (String t : EquivalenceTexts.all()) {
            List<WordToken> tokens = WordTokenizer.tokenize(t);
            assertThat(tokens).as("tokens of %s", t).isEqualTo(LegacyWordTokenizer.tokenize(t));
            for (WordToken token : tokens) {
                assertThat(WordTokenizer.normalize(token.text())).isEqualTo(LegacyWordTokenizer.normalize(token.text()));
            }
            int begin = t.isEmpty() ? 0 : random.nextInt(t.length());
            int end = begin + (t.length() == begin ? 0 : random.nextInt(t.length() - begin + 1));
            assertThat(WordTokenizer.tokenize(t, begin, end)).as("tokens of %s in [%d, %d)", t, begin, end)
                    .isEqualTo(LegacyWordTokenizer.tokenize(t, begin, end));
            assertThat(WordTokenizer.normalizedWords(t)).isEqualTo(LegacyWordTokenizer.normalizedWords(t));

            List<Shingle> shingles = five.shingles(t);
            assertThat(shingles).as("shingles of %s", t).isEqualTo(legacyFive.shingles(t));
            assertThat(five.hashes(tokens)).isEqualTo(shingles.stream().mapToLong(Shingle::hash).toArray());
            assertThat(two.shingles(t)).isEqualTo(legacyTwo.shingles(t));
        }
    }

    @Test
    void everyWordSeparatorAndSurrogateAtARegionEdge() {
        String text = "ab-\uD801\uDC00c don\u2019t x\u02BCy \uD801\uDC00\uD801\uDC28-\uD801\uDC00 e\u0301-\u0301x 1\u2011a";
        for (int begin = 0; begin <= text.length(); begin++) {
            for (int end = begin; end <= text.length(); end++) {
                assertThat(WordTokenizer.tokenize(text, begin, end)).as("[%d, %d)", begin, end)
                        .isEqualTo(LegacyWordTokenizer.tokenize(text, begin, end));
            }
        }
    }
}
