package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.text.compare.LexiconHit.Kind;

class LexiconMatcherTest {

    private static final Lexicon LEXICON = new Lexicon("test",
            List.of(new Lexicon.Concept("the region", List.of("Nagorno-Karabakh", "Karabakh", "Artsakh")),
                    new Lexicon.Concept("the closure", List.of("blockade", "closure", "eco-protest")),
                    new Lexicon.Concept("the armed men", List.of("militant", "gunman", "gunmen", "self-defence unit")),
                    new Lexicon.Concept("the demonym", List.of("Azeri", "Azerbaijani"))),
            List.of("so-called", "allegedly", "alleged", "what it called", "without evidence"),
            List.of("brutal", "utterly"),
            Map.of("doubt", List.of("claimed", "alleged"), "neutral", List.of("said")));

    private final LexiconMatcher matcher = new LexiconMatcher(LEXICON);

    private static List<String> covered(String text, List<LexiconHit> hits) {
        return hits.stream().map(h -> h.textIn(text)).toList();
    }

    @Test
    void caseInsensitiveWholeWords() {
        String text = "The BLOCKADE of the Karabakh road, not a blockader, nor Karabakhi trade.";
        List<LexiconHit> hits = matcher.match(text);
        assertThat(covered(text, hits)).containsExactly("BLOCKADE", "Karabakh");
        assertThat(hits.getFirst()).isEqualTo(new LexiconHit(Kind.VARIANT, "the closure", "blockade", 4, 12, false));
    }

    @Test
    void simpleInflections() {
        String text = "Blockades, a blockaded town and blockading forces; the closures; militants and gunmen; "
                + "Azeris; Artsakh's schools.";
        List<LexiconHit> hits = matcher.match(text);
        assertThat(covered(text, hits)).containsExactly("Blockades", "blockaded", "blockading", "closures",
                "militants", "gunmen", "Azeris", "Artsakh's");
        assertThat(hits).extracting(LexiconHit::entry).containsExactly("blockade", "blockade", "blockade", "closure",
                "militant", "gunmen", "Azeri", "Artsakh");
    }

    @Test
    void hyphenAndSpaceAreTheSame() {
        String text = "Nagorno-Karabakh, Nagorno Karabakh, Nagorno‑Karabakh and an eco protest by self defence units.";
        List<LexiconHit> hits = matcher.match(text);
        assertThat(covered(text, hits)).containsExactly("Nagorno-Karabakh", "Nagorno Karabakh", "Nagorno‑Karabakh",
                "eco protest", "self defence units");
        assertThat(hits).extracting(LexiconHit::entry).containsExactly("Nagorno-Karabakh", "Nagorno-Karabakh",
                "Nagorno-Karabakh", "eco-protest", "self-defence unit");
    }

    @Test
    void longestMatchWins() {
        String text = "In Nagorno-Karabakh, unlike Karabakh alone";
        List<LexiconHit> hits = matcher.match(text);
        assertThat(covered(text, hits)).containsExactly("Nagorno-Karabakh", "Karabakh");
        assertThat(hits.get(0).begin()).isEqualTo(3);
        assertThat(hits.get(1).begin()).isEqualTo(text.lastIndexOf("Karabakh"));
    }

    @Test
    void punctuationBreaksAPhrase() {
        assertThat(matcher.match("They spoke of Nagorno. Karabakh was quiet.")).extracting(LexiconHit::entry)
                .containsExactly("Karabakh");
        assertThat(matcher.match("so, called")).isEmpty();
    }

