package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
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
 * Headlines are analysed too (original fixture {@code fixtures/compare/headline-names.jsonl}: two
 * invented outlets whose headlines name the region differently from their bodies): a headline use
 * is a marker with {@code field = "title"} and offsets into the title, while body uses keep their
 * body offsets.
 */
@SpringBootTest
class HeadlineLabelsTest {

    static final String REGION = "the disputed South Caucasus region";

    @Autowired ImportService imports;
    @Autowired EventService events;
    @Autowired ComparisonService comparisons;
    @Autowired DataSource dataSource;

    long courier;
    long ledger;
    Comparison c;

    @BeforeEach
    void load() throws Exception {
        CleanDatabase.truncate(dataSource);
        ImportReport report;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/compare/headline-names.jsonl")) {
            report = imports.importStream("headline-names.jsonl", in, null);
        }
        assertThat(report.articleIds()).hasSize(2);
        courier = report.articleIds().get(0);
        ledger = report.articleIds().get(1);
        c = comparisons.compare(ComparisonFixture.oneEvent(events, report.articleIds())).orElseThrow();
    }

    @Test
    void aNameUsedOnlyInTheHeadlineIsCountedAsAHeadlineUseWithOffsetsIntoTheTitle() {
        LabelUse region = c.labels().stream().filter(l -> l.concept().equals(REGION)).findFirst().orElseThrow();
        assertThat(region.variants()).containsEntry("Artsakh", List.of(courier));
        Marker artsakh = region.uses().stream().filter(m -> m.entry().equals("Artsakh")).findFirst().orElseThrow();
        assertThat(artsakh.field()).isEqualTo("title");
        assertThat(artsakh.inTitle()).isTrue();
        assertThat(c.article(courier).title().substring(artsakh.begin(), artsakh.end())).isEqualTo("Artsakh");
        assertThat(artsakh.begin()).isZero();

        Marker karabakh = region.uses().stream().filter(m -> m.articleId() == courier && m.entry().equals("Nagorno-Karabakh"))
                .findFirst().orElseThrow();
        assertThat(karabakh.field()).isEqualTo("body");
        assertThat(c.article(courier).body().substring(karabakh.begin(), karabakh.end())).isEqualTo("Nagorno-Karabakh");
        assertThat(karabakh.begin()).isEqualTo(c.article(courier).body().indexOf("Nagorno-Karabakh"));
    }

    @Test
    void everyUseIsTraceableInItsOwnField() {
        for (LabelUse l : c.labels()) {
            for (Marker m : l.uses()) {
                ComparedArticle a = c.article(m.articleId());
                String text = m.inTitle() ? a.title() : a.body();
                assertThat(text.substring(m.begin(), m.end())).as("%s in %s", m.entry(), m.field()).isEqualTo(m.phrase());
            }
        }
        assertThat(c.hedges()).anySatisfy(m -> {
            assertThat(m.articleId()).isEqualTo(ledger);
            assertThat(m.field()).isEqualTo("title");
            assertThat(m.phrase()).isEqualTo("allegedly");
        });
        assertThat(c.hedges()).noneMatch(m -> m.articleId() == courier);
    }

    @Test
    void theLabelsTableMarksHeadlineUses() {
        ComparisonTables.Table labels = ComparisonTables.all(c).get("labels");
        int field = labels.columns().indexOf("field");
        assertThat(field).isPositive();
        List<List<String>> headline = labels.rows().stream().filter(r -> r.get(field).equals("title")).toList();
        assertThat(headline).extracting(r -> r.get(1)).contains("Artsakh", "Karabakh", "checkpoint");
        assertThat(labels.rows()).filteredOn(r -> r.get(field).equals("body")).extracting(r -> r.get(1))
                .contains("Nagorno-Karabakh", "Lachin corridor", "Lachin road");
        Map<String, List<Long>> roads = c.labels().stream().filter(l -> l.concept().equals("the road linking the region to Armenia"))
                .findFirst().orElseThrow().variants();
        assertThat(roads).containsEntry("Lachin corridor", List.of(courier)).containsEntry("Lachin road", List.of(ledger));
    }
}
