package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.event.EventService;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 12, point 5, on an original fixture ({@code fixtures/compare/bridge-convoy.jsonl}: five invented reports of a
 * bridge reopening, one with an empty body and one teaser) imported into the real database and compared as one event:
 * the rows a student reads name the right speakers and actors, show no headline as a quote, and leave the articles
 * without text out of the omissions.
 */
@SpringBootTest
class QuotesActorsOmissionsTest {

    @Autowired ImportService imports;
    @Autowired EventService events;
    @Autowired ComparisonService comparisons;
    @Autowired DataSource dataSource;

    List<Long> ids;
    Comparison c;

    @BeforeEach
    void load() throws Exception {
        CleanDatabase.truncate(dataSource);
        ImportReport report;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/compare/bridge-convoy.jsonl")) {
            report = imports.importStream("bridge-convoy.jsonl", in, null);
        }
        ids = report.articleIds();
        assertThat(ids).hasSize(5);
        c = comparisons.compare(ComparisonFixture.oneEvent(events, ids)).orElseThrow();
    }

    private long article(String outlet) {
        return c.articles().stream().filter(a -> outlet.equals(a.outlet())).findFirst().orElseThrow().id();
    }

    @Test
    void speakersAreTheNamedPeopleNotPartsOfNames() {
        assertThat(c.speakers()).extracting(SpeakerRow::speaker).contains("Hemet Tarvo")
                .doesNotContain("Northern", "Northern States", "President Ilsa Varn", "Ilsa Varn");
        SpeakerRow tarvo = c.speakers().stream().filter(r -> r.speaker().equals("Hemet Tarvo")).findFirst().orElseThrow();
        assertThat(tarvo.quotesByArticle()).containsKeys(article("Baltic Ledger"), article("Riga Observer"),
                article("Tallinn Courier"));
        assertThat(tarvo.quotesByArticle().get(article("Baltic Ledger"))).as("announced …, reaffirming …").isEqualTo(2);

        QuoteGroup consent = c.quotes().stream().filter(q -> q.text().startsWith("Estonia gave its consent"))
                .findFirst().orElseThrow();
        assertThat(consent.speaker()).isEqualTo("Hemet Tarvo");
        assertThat(consent.articleIds()).containsExactlyInAnyOrder(article("Baltic Ledger"), article("Riga Observer"));

        QuoteGroup presuppose = c.quotes().stream().filter(q -> q.text().startsWith("does not presuppose"))
                .findFirst().orElseThrow();
        assertThat(presuppose.speaker()).isNull();
        assertThat(presuppose.verb()).isNull();
    }

    @Test
    void aHeadlineRepeatedInTheBodyIsNoQuote() {
        assertThat(c.quotes()).extracting(QuoteGroup::text).noneMatch(t -> t.contains("Lasting Calm"));
    }

    @Test
    void countriesNationalitiesAndAdverbsAreTreatedAsAStudentExpects() {
        assertThat(c.actors()).extracting(ActorGroup::name)
                .contains("Estonia", "Latvia", "Estonia Red Crescent Society", "Christian Latvia", "Hemet Tarvo")
                .doesNotContain("Estonian", "Consequently", "Meanwhile", "Interestingly");
        ActorGroup estonia = c.actors().stream().filter(a -> a.name().equals("Estonia")).findFirst().orElseThrow();
        assertThat(estonia.forms()).containsExactly("Estonia");
        ActorGroup latvia = c.actors().stream().filter(a -> a.name().equals("Latvia")).findFirst().orElseThrow();
        assertThat(latvia.forms()).containsExactly("Latvia");
        ActorGroup tarvo = c.actors().stream().filter(a -> a.name().equals("Hemet Tarvo")).findFirst().orElseThrow();
        assertThat(tarvo.forms()).contains("Tarvo");
    }

    @Test
    void articlesWithoutTextAreLeftOutOfTheOmissionsWithTheReason() {
        Omission empty = omission(article("Narva Bulletin"));
        assertThat(empty.isLeftOut()).isTrue();
        assertThat(empty.leftOut()).isEqualTo("no body text");
        assertThat(empty.missing()).isEmpty();
        Omission teaser = omission(article("Border Brief"));
        assertThat(teaser.leftOut()).startsWith("teaser only: 13 words");
        assertThat(teaser.missing()).isEmpty();

        for (String outlet : List.of("Baltic Ledger", "Riga Observer", "Tallinn Courier")) {
            assertThat(omission(article(outlet)).isLeftOut()).as(outlet).isFalse();
        }
        // "most" is counted over the three articles with text: Latvia and 300 are in all three, so nobody omits them
        assertThat(c.omissions()).flatMap(Omission::missing).extracting(Omission.Missing::text)
                .doesNotContain("Latvia", "300");
        // the Tallinn Courier lacks the quote two of the three compared articles carry
        assertThat(omission(article("Tallinn Courier")).missing()).extracting(Omission.Missing::kind, Omission.Missing::text)
                .contains(org.assertj.core.groups.Tuple.tuple(Omission.Kind.QUOTE,
                        "Estonia gave its consent as a goodwill gesture to ensure a simultaneous opening,"));
    }

    private Omission omission(long articleId) {
        return c.omissions().stream().filter(o -> o.articleId() == articleId).findFirst().orElseThrow();
    }
}
