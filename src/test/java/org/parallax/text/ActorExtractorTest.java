package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorExtractorTest {

    private final ActorExtractor extractor = new ActorExtractor();

    private List<String> surfaces(String text) {
        return extractor.extract(text).stream().map(Mention::surface).toList();
    }

    @Test
    void aNumberWordOpeningASentenceIsNotAName() {
        assertThat(surfaces("Forty thousand people depend on the road, said Mara Quell. Dozens of trucks wait at Brask."))
                .containsExactly("Mara Quell", "Brask");
    }

    @Test
    void mentionsCarryHalfOpenOffsetsAndKeys() {
        String text = "Yesterday Nikol Pashinyan met Ilham Aliyev.";
        // "Yesterday" is a stop word; "Nikol Pashinyan" = [10, 25), "Ilham Aliyev" = [30, 42).
        assertThat(extractor.extract(text)).containsExactly(
                new Mention("Nikol Pashinyan", "nikol pashinyan", 10, 25),
                new Mention("Ilham Aliyev", "ilham aliyev", 30, 42));
        for (Mention m : extractor.extract(text)) {
            assertThat(m.span().text(text)).isEqualTo(m.surface());
        }
    }

    @Test
    void keepsTitlesInTheMention() {
        assertThat(surfaces("Armenian Prime Minister Nikol Pashinyan spoke first."))
                .containsExactly("Armenian Prime Minister Nikol Pashinyan");
    }

    @Test
    void skipsCapitalisedFunctionWordsAndSentenceOpeners() {
        assertThat(surfaces("The delegation from Valdoria arrived. However, Meanwhile and They are not names. When Ostrava voted, it won."))
                .containsExactly("Valdoria", "Ostrava");
    }

    @Test
    void aSentenceInitialWordSeenInLowerCaseElsewhereIsCommon() {
        assertThat(surfaces("Flooding closed the Tarn Bridge. The flooding eased by noon."))
                .containsExactly("Tarn Bridge");
        // Not seen in lower case: kept, since a sentence may start with a name.
        assertThat(surfaces("Pashinyan arrived late.")).containsExactly("Pashinyan");
    }

    @Test
    void joinsConnectorsBetweenCapitalisedWords() {
        assertThat(surfaces("A statement by the International Committee of the Red Cross was read out."))
                .containsExactly("International Committee of the Red Cross");
        assertThat(surfaces("Crown Prince Mohammed bin Salman met Ursula von der Leyen."))
                .containsExactly("Crown Prince Mohammed bin Salman", "Ursula von der Leyen");
        assertThat(surfaces("He visited the Bank of England on Friday."))
                .containsExactly("Bank of England");
    }

    @Test
    void ofJoinsOnlyAfterAnOrganisationOrTitleWord() {
        assertThat(surfaces("Critics said Rivals of Pashinyan had gathered."))
                .containsExactly("Rivals", "Pashinyan");
        assertThat(surfaces("We spoke to Dana Reyes of the Kestrel Institute and the Secretary of State."))
                .containsExactly("Dana Reyes", "Kestrel Institute", "Secretary of State");
    }

    @Test
    void connectorsAtTheEdgesAreNotPartOfTheName() {
        assertThat(surfaces("the Van der Berg farm lies near de Graaf")).containsExactly("Van der Berg", "Graaf");
        assertThat(surfaces("Ostrava of the north")).containsExactly("Ostrava");
    }

    @Test
    void hyphenatedAndApostropheNames() {
        assertThat(extractor.extract("Al-Mayadeen quoted O'Brien and Bashar al-Assad."))
                .extracting(Mention::surface, Mention::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Al-Mayadeen", "al mayadeen"),
                        org.assertj.core.groups.Tuple.tuple("O'Brien", "obrien"),
                        org.assertj.core.groups.Tuple.tuple("Bashar al-Assad", "bashar al assad"));
    }

    @Test
    void possessiveEndsTheMention() {
        String text = "Valdoria\u2019s Foreign Ministry and Pashinyan's office replied.";
        assertThat(extractor.extract(text)).extracting(Mention::surface)
                .containsExactly("Valdoria", "Foreign Ministry", "Pashinyan");
        assertThat(extractor.extract(text).getFirst().end()).isEqualTo(8);
    }

    @Test
    void titleAbbreviationsAndInitialsJoinTheName() {
        assertThat(surfaces("Later Dr. Vogel and J. R. Smith met Gen. Okafor."))
                .containsExactly("Dr. Vogel", "J. R. Smith", "Gen. Okafor");
    }

    @Test
    void dottedAcronymsAndAllCapsAreNames() {
        assertThat(extractor.extract("The U.S. Navy and NATO said US officials agreed."))
                .extracting(Mention::surface, Mention::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("U.S. Navy", "us navy"),
                        org.assertj.core.groups.Tuple.tuple("NATO", "nato"),
                        org.assertj.core.groups.Tuple.tuple("US", "us"));
    }

    @Test
    void monthAndDayNamesAloneAreDropped() {
        assertThat(surfaces("The vote in Ostrava moved from Monday to September, said Theresa May."))
                .containsExactly("Ostrava", "Theresa May");
        assertThat(surfaces("It happened in May.")).isEmpty();
    }

    @Test
    void singleLettersAreNotMentions() {
        assertThat(surfaces("Plan B failed, and then X happened in Ward C.")).containsExactly("Plan", "Ward");
    }

    @Test
    void punctuationAndParagraphsSeparateNames() {
        assertThat(surfaces("Ostrava, Valdoria and Tarn (Kestrel) signed.")).containsExactly("Ostrava", "Valdoria", "Tarn", "Kestrel");
        assertThat(surfaces("Talks in Ostrava\n\nValdoria replied")).containsExactly("Ostrava", "Valdoria");
        assertThat(surfaces("Talks in Ostrava\nValdoria replied")).containsExactly("Ostrava", "Valdoria");
        assertThat(surfaces("Talks in Ostrava\tValdoria replied")).containsExactly("Ostrava\tValdoria");
    }

    @Test
    void aTitleCasedHeadlineKeepsOnlyNamesConfirmedByTheBody() {
        String text = "Ceasefire Talks Resume in Ostrava\n\nOn Tuesday envoys from Valdoria met in Ostrava.";
        assertThat(surfaces(text)).containsExactly("Ostrava", "Valdoria", "Ostrava");
        // All capitals too.
        assertThat(surfaces("FLOODS HIT OSTRAVA HARBOUR\n\nRain flooded Ostrava until the rain stopped."))
                .containsExactly("OSTRAVA", "Ostrava");
        // A headline on its own is read like any sentence.
        assertThat(surfaces("Ceasefire Talks Resume in Ostrava")).containsExactly("Ceasefire", "Resume", "Ostrava");
        // Too short to tell: "Talks in Ostrava" has only two words of four or more letters.
        assertThat(surfaces("Talks in Ostrava\n\nValdoria replied")).containsExactly("Ostrava", "Valdoria");
    }

    @Test
    void diacriticsAreFoldedInTheKey() {
        assertThat(extractor.extract("Later Recep Erdoğan met Zoë Müller.")).extracting(Mention::key)
                .containsExactly("recep erdogan", "zoe muller");
    }

    @Test
    void degenerateInputs() {
        assertThat(extractor.extract("")).isEmpty();
        assertThat(extractor.extract("   ")).isEmpty();
        assertThat(extractor.extract("no capitals here at all")).isEmpty();
        assertThat(extractor.extract("The And But However")).isEmpty();
        assertThat(extractor.extract("?!... \u2014 ()")).isEmpty();
        assertThat(surfaces("Valdoria")).containsExactly("Valdoria");
    }
}
