package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented sentences only; every person, place and quotation is made up. */
class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private Quote one(String text) {
        List<Quote> quotes = extractor.extract(text);
        assertThat(quotes).as("quotes in %s", text).hasSize(1);
        Quote q = quotes.getFirst();
        checkOffsets(text, q);
        return q;
    }

    private static void checkOffsets(String text, Quote q) {
        if (!q.text().contains("\n")) {
            assertThat(text.substring(q.begin(), q.end())).isEqualTo(q.text());
        }
        if (q.speaker() != null) {
            assertThat(text.substring(q.speakerBegin(), q.speakerEnd())).isEqualTo(q.speaker());
        } else {
            assertThat(q.speakerBegin()).isEqualTo(-1);
            assertThat(q.speakerEnd()).isEqualTo(-1);
        }
    }

    private static void assertAttribution(Quote q, @Nullable String speaker, @Nullable String name, @Nullable String verb) {
        assertThat(q.speaker()).as("speaker").isEqualTo(speaker);
        assertThat(q.speakerName()).as("speaker name").isEqualTo(name);
        assertThat(q.verb()).as("verb").isEqualTo(verb);
    }

    // ------------------------------------------------------------------ each attribution pattern, both quote styles

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            “We will keep the road open,” Elina Rask said.                       | Elina Rask             | Elina Rask | said
            "We will keep the road open," Elina Rask said.                       | Elina Rask             | Elina Rask | said
            “We will keep the road open,” said board chair Elina Rask.           | board chair Elina Rask | Elina Rask | said
            "We will keep the road open," said board chair Elina Rask.           | board chair Elina Rask | Elina Rask | said
            “We will keep the road open”, said Elina Rask, the board chair.      | Elina Rask             | Elina Rask | said
            “We will keep the road open,” board chair Elina Rask told reporters. | board chair Elina Rask | Elina Rask | told
            “We will keep the road open,” Rask, the board chair, insisted.       | Rask                   | Rask       | insisted
            “We will keep the road open,” its chair, Elina Rask, said.           | chair, Elina Rask      | Elina Rask | said
            “We will keep the road open,” the ministry said.                     | ministry               |            | said
            “We will keep the road open,” Interior Minister Aldo Fenn has said.  | Interior Minister Aldo Fenn | Aldo Fenn | said
            Elina Rask said: “We will keep the road open.”                       | Elina Rask             | Elina Rask | said
            Elina Rask said: "We will keep the road open."                       | Elina Rask             | Elina Rask | said
            On Monday, Elina Rask said that “the road will stay open for now”.   | Elina Rask             | Elina Rask | said
            Rask said "the road will stay open" and left the room.               | Rask                   | Rask       | said
            “The reservoir will be full by spring”, according to Pavel Dunn.     | Pavel Dunn             | Pavel Dunn | according to
            "The reservoir will be full by spring", according to Pavel Dunn.     | Pavel Dunn             | Pavel Dunn | according to
            “It will be full by spring,” according to its engineer, Pavel Dunn.  | engineer, Pavel Dunn   | Pavel Dunn | according to
            Elina Rask, who chairs the board, said “nobody will leave the valley”.  | Elina Rask          | Elina Rask | said
            Elina Rask, the board chair, warned: “Nobody will leave the valley.” | Elina Rask             | Elina Rask | warned
            Elina Rask told Compass Wire: “We have filed a formal complaint.”    | Elina Rask             | Elina Rask | told
            Pavel Dunn wrote on Facebook: “The dam is safe and the water is clean.” | Pavel Dunn          | Pavel Dunn | wrote
            Mayor Ilse Varn posted a short video on her page: “We are not going anywhere.” | Mayor Ilse Varn | Ilse Varn | posted
            The council posted a statement on Sunday: “Every family will be compensated.” | council     |            | posted
            Estravia’s foreign ministry spokesman Tomas Hale said: “The talks are over.” | Estravia’s foreign ministry spokesman Tomas Hale | Tomas Hale | said
            ‘We will not be moved by threats,’ the mayor said.                   | mayor                  |            | said
            'We will not be moved by threats,' Ilse Varn said.                   | Ilse Varn              | Ilse Varn  | said
            “Forty families are still waiting,” said Dr Ilka Brand.              | Dr Ilka Brand          | Ilka Brand | said
            “Forty families are still waiting,” Prof. Ilka Brand admitted.       | Prof. Ilka Brand       | Ilka Brand | admitted
            “The fog came down like a wall,” harbour pilot Brita Wollen said.    | harbour pilot Brita Wollen | Brita Wollen | said
            “The fog came down like a wall,” Brita Wollen of the coastguard said on Monday. | Brita Wollen | Brita Wollen | said
            “The fog came down like a wall,” said head keeper Benno Marr.        | head keeper Benno Marr | Benno Marr  | said
            “The fog came down like a wall,” said Nadia Lorne of Corvell Partners. | Nadia Lorne          | Nadia Lorne | said
            “The figures were better than we feared,” the Grey Sound Fishers’ Guild said. | Grey Sound Fishers’ Guild | Grey Sound Fishers’ Guild | said
            """)
    void attributionPatterns(String text, String speaker, @Nullable String name, String verb) {
        Quote q = one(text);
        assertAttribution(q, speaker, name, verb);
        assertThat(q.scare()).isFalse();
    }

    // ------------------------------------------------------------------ pronouns

    @Test
    void pronounResolvesToTheOnlyNameInThePrecedingSentence() {
        String text = "Yanek Oresh arrived at the bridge at noon. “Nobody will leave this valley,” he said.";
        Quote q = one(text);
        assertAttribution(q, "Yanek Oresh", "Yanek Oresh", "said");
        assertThat(q.speakerBegin()).isZero();
    }

    @Test
    void pronounResolvesToTheSubjectOfAnEarlierAttribution() {
        String text = "Energy Minister Bruno Hallam said the filling was on schedule. "
                + "“Not one litre more than agreed is being held back,” he said.";
        assertAttribution(one(text), "Energy Minister Bruno Hallam", "Bruno Hallam", "said");
    }

    @Test
    void pronounResolvesToTheMostRecentQuoteSpeaker() {
        String text = "“Officers used force only where the line was attacked,” Interior Ministry spokeswoman "
                + "Mirela Santo said. She confirmed the figures. “Gas was used in two places,” she said.";
        List<Quote> quotes = extractor.extract(text);
        assertThat(quotes).hasSize(2);
        assertAttribution(quotes.get(0), "Interior Ministry spokeswoman Mirela Santo", "Mirela Santo", "said");
        assertAttribution(quotes.get(1), "Interior Ministry spokeswoman Mirela Santo", "Mirela Santo", "said");
        assertThat(quotes.get(1).speakerBegin()).isEqualTo(quotes.get(0).speakerBegin());
    }

    @Test
    void pronounResolvesFromThePreviousParagraph() {
        String text = "Pavel Dunn, the chief engineer, inspected the spillway on Friday.\n\n"
                + "“The numbers do not add up,” he told reporters.";
        assertAttribution(one(text), "Pavel Dunn", "Pavel Dunn", "told");
    }

    @Test
    void ambiguousPronounKeepsOnlyTheVerb() {
        String text = "Elina Rask met Pavel Dunn at the dam. “It was a useful meeting,” she said.";
        Quote q = one(text);
        assertAttribution(q, null, null, "said");
        assertThat(q.attributed()).isFalse();
    }

    @Test
    void pronounWithNoNameAroundKeepsOnlyTheVerb() {
        assertAttribution(one("“Nobody will leave,” she said."), null, null, "said");
        assertAttribution(one("The ministry met on Monday. “We are ready for talks,” it said."), null, null, "said");
        assertAttribution(one("She said: “Nobody will leave the valley.”"), null, null, "said");
    }

    @Test
    void pronounIsNotResolvedToAPlaceOrOrganisation() {
        String text = "The Kessel Highlands Council met in Dovrel. “We will not move,” she said.";
        assertAttribution(one(text), null, null, "said");
    }

    // ------------------------------------------------------------------ continuation, scare quotes, no attribution

    @Test
    void anUnattributedQuoteContinuesThePreviousSpeakerInTheSameParagraph() {
        String text = "“We have insulin for ten days,” said Dr Ilka Brand, who runs the ward. “After that we improvise.”";
        List<Quote> quotes = extractor.extract(text);
        assertThat(quotes).hasSize(2);
        assertAttribution(quotes.get(1), "Dr Ilka Brand", "Ilka Brand", "said");
        quotes.forEach(q -> checkOffsets(text, q));
    }

    @Test
    void aQuoteRightAfterReportedSpeechBelongsToItsSpeaker() {
        String text = "The scour was missed, said Dr Miriam Oyle, a structural engineer at Corvell Polytechnic. "
                + "“It is invisible from the deck.”";
        assertAttribution(one(text), "Dr Miriam Oyle", "Miriam Oyle", "said");
        String lead = "Gideon Pell, who chairs the Orrin Ferry Cooperative, said the grain was stuck. "
                + "“We carry the cost of the storage.”";
        assertAttribution(one(lead), "Gideon Pell", "Gideon Pell", "said");
    }

    @Test
    void noLeadInWhenTheSentenceHasTwoSpeakers() {
        String text = "Rask said the road was open, and Dunn said it was not. “Nobody knows.”";
        assertAttribution(one(text), null, null, null);
    }

    @Test
    void theObjectOfAPrepositionIsNotTheSpeaker() {
        Quote q = one("Witnesses on Mill Lane described a sound “like a gunshot” before the wall fell.");
        assertAttribution(q, null, null, null);
    }

    @Test
    void aShortAttributedQuoteCanBeContinued() {
        String text = "“We sang,” said Dario Holl, 34, the youngest of the group. “When the lamps got low, we sang.”";
        List<Quote> quotes = extractor.extract(text);
        assertThat(quotes.get(0).scare()).isTrue();
        assertAttribution(quotes.get(1), "Dario Holl", "Dario Holl", "said");
    }

    @Test
    void pronounIgnoresPlacesAfterPrepositions() {
        String text = "Musical director Colin Ash said the band rehearsed in the back room of the Drovers Arms. "
                + "“They both deserve this,” he said.";
        assertAttribution(one(text), "Musical director Colin Ash", "Colin Ash", "said");
        String lone = "In a televised address, Korrin thanked voters. \"I will serve every one of them,\" he said.";
        assertAttribution(one(lone), "Korrin", "Korrin", "said");
        String country = "Korrin, who has led Estravia since 2012, spoke on television. \"I will serve you all,\" he said.";
        assertAttribution(one(country), "Korrin", "Korrin", "said");
    }

    @Test
    void noContinuationAcrossAnotherNameOrParagraph() {
        String text = "\"We did not lose,\" Lida Sarn said. Tomas Hale disagreed. \"It was stolen from us.\"\n\n"
                + "\"Count again.\"";
        List<Quote> quotes = extractor.extract(text);
        assertThat(quotes).hasSize(3);
        assertAttribution(quotes.get(0), "Lida Sarn", "Lida Sarn", "said");
        assertAttribution(quotes.get(1), null, null, null);
        assertAttribution(quotes.get(2), null, null, null);
    }

    @Test
    void scareQuotesAreFlaggedAndNotAttributed() {
        String text = "The ministry called it a “domestic fire” and said the so-called \"buffer zone\" would stay.";
        List<Quote> quotes = extractor.extract(text);
        assertThat(quotes).extracting(Quote::text).containsExactly("domestic fire", "buffer zone");
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.scare()).isTrue();
            assertThat(q.speaker()).isNull();
            assertThat(q.verb()).isNull();
        });
    }

    @Test
    void aShortQuoteWithItsOwnPunctuationIsStillAttributed() {
        Quote q = one("“No,” Rask said.");
        assertThat(q.scare()).isTrue();
        assertAttribution(q, "Rask", "Rask", "said");
    }

    @Test
    void aQuotedSentenceFollowedByANewSentenceIsNotAttributedToIt() {
        Quote q = one("“The bridge is closed.” Rask said the trucks would wait.");
        assertAttribution(q, null, null, null);
    }

    @Test
    void quoteWithoutAnyAttribution() {
        Quote q = one("Experts dismissed the “environmental flow guarantee” as meaningless.");
        assertThat(q.scare()).isFalse();
        assertAttribution(q, null, null, null);
    }

    // ------------------------------------------------------------------ quote marks

    @Test
    void curlyQuoteContinuesOverAParagraphBreak() {
        String text = "Oresh said: “We waited four days at the bridge.\n\n“Then we turned the trucks around.” The road stayed shut.";
        Quote q = one(text);
        assertThat(q.text()).isEqualTo("We waited four days at the bridge.\n\nThen we turned the trucks around.");
        assertThat(q.begin()).isEqualTo(text.indexOf("We waited"));
        assertThat(q.end()).isEqualTo(text.indexOf("” The road"));
        assertAttribution(q, "Oresh", "Oresh", "said");
    }

    @Test
    void straightQuoteContinuesOverAParagraphBreak() {
        String text = "Oresh said: \"We waited four days.\n\"Then we went home,\" he added.";
        Quote q = one(text);
        assertThat(q.text()).isEqualTo("We waited four days.\nThen we went home,");
        // The attribution after the quote wins; "he" resolves to the only name before it.
        assertAttribution(q, "Oresh", "Oresh", "added");
    }

    @Test
    void unclosedCurlyQuoteEndsWithItsParagraph() {
        String text = "Oresh said: “We waited four days at the bridge.\n\nThe road stayed shut.";
        Quote q = one(text);
        assertThat(q.text()).isEqualTo("We waited four days at the bridge.");
    }

    @Test
    void unclosedStraightQuoteIsIgnored() {
        assertThat(extractor.extract("He said \"we waited four days at the bridge.\n\nThe road stayed shut.")).isEmpty();
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(extractor.extract("The drivers’ union said it’s the council’s fault, not the guards’.")).isEmpty();
        assertThat(extractor.extract("In the ’90s the farmers' co-op didn't exist.")).isEmpty();
    }

    @Test
    void shortSingleQuotesAreIgnored() {
        assertThat(extractor.extract("The so-called ‘buffer zone’ stayed shut.")).isEmpty();
    }

    @Test
    void singleQuotesInsideDoubleQuotesAreNotSeparateQuotes() {
        Quote q = one("“He told me ‘the road will never open again’ and walked off,” Rask said.");
        assertThat(q.text()).isEqualTo("He told me ‘the road will never open again’ and walked off,");
        assertAttribution(q, "Rask", "Rask", "said");
    }

    @Test
    void aPluralPossessiveDoesNotCloseASingleQuote() {
        Quote q = one("‘The farmers’ union has lost everything,’ Ilse Varn said.");
        assertThat(q.text()).isEqualTo("The farmers’ union has lost everything,");
        assertAttribution(q, "Ilse Varn", "Ilse Varn", "said");
    }

    @Test
    void inchMarksDoNotOpenAQuote() {
        Quote q = one("They laid a 12\" pipe. \"It will carry the whole river,\" Pavel Dunn said.");
        assertThat(q.text()).isEqualTo("It will carry the whole river,");
    }

    @Test
    void germanStyleQuotes() {
        List<Quote> quotes = extractor.extract("„Wir bleiben hier im Tal,“ sagte Rask. Rask said: „We stay in the valley.“");
        assertThat(quotes).extracting(Quote::text).containsExactly("Wir bleiben hier im Tal,", "We stay in the valley.");
        assertAttribution(quotes.get(1), "Rask", "Rask", "said");
    }

    @Test
    void severalQuotesWithDifferentSpeakers() {
        String text = "“The crossing is closed to smuggling, not to aid,” Mirela Santo said. "
                + "Yanek Oresh replied: “Forty thousand people depend on this road.” "
                + "“Every day the shelves get emptier,” he added.";
        List<Quote> quotes = extractor.extract(text);
        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Mirela Santo", "Yanek Oresh", "Yanek Oresh");
        assertThat(quotes).extracting(Quote::verb).containsExactly("said", "replied", "added");
        quotes.forEach(q -> checkOffsets(text, q));
    }

    @Test
    void quotesAreReturnedInTextOrder() {
        String text = "‘One two three four five,’ Rask said. “Six seven eight,” Dunn said.";
        assertThat(extractor.extract(text)).extracting(Quote::speaker).containsExactly("Rask", "Dunn");
    }

    // ------------------------------------------------------------------ degenerate

    @Test
    void degenerateInputs() {
        assertThat(extractor.extract("")).isEmpty();
        assertThat(extractor.extract("No quotes at all.")).isEmpty();
        assertThat(extractor.extract("“”")).isEmpty();
        assertThat(extractor.extract("\"  \"")).isEmpty();
        assertThat(extractor.extract("“")).isEmpty();
        assertThat(extractor.extract("”")).isEmpty();
        assertThat(extractor.extract("\n\n\n")).isEmpty();
        assertThat(one("“Stop”").text()).isEqualTo("Stop");
    }

    @Test
    void customVerbs() {
        QuoteExtractor custom = new QuoteExtractor(List.of("Grumbled"));
        assertAttribution(custom.extract("“The road is shut again,” Rask grumbled.").getFirst(), "Rask", "Rask", "grumbled");
        assertThat(custom.extract("“The road is shut again,” Rask said.").getFirst().verb()).isNull();
        assertThat(QuoteExtractor.defaultVerbs()).contains("said", "claimed", "acknowledged", "tweeted", "described");
    }

    // ------------------------------------------------------------------ issue 12: speakers a student can trust

    @Test
    void aCapitalisedVerbLikeWordInsideANameIsNoAttribution() {
        Quote q = one("The envoy walked back her words, stating that the Allied States “does not presuppose the outcome "
                + "of the talks on Kessel.”");
        assertThat(q.speaker()).isNull();
        assertThat(q.verb()).isNull();
        Quote lower = one("Dana Holm states “the talks will go on without us”.");
        assertAttribution(lower, "Dana Holm", "Dana Holm", "states");
    }

    @Test
    void anUnclosedAppositionAfterTheSpeakerIsSkipped() {
        String text = "In turn, Hemet Tarvo, the foreign policy adviser to President Ilsa Varn "
                + "announced that “Estravia gave its consent as a goodwill gesture” for the bridge convoy, reaffirming that "
                + "“at the Brask checkpoint, the customs regime must be observed.”";
        List<Quote> quotes = extractor.extract(text);
        assertThat(quotes).hasSize(2);
        quotes.forEach(q -> checkOffsets(text, q));
        assertAttribution(quotes.get(0), "Hemet Tarvo", "Hemet Tarvo", "announced");
        assertAttribution(quotes.get(1), "Hemet Tarvo", "Hemet Tarvo", "reaffirming");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Hemet Tarvo, assistant to the President, said: “The bridge stays open to every convoy.”  | Hemet Tarvo | said
            “The bridge stays open to every convoy,” said Hemet Tarvo, assistant to the President.   | Hemet Tarvo | said
            “The bridge stays open to every convoy,” according to Tarvo.                               | Tarvo       | according to
            Foreign Ministry spokesperson Mara Quell said: “The bridge stays open to every convoy.”  | Mara Quell  | said
            """)
    void fullNamesAndTitledSpeakers(String text, String name, String verb) {
        Quote q = one(text);
        assertThat(q.speakerName()).isEqualTo(name);
        assertThat(q.verb()).isEqualTo(verb);
    }

    @Test
    void aPronounIsResolvedToThePersonNamedBefore() {
        List<Quote> quotes = extractor.extract("Hemet Tarvo met the envoys at the bridge on Monday.\n\n"
                + "“We will not close the road while talks go on,” he said.");
        assertThat(quotes).singleElement().satisfies(q -> assertAttribution(q, "Hemet Tarvo", "Hemet Tarvo", "said"));
    }

    @Test
    void aLongParenthesisBetweenSpeakerAndVerbIsSkipped() {
        Quote q = one("In the call, Tarvo, while presenting a long report on the latest developments in the highlands as "
                + "well as the field developments along the river and at the border posts, stated, “The council has "
                + "always played a constructive role in the valley.”");
        assertAttribution(q, "Tarvo", "Tarvo", "stated");
    }

    @Test
    void headlinesAreNeverQuotes() {
        String title = "Minister: ‘We Will Rebuild The Brask Bridge’";
        String body = "Minister: ‘We Will Rebuild The Brask Bridge’ – Kessel Courier\n\n"
                + "The minister spoke in Dovrel on Monday. (See “Ten Myths About The Kessel Road Blockade.”)\n\n"
                + "“We will rebuild the bridge before the winter,” Minister Aldo Fenn said.\n\n"
                + "Read more: Port strike ends as ‘union accepts the new offer from the port’";
        List<Quote> quotes = extractor.extract(body, title);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will rebuild the bridge before the winter,");
            assertThat(q.speakerName()).isEqualTo("Aldo Fenn");
        });
        assertThat(extractor.extract("“STOP THE DAM NOW,” the marchers chanted.")).hasSize(1);
    }

    @Test
    void titleCaseIsThreeCapitalisedLongWords() {
        assertThat(QuoteExtractor.titleCase("Ten Myths About The Kessel Road")).isTrue();
        assertThat(QuoteExtractor.titleCase("We will rebuild the bridge")).isFalse();
        assertThat(QuoteExtractor.titleCase("Kessel Road")).isFalse();
        assertThat(QuoteExtractor.titleCase("STOP THE DAM NOW")).isFalse();
        assertThat(QuoteExtractor.titleCase("")).isFalse();
    }
}
