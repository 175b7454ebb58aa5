package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.event.EventService;
import org.parallax.ingest.ImportService;
import org.parallax.testsupport.CleanDatabase;
import org.parallax.text.TermAnalyzer;
import org.parallax.text.TermCounts;
import org.parallax.text.TfIdfVectorizer;
import org.parallax.text.InMemoryDocumentFrequencies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each measure of the comparison on three hand-made reports of one invented event, with the
 * expectations worked out by reading the texts (see fixtures/compare/port-strike.jsonl):
 * <ul>
 *   <li>Ledger and Coastline open with the same two sentences, except that Coastline inserted
 *       "whole"; both then carry the same quote (curly quotes, "said" / straight quotes, "told").</li>
 *   <li>Ledger and Mercury share one sentence word for word: "Harbour master Ivo Brant said ships
 *       would be diverted to Calder Bay."</li>
 *   <li>Ledger says "blockade" and hedges with "so-called" and "allegedly"; Coastline says "closure",
 *       "admitted" and "claimed".</li>
 * </ul>
 */
@SpringBootTest
class ComparisonServiceTest {

    @Autowired ImportService imports;
    @Autowired EventService events;
    @Autowired ComparisonService comparisons;
    @Autowired DataSource dataSource;
    @Autowired org.parallax.lexicon.LexiconService lexicons;

    ComparisonFixture f;
    Comparison c;

    @BeforeEach
    void load() throws Exception {
        CleanDatabase.truncate(dataSource);
        f = ComparisonFixture.load(imports, events);
        c = comparisons.compare(f.eventId).orElseThrow();
    }

    @Test
    void columnsAreTheEventsArticlesInPublicationOrder() {
        assertThat(c.articles()).extracting(ComparedArticle::outlet)
                .containsExactly("Northern Ledger", "Coastline Daily", "Meridian Mercury");
        assertThat(comparisons.compare(987654)).isEmpty();
    }

    @Test
    void sharedPassagesAreFoundVerbatimAndEdited() {
        SharedPassage opening = passageIn(f.ledger, f.coastline);
        assertThat(opening.verbatim()).as("Coastline inserted 'whole'").isFalse();
        assertThat(opening.text()).startsWith("Dock workers at Port Meridian walked out on Monday")
                .endsWith("until the offer is fair");
        assertThat(opening.occurrences()).extracting(PassageCopy::articleId).containsExactly(f.ledger, f.coastline);
        assertThat(opening.occurrences()).extracting(PassageCopy::kind).as("one copy is the other with a word inserted")
                .contains(PassageCopy.Kind.EDITED);
        Evidence inCoastline = opening.occurrences().get(1).evidence();
        assertThat(text(inCoastline)).contains("across the whole eastern terminal");

        SharedPassage harbour = passageIn(f.ledger, f.mercury);
        assertThat(harbour.verbatim()).isTrue();
        assertThat(harbour.text()).isEqualTo("Harbour master Ivo Brant said ships would be diverted to Calder Bay");
        assertThat(harbour.words()).isEqualTo(12);
        assertThat(c.sharedPassages()).hasSize(2);
    }

    @Test
    void everySentenceHasAStatus() {
        assertThat(statuses(f.coastline)).containsExactly(
                "VERBATIM Dock workers at Port Meridian walked out on Monday after talks on night-shift pay collapsed.",
                "EDITED The union said 1,200 members joined the strike and that cranes stood idle across the whole eastern terminal.",
                "EDITED \"We will stay out until the offer is fair,\" union leader Mara Quell told reporters.",
                "UNIQUE Port officials admitted that the closure would cost millions.",
                "UNIQUE Ivo Brant claimed ships would be diverted.");
        assertThat(statuses(f.mercury)).containsExactly(
                "UNIQUE Port Meridian was quiet on Monday as a walkout halted work on the docks.",
                "VERBATIM Harbour master Ivo Brant said ships would be diverted to Calder Bay.",
                "UNIQUE Shop owners near the harbour worried about the stoppage.",
                "UNIQUE Mara Quell did not answer calls.");
        // The Ledger's second sentence is fully covered by Coastline's shingles, but Coastline has a word more.
        assertThat(statuses(f.ledger).get(1)).startsWith("EDITED The union said 1,200");
        assertThat(c.sentences().get(f.mercury).get(1).sharedWith()).containsExactly(f.ledger);
    }

