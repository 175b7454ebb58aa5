package org.parallax.text.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PassageAligner} on invented texts whose expected passages are worked out by reading them: the
 * viaduct example of issue 12, two passages linked only by a phrase, a long copy edited in the middle,
 * and degenerate inputs.
 */
class PassageAlignerTest {

    private final PassageAligner aligner = new PassageAligner();
    private List<String> texts = List.of();

    /** The paragraph articles 1 and 2 of the viaduct example carry word for word (74 words). */
    static final String VIADUCT_PARAGRAPH = "Engineers closed the Halder viaduct to all traffic on Thursday morning after inspectors "
            + "found cracks in two of its concrete piers, the regional roads agency said. Buses between Marrow and Steyning "
            + "will run on a diversion through the valley villages, adding about forty minutes to each journey. The agency "
            + "said a full survey of the structure would take at least three weeks and that it could not yet say when the "
            + "viaduct would reopen.";

    static final List<String> VIADUCT = List.of(
            VIADUCT_PARAGRAPH + "\n\nShopkeepers in Steyning said the closure would hit trade in the busiest month of the year. "
                    + "\"We lose half our customers when that bridge shuts,\" said Ada Venn, who runs a bakery near the station.",
            "Commuters faced long delays on Thursday.\n\n" + VIADUCT_PARAGRAPH + "\n\nThe viaduct, built in 1971, carries about "
                    + "12,000 vehicles a day. A councillor for the valley, Tom Brisk, called the closure a disgrace and blamed "
                    + "years of underinvestment.",
            "Engineers shut the Halder viaduct to all traffic on Thursday morning after inspectors found cracks in two of its "
                    + "concrete piers, the regional roads agency said. Buses between Marrow and Steyning will run on a long "
                    + "diversion through the valley villages, adding about forty minutes to each journey.\n\nThe roads agency "
                    + "has been criticised before for delays in repairing bridges across the region. Its chief engineer, Lena "
                    + "Orr, said safety came first and that no risk would be taken with public money or lives.",
            "The closure came after inspectors found cracks in two of its concrete piers during a routine check last week, "
                    + "according to the roads agency, which has promised daily updates. Parents worried about the school run.",
            "Opposition councillors said on Thursday that the viaduct was closed only after inspectors found cracks in two of "
                    + "its concrete piers, the regional roads agency said, and demanded an inquiry into why earlier warnings "
                    + "were ignored.");

    @Test
    void theViaductParagraphIsOnePassageWithTwoVerbatimCopiesAnEditedOneAndPhrases() {
        List<AlignedPassage> passages = align(VIADUCT);

        assertThat(passages).hasSize(1);
        AlignedPassage p = passages.getFirst();
        assertThat(text(p.mainForm())).isEqualTo(VIADUCT_PARAGRAPH.substring(0, VIADUCT_PARAGRAPH.length() - 1));
        assertThat(p.words()).isEqualTo(74);
        assertThat(p.mainForm().text()).as("the earlier of the two full copies").isZero();
        assertThat(kinds(p)).containsExactly("0 VERBATIM", "1 VERBATIM", "2 EDITED", "3 PARTIAL", "4 PARTIAL");
        assertThat(p.verbatim()).isFalse();

        AlignedCopy edited = p.copies().get(2);
        assertThat(text(edited)).as("stops before the paragraph break, not at 'The' of the next paragraph")
                .startsWith("the Halder viaduct").endsWith("to each journey");
        assertThat(edited.coverage()).isBetween(0.5, 0.7);
        AlignedCopy phrase = p.copies().get(4);
        assertThat(text(phrase)).isEqualTo("after inspectors found cracks in two of its concrete piers, the regional roads agency said");
        assertThat(phrase.words()).isEqualTo(15);
        assertThat(p.copies()).allSatisfy(c -> assertThat(text(c)).doesNotContain("\n"));
    }

    static final String FLOOD = "The river authority opened all four sluice gates at the Marden weir on Sunday night after three "
            + "days of heavy rain raised the water level by almost two metres above its usual summer mark.";
    static final String SANDBAGS = "Volunteers filled sandbags at the old fire station through the night because three days of "
            + "heavy rain raised the water level, and the council opened two school halls for families who had to leave their "
            + "homes near the quay.";

    @Test
    void twoPassagesLinkedOnlyByAPhraseStayApart() {
        List<String> texts = List.of(
                "Flood warning for Marden.\n\n" + FLOOD,
                FLOOD + "\n\nThe weir was rebuilt in 2009.",
                SANDBAGS + "\n\nSchools stay shut on Monday.",
                "A long night in the lower town.\n\n" + SANDBAGS);

        List<AlignedPassage> passages = align(texts);

        assertThat(passages).hasSize(2);
        AlignedPassage flood = passages.get(0);
        AlignedPassage sandbags = passages.get(1);
        assertThat(text(flood.mainForm())).isEqualTo(FLOOD.substring(0, FLOOD.length() - 1));
        assertThat(kinds(flood)).containsExactly("0 VERBATIM", "1 VERBATIM", "2 PARTIAL", "3 PARTIAL");
        assertThat(text(sandbags.mainForm())).isEqualTo(SANDBAGS.substring(0, SANDBAGS.length() - 1));
        assertThat(kinds(sandbags)).containsExactly("0 PARTIAL", "1 PARTIAL", "2 VERBATIM", "3 VERBATIM");
        AlignedCopy phrase = sandbags.copies().getFirst();
        assertThat(text(phrase)).isEqualTo("three days of heavy rain raised the water level");
    }

