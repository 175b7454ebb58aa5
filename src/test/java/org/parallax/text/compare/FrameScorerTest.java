package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameScorerTest {

    private final FrameScorer scorer = new FrameScorer();

    @Test
    void standardDictionaryCoversAllFifteenFrames() {
        FrameDictionary d = FrameDictionary.standard();
        assertThat(d.cues().keySet()).containsExactly(Frame.values());
        for (Frame f : Frame.values()) {
            assertThat(d.cues(f)).as(f.label()).hasSizeBetween(15, 40).doesNotHaveDuplicates();
        }
        assertThat(Frame.values()).hasSize(15);
        assertThat(Frame.LEGALITY.label()).isEqualTo("Legality, constitutionality and jurisprudence");
        assertThat(Frame.OTHER.code()).isEqualTo(15);
    }

    @Test
    void noCueIsSharedOrShadowedAcrossFrames() {
        FrameDictionary d = FrameDictionary.standard();
        List<String[]> all = new ArrayList<>();
        d.cues().forEach((f, cues) -> cues.forEach(c -> all.add(new String[] {f.name(), c.toLowerCase(Locale.ROOT)})));
        for (String[] a : all) {
            for (String[] b : all) {
                if (a[0].equals(b[0])) {
                    continue;
                }
                assertThat(a[1]).as("%s in %s and %s", a[1], a[0], b[0]).isNotEqualTo(b[1]);
                if (a[1].endsWith("*")) {
                    assertThat(b[1].replace("*", "")).as("stem %s (%s) swallows %s (%s)", a[1], a[0], b[1], b[0])
                            .doesNotStartWith(a[1].substring(0, a[1].length() - 1));
                }
            }
        }
    }

    @Test
    void countsPerFrameAndPerThousandWords() {
        // 21 words. Economic: "prices", "economy"; Health and safety: "hospital", "medicine"; Security: "troops".
        String text = "Food prices rose again as the economy stalled, and the hospital ran short of medicine "
                + "while troops guarded the empty road.";
        FrameProfile p = scorer.score(text);
        assertThat(p.wordCount()).isEqualTo(21);
        FrameScore economic = p.score(Frame.ECONOMIC);
        assertThat(economic.hits()).isEqualTo(2);
        assertThat(economic.perThousandWords()).isCloseTo(1000.0 * 2 / 21, within(1e-9));
        assertThat(economic.perThousandWords()).isCloseTo(95.2381, within(1e-4));
        assertThat(economic.triggers()).extracting(h -> h.textIn(text)).containsExactly("prices", "economy");
        assertThat(economic.triggers()).extracting(FrameHit::cue).containsExactly("price", "econom*");
        assertThat(p.score(Frame.HEALTH_AND_SAFETY).triggers()).extracting(h -> h.textIn(text))
                .containsExactly("hospital", "medicine");
        assertThat(p.score(Frame.SECURITY_AND_DEFENSE).hits()).isEqualTo(1);
        assertThat(p.score(Frame.MORALITY).hits()).isZero();
        assertThat(p.score(Frame.MORALITY).perThousandWords()).isZero();
        assertThat(p.ranked()).extracting(FrameScore::frame)
                .containsExactly(Frame.ECONOMIC, Frame.HEALTH_AND_SAFETY, Frame.SECURITY_AND_DEFENSE);
    }

    @Test
    void inventedSentencesPerFrame() {
        assertTop("The court ruled that the decree was unconstitutional and violated international law.", Frame.LEGALITY);
        assertTop("Police arrested three smugglers and charged them with theft of contraband.", Frame.CRIME_AND_PUNISHMENT);
        assertTop("The opposition party lost the election, and the coalition cabinet kept its parliament majority.",
                Frame.POLITICAL);
        assertTop("It is a moral disgrace and a shameful betrayal of our duty.", Frame.MORALITY);
        assertTop("Minorities face discrimination and unequal treatment, an injustice critics call unfair.",
                Frame.FAIRNESS_AND_EQUALITY);
        assertTop("The ambassador warned that sanctions would harm the country's reputation abroad.",
                Frame.EXTERNAL_REGULATION_AND_REPUTATION);
        assertTop("Thousands joined the protest, a poll showed public opinion turning, and the backlash grew online.",
                Frame.PUBLIC_OPINION);
        assertTop("The shortage of fuel left the hospital generators depleted and supplies running out.",
                Frame.CAPACITY_AND_RESOURCES);
        assertTop("Families in the displaced communities say daily life, schools and shops have all stopped.",
                Frame.QUALITY_OF_LIFE);
        assertTop("Elders fear the ancestral language and the cultural heritage of the homeland will vanish.",
                Frame.CULTURAL_IDENTITY);
        assertTop("The ministry proposed a reform programme and a new policy, but critics called the scheme ineffective.",
                Frame.POLICY_PRESCRIPTION);
        assertTop("The zoo announced that a rare species of snow leopard had cubs before the football championship.",
                Frame.OTHER);
    }

    private void assertTop(String sentence, Frame expected) {
        List<FrameScore> ranked = scorer.score(sentence).ranked();
        assertThat(ranked).as(sentence).isNotEmpty();
        assertThat(ranked.getFirst().frame()).as(sentence).isEqualTo(expected);
    }

    @Test
    void longestCueWinsAcrossFrames() {
        // "prime minister" (Political) is one hit, not also "minister*" (Political) and nothing else;
        // "opinion poll" (Public opinion) is one hit, not also "poll".
        String text = "The prime minister ignored the opinion polls.";
        FrameProfile p = scorer.score(text);
        assertThat(p.score(Frame.POLITICAL).triggers()).extracting(FrameHit::cue).containsExactly("prime minister");
        assertThat(p.score(Frame.PUBLIC_OPINION).triggers()).extracting(FrameHit::cue).containsExactly("opinion poll*");
    }

    @Test
    void customDictionaryFromJson() {
        FrameDictionary d = FrameDictionary.fromJson("""
                {"name": "tiny", "frames": [
                  {"frame": "ECONOMIC", "label": "Economic", "cues": ["grain", "freight rate*"]},
                  {"frame": "OTHER", "cues": ["cup"]}
                ]}""");
        assertThat(d.name()).isEqualTo("tiny");
        assertThat(d.cues(Frame.MORALITY)).isEmpty();
        FrameProfile p = new FrameScorer(d).score("Grain and freight rates rose; the cup final was off.");
        assertThat(p.score(Frame.ECONOMIC).triggers()).extracting(FrameHit::cue).containsExactly("grain", "freight rate*");
        assertThat(p.score(Frame.OTHER).hits()).isEqualTo(1);
        assertThatThrownBy(() -> FrameDictionary.fromJson("{\"frames\": [{\"frame\": \"NOPE\", \"cues\": []}]}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrameDictionary.fromJson(
                "{\"frames\": [{\"frame\": \"OTHER\", \"cues\": []}, {\"frame\": \"OTHER\", \"cues\": []}]}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void degenerateInputs() {
        FrameProfile empty = scorer.score("");
        assertThat(empty.wordCount()).isZero();
        assertThat(empty.scores()).hasSize(15).allSatisfy(s -> {
            assertThat(s.hits()).isZero();
            assertThat(s.perThousandWords()).isZero();
        });
        assertThat(empty.ranked()).isEmpty();
        assertThat(scorer.score("— … —").wordCount()).isZero();
        FrameProfile none = new FrameScorer(new FrameDictionary("none", Map.of())).score("The court ruled.");
        assertThat(none.wordCount()).isEqualTo(3);
        assertThat(none.ranked()).isEmpty();
    }
}