    @Test
    void theSameQuoteInBothQuoteStylesIsOneQuoteWithItsSpeaker() {
        QuoteGroup strike = c.quotes().stream().filter(q -> q.text().startsWith("We will stay out")).findFirst().orElseThrow();
        assertThat(strike.articleIds()).containsExactly(f.ledger, f.coastline);
        assertThat(strike.speaker()).isEqualTo("Mara Quell");
        assertThat(strike.occurrences()).extracting(QuoteGroup.QuoteUse::verb).containsExactly("said", "told");
        assertThat(strike.occurrences()).allSatisfy(u ->
                assertThat(c.article(u.articleId()).body().substring(u.begin(), u.end())).isEqualTo("We will stay out until the offer is fair,"));
        SpeakerRow quell = c.speakers().getFirst();
        assertThat(quell.speaker()).isEqualTo("Mara Quell");
        assertThat(quell.quotesByArticle()).containsEntry(f.ledger, 1).containsEntry(f.coastline, 1).doesNotContainKey(f.mercury);
        assertThat(quell.wordsByArticle()).containsEntry(f.ledger, 9);
    }

    @Test
    void actorsAreMergedAcrossArticles() {
        ActorGroup quell = actor("Mara Quell");
        assertThat(quell.articleIds()).containsExactly(f.ledger, f.coastline, f.mercury);
        ActorGroup brant = actor("Ivo Brant");
        assertThat(brant.articleIds()).containsExactly(f.ledger, f.coastline, f.mercury);
        assertThat(brant.mentions()).allSatisfy(e -> assertThat(text(e)).endsWith("Ivo Brant"));
        assertThat(actor("Calder Bay").articleIds()).containsExactly(f.ledger, f.mercury);
    }

    @Test
    void omissionsListWhatTwoOfTheThreeCarry() {
        List<Omission.Missing> mercury = missing(f.mercury);
        assertThat(mercury).extracting(Omission.Missing::kind, Omission.Missing::text).contains(
                org.assertj.core.groups.Tuple.tuple(Omission.Kind.QUOTE, "We will stay out until the offer is fair,"),
                org.assertj.core.groups.Tuple.tuple(Omission.Kind.NUMBER, "1,200"));
        assertThat(mercury).filteredOn(m -> m.kind() == Omission.Kind.PASSAGE).singleElement()
                .satisfies(m -> assertThat(m.presentIn()).containsExactly(f.ledger, f.coastline));
        List<Omission.Missing> coastline = missing(f.coastline);
        assertThat(coastline).extracting(Omission.Missing::text).contains("Calder Bay",
                "Harbour master Ivo Brant said ships would be diverted to Calder Bay");
        assertThat(coastline).extracting(Omission.Missing::text).doesNotContain("Mara Quell", "Ivo Brant");
    }

    @Test
    void contestedLabelsHedgesAndAttributionVerbsPerArticleInTheirOwnVoice() {
        LabelUse shutting = c.labels().stream().filter(l -> l.concept().equals("the shutting of a supply route"))
                .findFirst().orElseThrow();
        assertThat(shutting.variants()).containsEntry("blockade", List.of(f.ledger)).containsEntry("closure", List.of(f.coastline));
        assertThat(c.hedges()).filteredOn(m -> m.articleId() == f.ledger).extracting(Marker::phrase)
                .containsExactly("so-called", "allegedly");
        assertThat(c.hedges()).filteredOn(m -> m.articleId() == f.coastline).extracting(Marker::phrase).contains("claimed");
        assertThat(c.attributions()).filteredOn(m -> m.articleId() == f.coastline).extracting(Marker::entry)
                .contains("said", "admitted", "claimed");
        assertThat(c.hedges()).allSatisfy(m -> assertThat(c.article(m.articleId()).body().substring(m.begin(), m.end()))
                .isEqualTo(m.phrase()));
    }