    @Test
    void curlyAndStraightApostrophesAndHedges() {
        String text = "The so‑called council, what it called “order”, and the so-called road; the alleged raid was "
                + "claimed without evidence.";
        List<LexiconHit> hits = matcher.match(text);
        assertThat(hits).filteredOn(h -> h.kind() == Kind.HEDGE).extracting(LexiconHit::entry)
                .containsExactly("so-called", "what it called", "so-called", "alleged", "without evidence");
        assertThat(hits).filteredOn(h -> h.kind() == Kind.ATTRIBUTION).extracting(LexiconHit::entry, LexiconHit::concept)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alleged", "doubt"),
                        org.assertj.core.groups.Tuple.tuple("claimed", "doubt"));
    }

    @Test
    void apostrophesFoldForEntriesToo() {
        Lexicon l = new Lexicon("t", List.of(new Lexicon.Concept("c", List.of("people’s republic", "x"))), List.of(),
                List.of(), Map.of());
        assertThat(new LexiconMatcher(l).match("the People's Republic")).singleElement()
                .extracting(LexiconHit::entry).isEqualTo("people’s republic");
    }

    @Test
    void kindsAreIndependentAndIntensifiersFound() {
        String text = "A brutal, utterly alleged attack.";
        List<LexiconHit> hits = matcher.match(text);
        assertThat(hits).extracting(LexiconHit::kind)
                .containsExactly(Kind.INTENSIFIER, Kind.INTENSIFIER, Kind.HEDGE, Kind.ATTRIBUTION);
        assertThat(hits.get(2).begin()).isEqualTo(hits.get(3).begin());
    }

    @Test
    void hitsInsideQuotesAreMarked() {
        String text = "The blockade entered its third day. “This blockade is brutal,” Oresh said of the so-called closure.";
        List<Quote> quotes = new QuoteExtractor().extract(text);
        List<LexiconHit> hits = matcher.match(text, quotes);
        assertThat(hits).extracting(h -> h.textIn(text), LexiconHit::insideQuote).containsExactly(
                org.assertj.core.groups.Tuple.tuple("blockade", false),
                org.assertj.core.groups.Tuple.tuple("blockade", true),
                org.assertj.core.groups.Tuple.tuple("brutal", true),
                org.assertj.core.groups.Tuple.tuple("said", false),
                org.assertj.core.groups.Tuple.tuple("so-called", false),
                org.assertj.core.groups.Tuple.tuple("closure", false));
        long ownVoice = hits.stream().filter(h -> h.kind() == Kind.VARIANT && !h.insideQuote()).count();
        assertThat(ownVoice).isEqualTo(2);
        // Plain spans work as well as quotes.
        assertThat(matcher.match(text, List.of(new Span(0, text.length())))).allMatch(LexiconHit::insideQuote);
    }

    @Test
    void sameVariantUnderTwoConceptsGivesOneHitPerConcept() {
        Lexicon l = new Lexicon("t", List.of(new Lexicon.Concept("a", List.of("checkpoint", "post")),
                new Lexicon.Concept("b", List.of("checkpoint", "border checkpoint"))), List.of(), List.of(), Map.of());
        List<LexiconHit> hits = new LexiconMatcher(l).match("the checkpoint and the border checkpoint");
        assertThat(hits).extracting(LexiconHit::concept, LexiconHit::entry).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", "checkpoint"),
                org.assertj.core.groups.Tuple.tuple("b", "checkpoint"),
                org.assertj.core.groups.Tuple.tuple("b", "border checkpoint"));
    }

    @Test
    void starterLexiconOnAnInventedParagraph() {
        String text = "The so-called eco-activists have kept the Lachin road shut for weeks, and Stepanakert’s "
                + "shops are empty. Officials in Khankendi said the checkpoint was lawful. "
                + "“It is a blockade, a deliberate one,” a resident said.";
        List<LexiconHit> hits = new LexiconMatcher(Lexicon.starter()).match(text, new QuoteExtractor().extract(text));
        assertThat(hits).filteredOn(h -> h.kind() == Kind.VARIANT).extracting(LexiconHit::entry)
                .containsExactly("eco-activist", "Lachin road", "Stepanakert", "Khankendi", "checkpoint", "blockade");
        assertThat(hits).filteredOn(h -> h.kind() == Kind.HEDGE).extracting(LexiconHit::entry).containsExactly("so-called");
        assertThat(hits).filteredOn(h -> h.kind() == Kind.INTENSIFIER).singleElement()
                .satisfies(h -> assertThat(h.insideQuote()).isTrue());
    }

    @Test
    void degenerateInputs() {
        assertThat(matcher.match("")).isEmpty();
        assertThat(matcher.match("— … “ ”")).isEmpty();
        Lexicon blank = new Lexicon("blank", List.of(new Lexicon.Concept("c", List.of("", " - "))), List.of("  "),
                List.of(), Map.of());
        assertThat(new LexiconMatcher(blank).match("anything - here")).isEmpty();
    }

    @Test
    void baseForms() {
        assertThat(PhraseIndex.baseForms("blockaded")).contains("blockade");
        assertThat(PhraseIndex.baseForms("blockading")).contains("blockade");
        assertThat(PhraseIndex.baseForms("blockades")).contains("blockade");
        assertThat(PhraseIndex.baseForms("banned")).contains("ban");
        assertThat(PhraseIndex.baseForms("reunified")).contains("reunify");
        assertThat(PhraseIndex.baseForms("militias")).contains("militia");
        assertThat(PhraseIndex.baseForms("marches")).contains("march");
        assertThat(PhraseIndex.baseForms("council's")).contains("council");
        assertThat(PhraseIndex.baseForms("class")).containsExactly("class");
        assertThat(PhraseIndex.baseForms("is")).containsExactly("is");
    }
}
