package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SentenceOverlapTest {

    /** A naive splitter for the tests: a sentence runs up to and including [.!?]. */
    private static SegmentedText split(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = Pattern.compile("[^.!?\\s][^.!?]*[.!?]?").matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return new SegmentedText(text, spans);
    }

    private final SentenceOverlap overlap = new SentenceOverlap();

    @Test
    void verbatimEditedAndUnique() {
        // tokens: The0 convoy1 of2 fourteen3 trucks4 waited5 at6 the7 bridge8 for9 four10 days11 → 8 shingles
        SegmentedText target = split("The convoy of fourteen trucks waited at the bridge for four days. "
                + "Drivers slept in their cabs on the Lenne bank every night. "
                + "A spokeswoman said nothing about the timetable for reopening.");
        SegmentedText other = split("Drivers slept in their cabs on the Lenne bank every night! "
                + "The convoy of fourteen trucks waited at the bridge for three days. "
                + "Officials were silent on the question of the timetable.");
        List<SentenceMatch> result = overlap.compare(target, List.of(other));
        assertThat(result).extracting(SentenceMatch::status)
                .containsExactly(OverlapStatus.EDITED, OverlapStatus.VERBATIM, OverlapStatus.UNIQUE);

        // "four" (token 10) lies in the shingles starting at 6 and 7: 2 of 8 differ on each side.
        // J = 6 / (8 + 8 − 6) = 0.6
        SentenceMatch edited = result.get(0);
        assertThat(edited.similarity()).isCloseTo(0.6, within(1e-12));
        assertThat(edited.otherText()).isZero();
        assertThat(edited.otherSentence()).isEqualTo(1);

        SentenceMatch verbatim = result.get(1);
        assertThat(verbatim.similarity()).isEqualTo(1.0);
        assertThat(verbatim.otherSentence()).isZero();
        assertThat(verbatim.textIn(target.text())).isEqualTo("Drivers slept in their cabs on the Lenne bank every night.");

        SentenceMatch unique = result.get(2);
        assertThat(unique.matched()).isFalse();
        assertThat(unique.otherText()).isEqualTo(-1);
        assertThat(unique.similarity()).isZero();
    }

    @Test
    void belowTheThresholdIsUniqueButReportsTheBestSimilarity() {
        // "waited" (token 5) lies in the shingles starting at 1..5: 5 of 8 differ; J = 3 / (8 + 8 − 3) = 3/13
        SegmentedText target = split("The convoy of fourteen trucks waited at the bridge for four days.");
        SegmentedText other = split("The convoy of fourteen trucks stood at the bridge for four days.");
        SentenceMatch m = overlap.compare(target, List.of(other)).getFirst();
        assertThat(m.status()).isEqualTo(OverlapStatus.UNIQUE);
        assertThat(m.similarity()).isCloseTo(3.0 / 13, within(1e-12));
        assertThat(m.similarity()).isCloseTo(0.2308, within(1e-4));
    }

    @Test
    void aLowerThresholdMakesTheSameSentenceEdited() {
        SegmentedText target = split("The convoy of fourteen trucks waited at the bridge for four days.");
        SegmentedText other = split("The convoy of fourteen trucks stood at the bridge for four days.");
        SentenceMatch m = new SentenceOverlap(new Shingler(), 0.2).compare(target, List.of(other)).getFirst();
        assertThat(m.status()).isEqualTo(OverlapStatus.EDITED);
    }

    @Test
    void verbatimIgnoresCaseQuotesAndPunctuation() {
        SegmentedText target = split("“We will not move,” Oresh said on Tuesday.");
        SegmentedText other = split("\"WE WILL NOT MOVE\" -- Oresh said, on Tuesday.");
        assertThat(overlap.compare(target, List.of(other)).getFirst().status()).isEqualTo(OverlapStatus.VERBATIM);
    }

    @Test
    void shortSentencesCompareExactly() {
        SegmentedText target = split("Talks failed. Talks resumed. No.");
        SegmentedText other = split("Talks failed! Nothing else happened today at all.");
        assertThat(overlap.compare(target, List.of(other))).extracting(SentenceMatch::status)
                .containsExactly(OverlapStatus.VERBATIM, OverlapStatus.UNIQUE, OverlapStatus.UNIQUE);
    }

    @Test
    void bestMatchAcrossSeveralTextsAndTieBreak() {
        SegmentedText target = split("The convoy of fourteen trucks waited at the bridge for four days.");
        SegmentedText weak = split("The convoy of fourteen trucks stood at the bridge for four days.");
        SegmentedText strong1 = split("The convoy of fourteen trucks waited at the bridge for three days.");
        SegmentedText strong2 = split("The convoy of fourteen trucks waited at the bridge for two days.");
        SentenceMatch m = overlap.compare(target, List.of(weak, strong1, strong2)).getFirst();
        assertThat(m.status()).isEqualTo(OverlapStatus.EDITED);
        assertThat(m.otherText()).isEqualTo(1); // 0.6 in texts 1 and 2: the earlier text wins
    }

    @Test
    void compareEachNeverMatchesATextWithItself() {
        SegmentedText a = split("The convoy of fourteen trucks waited at the bridge. The convoy of fourteen trucks waited at the bridge.");
        SegmentedText b = split("Something else entirely happened in the valley today.");
        SegmentedText c = split("The convoy of fourteen trucks waited at the bridge.");
        List<List<SentenceMatch>> all = overlap.compareEach(List.of(a, b, c));
        assertThat(all.get(0)).extracting(SentenceMatch::otherText).containsExactly(2, 2);
        assertThat(all.get(1)).extracting(SentenceMatch::status).containsExactly(OverlapStatus.UNIQUE);
        assertThat(all.get(2).getFirst().otherText()).isZero();

        List<List<SentenceMatch>> alone = overlap.compareEach(List.of(a));
        assertThat(alone.getFirst()).extracting(SentenceMatch::status)
                .containsOnly(OverlapStatus.UNIQUE);
    }

    @Test
    void degenerateInputs() {
        assertThat(overlap.compare(new SegmentedText("", List.of()), List.of())).isEmpty();
        SegmentedText punctuationOnly = new SegmentedText("— … —", List.of(new Span(0, 5)));
        assertThat(overlap.compare(punctuationOnly, List.of(punctuationOnly)).getFirst().status())
                .isEqualTo(OverlapStatus.UNIQUE);
        SegmentedText text = split("The convoy of fourteen trucks waited at the bridge.");
        assertThat(overlap.compare(text, List.of()).getFirst().status()).isEqualTo(OverlapStatus.UNIQUE);
        assertThat(overlap.compareEach(List.of())).isEmpty();
    }

    @Test
    void invalidArguments() {
        assertThatThrownBy(() -> new SentenceOverlap(new Shingler(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentenceOverlap(new Shingler(), 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SegmentedText("short", List.of(new Span(0, 9))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
