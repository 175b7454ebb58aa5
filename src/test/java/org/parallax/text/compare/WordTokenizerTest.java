package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.text.WordCounter;

class WordTokenizerTest {

    @Test
    void wordsWithOffsetsAndNormalisedForms() {
        String text = "The Brask crossing’s “inspection” isn't over — Nagorno-Karabakh, 2024.";
        List<WordToken> tokens = WordTokenizer.tokenize(text);
        assertThat(tokens).extracting(WordToken::text)
                .containsExactly("The", "Brask", "crossing’s", "inspection", "isn't", "over", "Nagorno-Karabakh", "2024");
        assertThat(tokens).extracting(WordToken::normalized)
                .containsExactly("the", "brask", "crossing's", "inspection", "isn't", "over", "nagorno-karabakh", "2024");
        for (WordToken t : tokens) {
            assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
        }
        WordToken first = tokens.getFirst();
        assertThat(first.begin()).isZero();
        assertThat(first.end()).isEqualTo(3);
    }

    @Test
    void unicodeHyphensAndApostrophesFoldInTheNormalisedFormOnly() {
        List<WordToken> tokens = WordTokenizer.tokenize("don’t self‑proclaimed");
        assertThat(tokens).extracting(WordToken::text).containsExactly("don’t", "self‑proclaimed");
        assertThat(tokens).extracting(WordToken::normalized).containsExactly("don't", "self-proclaimed");
    }

    @Test
    void trailingApostrophesAndHyphensAreNotPartOfAWord() {
        assertThat(WordTokenizer.tokenize("the farmers’ union - and co-").stream().map(WordToken::text))
                .containsExactly("the", "farmers", "union", "and", "co");
    }

    @Test
    void combiningMarksStayInTheWord() {
        String decomposed = "Cafe\u0301 Rask";
        assertThat(WordTokenizer.tokenize(decomposed)).extracting(WordToken::text)
                .containsExactly("Cafe\u0301", "Rask");
        assertThat(WordTokenizer.tokenize(decomposed).getFirst().normalized()).isEqualTo("café");
    }

    @Test
    void regionKeepsOffsetsOfTheWholeText() {
        String text = "One two. Three four.";
        List<WordToken> tokens = WordTokenizer.tokenize(text, 9, 20);
        assertThat(tokens).extracting(WordToken::text).containsExactly("Three", "four");
        assertThat(tokens.getFirst().begin()).isEqualTo(9);
    }

    @Test
    void countsTheSameWordsAsWordCounter() {
        String text = "It’s the so-called “border control point”, 14 trucks – and 3,000 people.";
        assertThat(WordTokenizer.tokenize(text)).hasSize(WordCounter.count(text));
    }

    @Test
    void emptyAndWordlessTexts() {
        assertThat(WordTokenizer.tokenize("")).isEmpty();
        assertThat(WordTokenizer.tokenize(" “ ” — … ")).isEmpty();
        assertThat(WordTokenizer.normalizedWords("")).isEmpty();
    }
}
