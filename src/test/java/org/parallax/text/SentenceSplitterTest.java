package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void spansAreTrimmedHalfOpenOffsets() {
        String text = "  Hello there.  Bye.  ";
        // "Hello there." is 12 characters from index 2; "Bye." 4 characters from index 16.
        assertThat(splitter.split(text)).containsExactly(new Span(2, 14), new Span(16, 20));
    }

    @Test
    void plainSentences() {
        assertThat(sentences("Talks resumed in Brussels. Both sides attended! Will they agree? Nobody knows."))
                .containsExactly("Talks resumed in Brussels.", "Both sides attended!", "Will they agree?", "Nobody knows.");
    }

    @Test
    void titleAbbreviationsNeverEndASentence() {
        assertThat(sentences("Mr. Arslan met Dr. Vogel and Gen. Okafor. Sen. Hale was absent."))
                .containsExactly("Mr. Arslan met Dr. Vogel and Gen. Okafor.", "Sen. Hale was absent.");
    }

    @Test
    void initialsDoNotEndASentence() {
        assertThat(sentences("J. R. Smith won the vote. He thanked his staff."))
                .containsExactly("J. R. Smith won the vote.", "He thanked his staff.");
    }

    @Test
    void dottedAbbreviationsEndASentenceOnlyBeforeAFunctionWord() {
        assertThat(sentences("The U.S. Navy confirmed it. It gave no details."))
                .containsExactly("The U.S. Navy confirmed it.", "It gave no details.");
        assertThat(sentences("The envoy flew to the U.S. The talks ended there."))
                .containsExactly("The envoy flew to the U.S.", "The talks ended there.");
    }

    @Test
    void monthsAndNumbers() {
        assertThat(sentences("Parliament met in Sept. 2024 and again in Sept. Then it rested. It was motion No. 5 of the day."))
                .containsExactly("Parliament met in Sept. 2024 and again in Sept.", "Then it rested.",
                        "It was motion No. 5 of the day.");
    }

    @Test
    void companySuffixes() {
        assertThat(sentences("Shares of Kestrel Inc. fell. The company blamed fuel costs."))
                .containsExactly("Shares of Kestrel Inc. fell.", "The company blamed fuel costs.");
        assertThat(sentences("Kestrel Holdings Inc. Chief Executive Dana Reyes resigned."))
                .containsExactly("Kestrel Holdings Inc. Chief Executive Dana Reyes resigned.");
    }

    @Test
    void paragraphBreaksAlwaysEndASentence() {
        assertThat(sentences("Ceasefire holds in the valley\n\nResidents returned on Sunday. Shops reopened."))
                .containsExactly("Ceasefire holds in the valley", "Residents returned on Sunday.", "Shops reopened.");
        assertThat(sentences("First line\r\n \r\nSecond line")).containsExactly("First line", "Second line");
        assertThat(sentences("First part\u2029Second part")).containsExactly("First part", "Second part");
    }

    @Test
    void aSingleLineBreakInsideASentenceDoesNotSplitIt() {
        assertThat(sentences("The river rose\nfaster than expected. Crews waited."))
                .containsExactly("The river rose\nfaster than expected.", "Crews waited.");
    }

    @Test
    void sentencesEndingInsideQuotesSplitAfterTheQuote() {
        assertThat(sentences("She said: \u201CWe are ready.\u201D Next came the vote."))
                .containsExactly("She said: \u201CWe are ready.\u201D", "Next came the vote.");
        assertThat(sentences("She said: \u201CWe are ready.\u201DNext came the vote."))
                .containsExactly("She said: \u201CWe are ready.\u201D", "Next came the vote.");
        assertThat(sentences("He said \"it is over.\" The room went quiet."))
                .containsExactly("He said \"it is over.\"", "The room went quiet.");
        assertThat(sentences("The delegates left (the hall was cold.) Later they returned."))
                .containsExactly("The delegates left (the hall was cold.)", "Later they returned.");
    }

    @Test
    void aQuotedExclamationFollowedByALowerCaseWordContinues() {
        assertThat(sentences("\u201CStop!\u201D shouted the guard. Everyone froze."))
                .containsExactly("\u201CStop!\u201D shouted the guard.", "Everyone froze.");
    }

    @Test
    void degenerateInputs() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\n\t ")).isEmpty();
        assertThat(sentences("Word")).containsExactly("Word");
        assertThat(sentences("...")).containsExactly("...");
        assertThat(sentences("Mr.")).containsExactly("Mr.");
    }

    @Test
    void spanChecksItsBounds() {
        assertThat(new Span(3, 3).length()).isZero();
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(4, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