    static final String RAIL = "Ministers agreed late on Tuesday to release an extra forty million crowns for the northern rail "
            + "line, which has been closed since a landslide in March buried two hundred metres of track near the village of "
            + "Orsk, and the transport office said the first trains could run again before the end of the autumn school "
            + "holidays if the weather held.";

    @Test
    void aLongCopyEditedInTheMiddleIsOneEditedCopy() {
        String edited = RAIL.replace("and the transport office said", "and officials at the transport ministry now expect that");
        List<AlignedPassage> passages = align(List.of(RAIL, "Rail news. " + RAIL, "Good news for Orsk.\n\n" + edited));

        assertThat(passages).hasSize(1);
        AlignedPassage p = passages.getFirst();
        assertThat(text(p.mainForm())).as("the wording two texts carry, though the edited one is longer")
                .isEqualTo(RAIL.substring(0, RAIL.length() - 1));
        assertThat(kinds(p)).containsExactly("0 VERBATIM", "1 VERBATIM", "2 EDITED");
        AlignedCopy copy = p.copies().get(2);
        assertThat(text(copy)).startsWith("Ministers agreed").endsWith("if the weather held")
                .contains("officials at the transport ministry now expect");
        assertThat(copy.coverage()).isGreaterThan(0.9).isLessThan(1.0);
    }

    @Test
    void aLongCopyShortenedInTheMiddleKeepsTheUntouchedOnesVerbatim() {
        String cut = RAIL.replace("and the transport office said", "and said");
        List<AlignedPassage> passages = align(List.of(RAIL, "Rail news. " + RAIL, "Good news for Orsk.\n\n" + cut));

        assertThat(passages).hasSize(1);
        AlignedPassage p = passages.getFirst();
        assertThat(text(p.mainForm())).isEqualTo(RAIL.substring(0, RAIL.length() - 1));
        assertThat(kinds(p)).containsExactly("0 VERBATIM", "1 VERBATIM", "2 EDITED");
        AlignedCopy copy = p.copies().get(2);
        assertThat(text(copy)).startsWith("Ministers agreed").endsWith("if the weather held").contains("Orsk, and said the first");
    }

    @Test
    void degenerateInputsGiveNoPassages() {
        assertThat(aligner.align(List.of())).isEmpty();
        assertThat(aligner.align(List.of(RAIL))).isEmpty();
        assertThat(aligner.align(List.of("", "  \n\n ", ""))).isEmpty();
        assertThat(aligner.align(List.of("one two three", "one two three"))).as("fewer words than a shingle").isEmpty();
        assertThat(aligner.align(List.of("We met on the banks of the Orm at dawn.", "They met on the banks of the Orm later.")))
                .as("seven shared words are a set phrase, not a passage").isEmpty();
        assertThat(aligner.align(List.of(RAIL, FLOOD))).isEmpty();
        assertThat(aligner.align(List.of(RAIL, SANDBAGS), h -> false)).as("no shingle counted as shared").isEmpty();
    }

    @Test
    void identicalTextsAreOneVerbatimPassage() {
        List<AlignedPassage> passages = align(List.of(FLOOD, FLOOD, FLOOD));
        assertThat(passages).hasSize(1);
        assertThat(kinds(passages.getFirst())).containsExactly("0 VERBATIM", "1 VERBATIM", "2 VERBATIM");
        assertThat(passages.getFirst().verbatim()).isTrue();
        assertThat(passages.getFirst().copies()).filteredOn(AlignedCopy::mainForm).hasSize(1);
    }

    @Test
    void aTextThatRepeatsThePassageHoldsTwoCopies() {
        List<AlignedPassage> passages = align(List.of(FLOOD, FLOOD + "\n\nMore later.\n\n" + FLOOD));
        assertThat(passages).hasSize(1);
        assertThat(kinds(passages.getFirst())).containsExactly("0 VERBATIM", "1 VERBATIM", "1 VERBATIM");
        assertThat(passages.getFirst().copies().get(2).begin()).isGreaterThan(passages.getFirst().copies().get(1).end());
    }

    @Test
    void aCopyDoesNotRunAcrossAParagraphBreakIntoTextThatDiffers() {
        String a = RAIL + " The minister said the work was urgent.";
        String b = RAIL + "\n\nThe minister for the north, Ida Kell, said nothing.";
        AlignedPassage p = align(List.of(a, b)).getFirst();
        assertThat(p.copies()).allSatisfy(c -> assertThat(text(c)).endsWith("if the weather held"));
    }

    private static List<String> kinds(AlignedPassage p) {
        return p.copies().stream().map(c -> c.text() + " " + c.kind()).toList();
    }

    private List<AlignedPassage> align(List<String> texts) {
        this.texts = texts;
        return aligner.align(texts);
    }

    private String text(AlignedCopy c) {
        return texts.get(c.text()).substring(c.begin(), c.end());
    }
}