    @Test
    void aLexiconAddedThroughTheServiceIsUsedByTheNextComparison() {
        assertThat(c.labels()).extracting(LabelUse::concept).doesNotContain("the dock stoppage");
        lexicons.save(new org.parallax.text.compare.Lexicon("docks",
                List.of(new org.parallax.text.compare.Lexicon.Concept("the dock stoppage", List.of("strike", "walkout", "stoppage"))),
                List.of(), List.of(), Map.of()));
        Comparison next = comparisons.compare(f.eventId).orElseThrow();
        LabelUse stoppage = next.labels().stream().filter(l -> l.concept().equals("the dock stoppage")).findFirst().orElseThrow();
        assertThat(stoppage.variants()).containsEntry("strike", List.of(f.ledger, f.coastline))
                .containsEntry("walkout", List.of(f.mercury));
        assertThat(stoppage.variants().get("stoppage")).containsExactly(f.ledger, f.mercury);
        assertThat(next.lexicon()).contains("docks");
    }

    @Test
    void similarityIsTheTfIdfCosineOverTheCorpusStatistics() {
        SimilarityMatrix s = c.similarity();
        assertThat(s.articleIds()).containsExactly(f.ledger, f.coastline, f.mercury);
        assertThat(s.between(f.ledger, f.ledger)).isEqualTo(1.0);
        assertThat(s.between(f.ledger, f.coastline)).isEqualTo(s.between(f.coastline, f.ledger));
        assertThat(s.between(f.ledger, f.coastline)).isGreaterThan(s.between(f.coastline, f.mercury));
        // The same cosine computed independently in Java from the stored statistics.
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Integer> df = new HashMap<>();
        jdbc.query("select term, document_count from term_stat where term <> ''", rs -> {
            df.put(rs.getString(1), rs.getInt(2));
        });
        int n = jdbc.queryForObject("select document_count from term_stat where term = ''", Integer.class);
        TfIdfVectorizer tfidf = new TfIdfVectorizer(InMemoryDocumentFrequencies.of(n, df));
        TermAnalyzer analyzer = new TermAnalyzer();
        TermCounts a = analyzer.analyze(c.article(f.ledger).body());
        TermCounts b = analyzer.analyze(c.article(f.coastline).body());
        assertThat(s.between(f.ledger, f.coastline))
                .isCloseTo(TfIdfVectorizer.cosine(tfidf.vectorize(a), tfidf.vectorize(b)), within(0.0006));
        assertThat(s.pairs().getFirst().topTerms()).isNotEmpty();
    }

    @Test
    void distinctiveWordsAreOverUsedByTheirOutletWithUsages() {
        TermGroup mercury = c.termGroups().stream().filter(g -> g.label().equals("Meridian Mercury")).findFirst().orElseThrow();
        List<DistinctiveTerm> terms = c.distinctiveTerms().get(mercury.key());
        assertThat(terms).isNotEmpty().allSatisfy(t -> {
            assertThat(t.z()).isPositive();
            assertThat(t.usages()).hasSize(t.count()).allSatisfy(e -> assertThat(e.articleId()).isEqualTo(f.mercury));
        });
        assertThat(terms).extracting(DistinctiveTerm::term).contains("shop");
        assertThat(terms).isSortedAccordingTo(java.util.Comparator.comparingDouble(DistinctiveTerm::z).reversed());
    }

    @Test
    void framesAreScoredPerArticleWithTheirTriggers() {
        assertThat(c.frames()).containsOnlyKeys(f.ledger, f.coastline, f.mercury);
        assertThat(c.frames().get(f.ledger)).hasSize(15);
        assertThat(c.frameTriggers().get(f.coastline)).isNotEmpty();
    }

    private SharedPassage passageIn(long a, long b) {
        return c.sharedPassages().stream().filter(p -> p.articleIds().equals(List.of(a, b))).findFirst().orElseThrow();
    }

    private List<String> statuses(long articleId) {
        String body = c.article(articleId).body();
        return c.sentences().get(articleId).stream().map(s -> s.status() + " " + body.substring(s.begin(), s.end())).toList();
    }

    private ActorGroup actor(String name) {
        return c.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + c.actors().stream().map(ActorGroup::name).toList()));
    }

    private List<Omission.Missing> missing(long articleId) {
        return c.omissions().stream().filter(o -> o.articleId() == articleId).findFirst().orElseThrow().missing();
    }

    private String text(Evidence e) {
        return c.article(e.articleId()).body().substring(e.begin(), e.end());
    }
}
