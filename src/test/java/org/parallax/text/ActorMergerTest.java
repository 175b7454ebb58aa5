package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorMergerTest {

    private final ActorExtractor extractor = new ActorExtractor();
    private final ActorMerger merger = new ActorMerger();

    private List<Actor> actors(String text) {
        return merger.merge(extractor.extract(text));
    }

    private static Mention mention(String surface) {
        return new Mention(surface, NameWords.key(surface), 0, surface.length());
    }

    @Test
    void titlesAndShortFormsMergeIntoTheFullName() {
        List<Actor> actors = actors("Armenian Prime Minister Nikol Pashinyan arrived on Monday. "
                + "Pashinyan said the talks were useful. Later Nikol Pashinyan left, and Mr. Pashinyan's aides stayed.");
        assertThat(actors).hasSize(1);
        Actor actor = actors.getFirst();
        assertThat(actor.name()).isEqualTo("Nikol Pashinyan");
        assertThat(actor.key()).isEqualTo("nikol pashinyan");
        assertThat(actor.forms()).containsExactly(
                "Armenian Prime Minister Nikol Pashinyan", "Pashinyan", "Nikol Pashinyan", "Mr. Pashinyan");
        assertThat(actor.mentions()).hasSize(4);
        assertThat(actor.mentions()).isSortedAccordingTo((a, b) -> Integer.compare(a.begin(), b.begin()));
    }

    @Test
    void twoPeopleSharingASurnameKeepABareSurnameApart() {
        List<Actor> actors = actors("Ilham Aliyev laid flowers at a statue of Heydar Aliyev. Aliyev then spoke.");
        assertThat(actors).extracting(Actor::name).containsExactlyInAnyOrder("Ilham Aliyev", "Heydar Aliyev", "Aliyev");
    }

    @Test
    void aBareSurnameMergesWhenOnlyOneLongerNameContainsIt() {
        List<Actor> actors = actors("Azerbaijani President Ilham Aliyev landed. President Aliyev later met Aliyev's advisers.");
        assertThat(actors).hasSize(1);
        assertThat(actors.getFirst().name()).isEqualTo("Ilham Aliyev");
        assertThat(actors.getFirst().forms())
                .containsExactly("Azerbaijani President Ilham Aliyev", "President Aliyev", "Aliyev");
    }

    @Test
    void organisationsStayWholeAndAbsorbOnlyFormsWithTheirHeadWord() {
        List<Actor> actors = merger.merge(List.of(
                mention("International Committee of the Red Cross"),
                mention("Red Cross"),
                mention("Azerbaijan Airlines"),
                mention("Azerbaijan"),
                mention("Bank of England"),
                mention("England"),
                mention("Armenian Foreign Ministry")));
        assertThat(actors).extracting(Actor::name).containsExactly(
                "International Committee of the Red Cross", // 2 mentions, first
                "Azerbaijan Airlines", "Azerbaijan", "Bank of England", "England", "Armenian Foreign Ministry");
        assertThat(actors.getFirst().forms()).containsExactly("International Committee of the Red Cross", "Red Cross");
    }

    @Test
    void bareRolesAndNationalitiesAreDroppedButTitleLikeSurnamesStay() {
        // issue 12: a nationality adjective on its own names no actor (it used to be kept whole)
        List<Actor> actors = merger.merge(List.of(
                mention("Prime Minister"), mention("Armenian President"), mention("Armenian"), mention("John Major")));
        assertThat(actors).extracting(Actor::name).containsExactly("John Major");
    }

    @Test
    void nationalitiesAndTheirCompoundsAreNotActors() {
        List<Actor> actors = actors("Valdorian officials met Saldorans. Consequently, the Estonian-brokered deal held. "
                + "Estonians and Azerbaijanis watched the Azerbaijani-controlled road. A pro-Latvian group spoke. "
                + "Christian and Muslim leaders prayed with Minister Tova Reyk. Meanwhile, Reyk left.");
        assertThat(actors).extracting(Actor::name)
                .doesNotContain("Estonian-brokered", "Estonians", "Azerbaijanis", "Azerbaijani-controlled",
                        "pro-Latvian", "Christian", "Muslim", "Consequently", "Meanwhile")
                .contains("Tova Reyk");
    }

    @Test
    void aNationalityInsideALongerNameStays() {
        List<Actor> actors = merger.merge(List.of(mention("Russian Red Cross"), mention("Armenian Foreign Ministry"),
                mention("Armenian Prime Minister Nikol Pashinyan")));
        assertThat(actors).extracting(Actor::name)
                .containsExactlyInAnyOrder("Russian Red Cross", "Armenian Foreign Ministry", "Nikol Pashinyan");
    }

    @Test
    void sentenceAdverbsOpeningASentenceAreNotActors() {
        List<Actor> actors = actors("Regrettably, the talks failed in Ostrava. Consequently, Ostrava closed its port. "
                + "Interestingly, Halvard Moen stayed. Paradoxically, nobody left. Beneath the bridge, Moen waited.");
        assertThat(actors).extracting(Actor::name).containsExactlyInAnyOrder("Ostrava", "Halvard Moen");
    }

    @Test
    void aCountryNeverJoinsALongerNameThatContainsIt() {
        List<Actor> actors = actors("Estonia sent aid. The Estonia Red Crescent Society sent trucks. "
                + "Writers praised Christian Latvia. Latvia said nothing. Estonia and Latvia met.");
        assertThat(actors).extracting(Actor::name)
                .contains("Estonia", "Latvia", "Estonia Red Crescent Society", "Christian Latvia");
        Actor estonia = actors.stream().filter(a -> a.name().equals("Estonia")).findFirst().orElseThrow();
        assertThat(estonia.forms()).containsExactly("Estonia");
    }

    @Test
    void nothingJoinsAnOrganisationOrAPlaceNamedAfterSomethingElse() {
        List<Actor> actors = merger.merge(List.of(mention("Estonia Red Crescent Society"), mention("Red Crescent"),
                mention("Kessel Road"), mention("Kessel")));
        assertThat(actors).extracting(Actor::name)
                .containsExactlyInAnyOrder("Estonia Red Crescent Society", "Red Crescent", "Kessel Road", "Kessel");
    }

    @Test
    void aSurnameOrFirstNameStillJoinsThePersonsFullName() {
        List<Actor> actors = actors("Foreign policy adviser Hemet Tarvo spoke in Estonia. Tarvo said the road was open. "
                + "Later Hemet answered questions.");
        Actor tarvo = actors.stream().filter(a -> a.name().equals("Hemet Tarvo")).findFirst().orElseThrow();
        assertThat(tarvo.forms()).contains("Tarvo", "Hemet");
    }

    @Test
    void aHyphenatedCompoundOfTwoNamedPlacesAbsorbsNeither() {
        List<Actor> actors = actors("Dovrel and Halvany traded accusations. Halvany denied it. The Dovrel-Halvany "
                + "tensions grew. Lenne-Marsh Valley flooded. Kessel-Ordo said nothing.");
        assertThat(actors).extracting(Actor::name).contains("Dovrel", "Halvany", "Dovrel-Halvany");
        assertThat(actors.stream().filter(a -> a.name().equals("Halvany")).findFirst().orElseThrow().forms())
                .containsExactly("Halvany");
        assertThat(actors("Nagorno-Karabakh is disputed. Karabakh is mountainous.")).singleElement()
                .satisfies(a -> assertThat(a.forms()).containsExactly("Nagorno-Karabakh", "Karabakh"));
    }

    @Test
    void aRoleHeldInACountryIsNeitherTheCountryNorAnActor() {
        List<Actor> actors = merger.merge(List.of(mention("Prime Minister of Latvia"), mention("Latvia")));
        assertThat(actors).singleElement().satisfies(a -> assertThat(a.forms()).containsExactly("Latvia"));
    }

    @Test
    void nameParts() {
        assertThat(ActorMerger.nameOf("Armenian Prime Minister Nikol Pashinyan")).isEqualTo("Nikol Pashinyan");
        assertThat(ActorMerger.nameOf("U.S. Secretary of State Dana Reyes")).isEqualTo("Dana Reyes");
        assertThat(ActorMerger.nameOf("NATO Secretary General Piet Maas")).isEqualTo("Piet Maas");
        assertThat(ActorMerger.nameOf("U.N. Secretary-General Piet Maas")).isEqualTo("Piet Maas");
        // An unlisted adjective in -ian before a title: a modifier of the title.
        assertThat(ActorMerger.nameOf("Valdorian Foreign Minister Ana Kovac")).isEqualTo("Ana Kovac");
        assertThat(ActorMerger.nameOf("Gen. Okafor")).isEqualTo("Okafor");
        assertThat(ActorMerger.nameOf("Pope Leo")).isEqualTo("Leo");
        assertThat(ActorMerger.nameOf("Red Cross")).isEqualTo("Red Cross");
        assertThat(ActorMerger.nameOf("General Motors")).isEqualTo("General Motors");
        assertThat(ActorMerger.nameOf("Christian Vogel")).isEqualTo("Christian Vogel");
        assertThat(ActorMerger.nameOf("Foreign Minister")).isNull();
        assertThat(ActorMerger.nameOf("John Major")).isEqualTo("John Major");
    }

    @Test
    void firstNamesAndNameOrderVariantsMergeWhenUnambiguous() {
        List<Actor> actors = merger.merge(List.of(mention("Dana Reyes"), mention("Reyes Dana"), mention("Dana")));
        assertThat(actors).hasSize(1);
        assertThat(actors.getFirst().name()).isEqualTo("Dana Reyes");
    }

    @Test
    void theMostFrequentSurfaceNamesTheActor() {
        List<Actor> actors = merger.merge(List.of(mention("Recep Erdogan"), mention("Recep Erdoğan"), mention("Recep Erdoğan")));
        assertThat(actors).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Recep Erdoğan");
            assertThat(a.key()).isEqualTo("recep erdogan");
            assertThat(a.forms()).containsExactly("Recep Erdogan", "Recep Erdoğan");
        });
    }

    @Test
    void actorsAreOrderedByMentionCountThenFirstAppearance() {
        List<Mention> mentions = new ArrayList<>();
        for (String s : List.of("Ostrava", "Valdoria", "Tarn", "Valdoria", "Tarn", "Ostrava", "Valdoria")) {
            mentions.add(mention(s));
        }
        assertThat(merger.merge(mentions)).extracting(Actor::name).containsExactly("Valdoria", "Ostrava", "Tarn");
    }

    @Test
    void mergesMentionsFromSeveralTexts() {
        List<Mention> mentions = new ArrayList<>(extractor.extract("Nikol Pashinyan flew to Ostrava."));
        mentions.addAll(extractor.extract("In Ostrava, Pashinyan met Valdorian envoys."));
        assertThat(merger.merge(mentions)).extracting(Actor::name, a -> a.mentions().size()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Nikol Pashinyan", 2),
                org.assertj.core.groups.Tuple.tuple("Ostrava", 2),
                org.assertj.core.groups.Tuple.tuple("Valdorian", 1));
    }

    @Test
    void degenerateInputs() {
        assertThat(merger.merge(List.of())).isEmpty();
        assertThat(merger.merge(List.of(mention("Valdoria")))).singleElement()
                .satisfies(a -> assertThat(a.forms()).containsExactly("Valdoria"));
        assertThat(merger.merge(List.of(mention("President"), mention("Foreign Minister")))).isEmpty();
    }
}
