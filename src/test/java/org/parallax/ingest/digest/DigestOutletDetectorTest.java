package org.parallax.ingest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;

class DigestOutletDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"Coastline Post English", "Coastal News Service", "Reuters", "The Harbour Ledger",
            "Al Qamar", "NBX", "Marsh FM/TV", "Valley Farmer Staff"})
    void organisations(String name) {
        assertThat(DigestOutletDetector.looksLikeOrganisation(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mira Castellane", "Tomas Ekhart", "Jane Doe and John Roe", "Anna-Lena Berg"})
    void people(String name) {
        assertThat(DigestOutletDetector.looksLikeOrganisation(name)).isFalse();
    }

    @Test
    void byLineNameNeedsACapitalisedName() {
        assertThat(DigestOutletDetector.byLineName("By Mira Castellane")).isEqualTo("Mira Castellane");
        assertThat(DigestOutletDetector.byLineName("By Mira Castellane.")).isEqualTo("Mira Castellane");
        assertThat(DigestOutletDetector.byLineName("By the end of the week, the road was open.")).isNull();
        assertThat(DigestOutletDetector.byLineName("Additional reporting by Harbor Wire")).isNull();
    }

    @Test
    void firstPublishedVariants() {
        assertThat(DigestOutletDetector.firstPublishedIn("First published in Vennholm Courier").name())
                .isEqualTo("Vennholm Courier");
        assertThat(DigestOutletDetector.firstPublishedIn("This article was first published by Coast Herald.").name())
                .isEqualTo("Coast Herald");
        assertThat(DigestOutletDetector.firstPublishedIn("First published in Coast Herald on 3 May 2023").name())
                .isEqualTo("Coast Herald");
        assertThat(DigestOutletDetector.firstPublishedIn("The bridge was first published in a local paper in 1920,"
                + " then forgotten.")).isNull();
    }

    @Test
    void titleSuffixRules() {
        assertThat(DigestOutletDetector.titleSuffix("Budget passed … – Lowland Weekly"))
                .isEqualTo(new DigestOutletDetector.TitleSuffix("Lowland Weekly", "Budget passed",
                        "Budget passed … – Lowland Weekly"));
        assertThat(DigestOutletDetector.titleSuffix("Budget passed - The Times of Orvale").outlet())
                .isEqualTo("The Times of Orvale");
        assertThat(DigestOutletDetector.titleSuffix("Budget passed – Part 2")).isNull();
        assertThat(DigestOutletDetector.titleSuffix("Budget passed – Live Updates")).isNull();
        assertThat(DigestOutletDetector.titleSuffix("Budget passed – but not by much")).isNull();
        assertThat(DigestOutletDetector.titleSuffix("Budget passed – One Two Three Four Five Six")).isNull();
        assertThat(DigestOutletDetector.titleSuffix("Budget passed")).isNull();
        assertThat(DigestOutletDetector.titleSuffix("… – Lowland Weekly")).isNull();
        assertThat(DigestOutletDetector.titleSuffix("Orvale-Tesk line reopens")).isNull();
    }

    @Test
    void strongestFollowsTheEvidenceOrderThenFirstFound() {
        OutletClaim suffix = new OutletClaim("A", OutletEvidence.TITLE_SUFFIX, "x – A");
        OutletClaim by = new OutletClaim("B", OutletEvidence.BY_LINE, "By B");
        OutletClaim by2 = new OutletClaim("B2", OutletEvidence.BY_LINE, "By B2");
        OutletClaim first = new OutletClaim("C", OutletEvidence.FIRST_PUBLISHED_IN, "First published in C");

        assertThat(DigestOutletDetector.strongest(List.of(suffix, by, by2))).isEqualTo(by);
        assertThat(DigestOutletDetector.strongest(List.of(suffix, by, first))).isEqualTo(first);
        assertThat(DigestOutletDetector.strongest(List.of())).isNull();
    }
}
