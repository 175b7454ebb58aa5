package org.parallax.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PublishedDateTest {

    private static void assertDate(String text, String expected, String zone) {
        PublishedDate d = PublishedDate.parse(text);
        assertThat(d.at()).as(text).isEqualTo(OffsetDateTime.parse(expected));
        assertThat(d.at().getOffset()).as(text).isEqualTo(OffsetDateTime.parse(expected).getOffset());
        assertThat(d.zone()).as(text).isEqualTo(zone);
        assertThat(d.warning()).as(text).isNull();
    }

    @Test
    void isoWithOffsetKeepsTheOffset() {
        assertDate("2026-03-04T09:15:00+01:00", "2026-03-04T09:15:00+01:00", "+01:00");
        assertDate("2026-03-04T09:15:00Z", "2026-03-04T09:15:00Z", "Z");
        assertDate("2026-03-04T09:15:00+0530", "2026-03-04T09:15:00+05:30", "+05:30");
        assertDate("2026-03-04T09:15-04", "2026-03-04T09:15:00-04:00", "-04:00");
        assertDate("2026-03-04T09:15:00.123+01:00", "2026-03-04T09:15:00.123+01:00", "+01:00");
        assertDate(" 2026-03-04 09:15:00+00:00 ", "2026-03-04T09:15:00Z", "Z");
        assertDate("2026-03-04t09:15:00z", "2026-03-04T09:15:00Z", "Z");
    }

    @Test
    void isoWithARegionKeepsTheRegion() {
        assertDate("2026-03-04T09:15:00+01:00[Europe/Paris]", "2026-03-04T09:15:00+01:00", "Europe/Paris");
    }

    @Test
    void rfc1123AndRfc822() {
        assertDate("Wed, 04 Mar 2026 09:15:00 GMT", "2026-03-04T09:15:00Z", "Z");
        assertDate("Wed, 4 Mar 2026 09:15:00 +0100", "2026-03-04T09:15:00+01:00", "+01:00");
        assertDate("4 Mar 2026 09:15 EST", "2026-03-04T09:15:00-05:00", "-05:00");
        assertDate("Wednesday, 04 March 2026 09:15:00 pdt", "2026-03-04T09:15:00-07:00", "-07:00");
        assertDate("Wed, 04 Mar 26 09:15:00 UT", "2026-03-04T09:15:00Z", "Z");
    }

    @Test
    void noOffsetIsReadAsUtcWithAWarning() {
        PublishedDate local = PublishedDate.parse("2026-03-04T09:15:00");
        PublishedDate mediaCloud = PublishedDate.parse("2026-03-04 09:15:00.123456");
        PublishedDate rfc = PublishedDate.parse("Wed, 04 Mar 2026 09:15:00");

        assertThat(local.at()).isEqualTo(OffsetDateTime.parse("2026-03-04T09:15:00Z"));
        assertThat(local.zone()).isNull();
        assertThat(local.warning()).isEqualTo("published time \"2026-03-04T09:15:00\" has no time zone: read as UTC");
        assertThat(mediaCloud.at()).isEqualTo(OffsetDateTime.parse("2026-03-04T09:15:00.123456Z"));
        assertThat(mediaCloud.warning()).contains("has no time zone");
        assertThat(rfc.at()).isEqualTo(OffsetDateTime.parse("2026-03-04T09:15:00Z"));
        assertThat(rfc.zone()).isNull();
    }

    @Test
    void plainDateIsMidnightUtcWithAWarning() {
        PublishedDate d = PublishedDate.parse("2026-03-04");

        assertThat(d.at()).isEqualTo(OffsetDateTime.parse("2026-03-04T00:00:00Z"));
        assertThat(d.zone()).isNull();
        assertThat(d.warning()).isEqualTo("published date \"2026-03-04\" has no time of day: read as midnight UTC");
    }

    @Test
    void unreadableValuesGiveNoTimeAndAWarning() {
        for (String text : new String[] {"yesterday", "2026-02-30T10:00:00Z", "04/03/2026", "Wed, 04 Foo 2026 09:15 GMT",
                "Wed, 04 Mar 2026 09:15:00 XYZ", "1772615700"}) {
            PublishedDate d = PublishedDate.parse(text);
            assertThat(d.at()).as(text).isNull();
            assertThat(d.warning()).as(text).isEqualTo("unreadable published date \"" + text + "\": left empty");
        }
    }

    @Test
    void longUnreadableValueIsQuotedShort() {
        assertThat(PublishedDate.parse("x".repeat(500)).warning())
                .isEqualTo("unreadable published date \"" + "x".repeat(60) + "…\": left empty");
    }

    @Test
    void blankIsNone() {
        assertThat(PublishedDate.parse(null)).isEqualTo(PublishedDate.NONE);
        assertThat(PublishedDate.parse(" \u00A0")).isEqualTo(PublishedDate.NONE);
    }
}
