package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {

    private final QuoteMatcher matcher = new QuoteMatcher();

    @Test
    void sameWordsInDifferentTypography() {
        assertThat(matcher.matches("The crossing isn’t closed to aid.", "the crossing ISN'T closed to aid")).isTrue();
        assertThat(matcher.matches("Forty thousand people depend on this road,",
                "Forty thousand people depend on this road.")).isTrue();
    }

    @Test
    void partialQuotationIsContained() {
        String full = "Forty thousand people depend on this road. Every day it stays shut, the shelves get emptier.";
        assertThat(matcher.matches(full, "every day it stays shut")).isTrue();
        assertThat(matcher.matches("the shelves get emptier", full)).isTrue();
    }

    @Test
    void containmentMustBeContiguous() {
        // Punctuation is ignored, so "this road every day" runs across the full stop and is contiguous;
        // "people road day" is made of words of the quote, but not consecutive ones.
        String full = "Forty thousand people depend on this road. Every day it stays shut.";
        assertThat(matcher.matches(full, "this road every day")).isTrue();
        assertThat(matcher.matches(full, "people road day")).isFalse();
    }

    @Test
    void shortScareQuotesMatchOnlyExactly() {
        assertThat(matcher.matches("gag law", "Gag law")).isTrue();
        assertThat(matcher.matches("gag law", "This is a gag law dressed up as a transparency law")).isFalse();
        assertThat(matcher.matches("won", "we won the vote")).isFalse();
    }

    @Test
    void overlapCoefficientForEditedQuotes() {
        // A = {we, filed, our, notice, a, day, late} (7), B = {we, filed, the, notice, a, day, late} (7)
        // |A ∩ B| = 6, overlap = 6/7 = 0.857 ≥ 0.8, both ≥ 5 words, but neither contains the other.
        String a = "We filed our notice a day late";
        String b = "We filed the notice a day late";
        assertThat(QuoteMatcher.overlapCoefficient(Set.copyOf(WordTokenizer.normalizedWords(a)),
                Set.copyOf(WordTokenizer.normalizedWords(b)))).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(matcher.matches(a, b)).isTrue();
    }

    @Test
    void overlapBelowThresholdOrTooShort() {
        // A = {the, river, feeds, two, nations} (5), B = {the, river, feeds, our, farms} (5): 3/5 = 0.6 < 0.8
        assertThat(matcher.matches("The river feeds two nations", "The river feeds our farms")).isFalse();
        // 4 words each: the overlap test does not apply (3/4 would fail anyway; 4/4 in another order)
        assertThat(matcher.matches("we will stay here", "here we will stay")).isFalse();
        assertThat(new QuoteMatcher(0.8, 4, 3).matches("we will stay here", "here we will stay")).isTrue();
    }

    @Test
    void overlapIsAgainstTheSmallerSet() {
        // A = {not, one, litre, more, is, held, back} (7) ⊂ B (10): overlap = 7/7 = 1
        assertThat(matcher.matches("Not one litre more is held back",
                "Not one litre more than the accord allows is being held back")).isTrue();
    }

    @Test
    void matchesExtractedQuotes() {
        QuoteExtractor extractor = new QuoteExtractor();
        Quote wire = extractor.extract("“We will load every ship the day the offer is in writing,” Vortan said.").getFirst();
        Quote paper = extractor.extract("Vortan claimed: \"We will load every ship the day the offer is in writing.\"").getFirst();
        assertThat(matcher.matches(wire, paper)).isTrue();
    }

    @Test
    void degenerateInputs() {
        assertThat(matcher.matches("", "")).isFalse();
        assertThat(matcher.matches("“ ”", "—")).isFalse();
        assertThat(matcher.matches("", "something said here")).isFalse();
        assertThat(matcher.matchesWords(List.of(), List.of("a"))).isFalse();
        assertThat(QuoteMatcher.overlapCoefficient(Set.of(), Set.of("a"))).isZero();
        assertThatThrownBy(() -> new QuoteMatcher(0, 5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuoteMatcher(0.8, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
