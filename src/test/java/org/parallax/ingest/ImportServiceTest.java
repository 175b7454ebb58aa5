package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.testsupport.CleanDatabase;
import org.parallax.article.ArticleDetail;
import org.parallax.article.ArticleFilter;
import org.parallax.article.ArticleFlag;
import org.parallax.article.ArticleRepository;
import org.parallax.outlet.Outlet;
import org.parallax.outlet.OutletRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The import service against a real PostgreSQL: what lands, what is reported, what is never stored twice. */
@SpringBootTest
class ImportServiceTest {

    static final String RIVER_DIGEST = "/fixtures/import/river-digest.txt";

    @Autowired ImportService imports;
    @Autowired ArticleRepository articles;
    @Autowired OutletRepository outlets;
    @Autowired ImportBatchRepository batches;
    @Autowired DataSource dataSource;
    @Autowired org.parallax.event.EventService events;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeEach
    void emptyDatabase() {
        CleanDatabase.truncate(dataSource);
    }

    @Test
    void importsValidBlocksRejectsTheBadOneAndDetectsOutlets() throws IOException {
        int before = articles.countAll();
        ImportReport report = importResource(RIVER_DIGEST);

        assertThat(report.format()).isEqualTo("DIGEST");
        assertThat(report.created()).isEqualTo(4);
        assertThat(report.articleIds()).hasSize(4);
        assertThat(articles.countAll()).isEqualTo(before + 4);
        assertThat(report.rejected()).singleElement().satisfies(p -> assertThat(p.record()).startsWith("block 4"));

        List<String> outletNames = outlets.findAll().stream().map(Outlet::name).toList();
        assertThat(outletNames).contains("Harbour Ledger", "Valley Courier", "Northline Radio")
                .doesNotContain("Regional Water Board");

        ArticleDetail courier = articles.findById(report.articleIds().get(1)).orElseThrow();
        assertThat(courier.title()).isEqualTo("Water board “acted too late”, west bank farmers say");
        assertThat(courier.outlet()).isEqualTo("Valley Courier");
        assertThat(courier.outletEvidence()).isEqualTo("TITLE_SUFFIX");

        ArticleDetail radio = articles.findById(report.articleIds().get(2)).orElseThrow();
        assertThat(radio.upstreamSource()).isEqualTo("Regional Water Board");
        assertThat(radio.body()).doesNotContain("• By").doesNotContain("Today 09:10")
                .startsWith("The regional water board opened six floodgates");

        ArticleDetail ledger = articles.findById(report.articleIds().get(0)).orElseThrow();
        assertThat(ledger.body()).doesNotContain("Share The News").doesNotContain("First published in");
        assertThat(ledger.wordCount()).isGreaterThan(40);

        ArticleDetail council = articles.findById(report.articleIds().get(3)).orElseThrow();
        assertThat(council.flags()).contains(ArticleFlag.EMPTY_BODY, ArticleFlag.NO_OUTLET);
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.record()).startsWith("block 5"));
    }

    @Test
    void importingTheSameFileTwiceCreatesNoDuplicates() throws IOException {
        importResource(RIVER_DIGEST);
        int after = articles.countAll();

        ImportReport again = importResource(RIVER_DIGEST);

        assertThat(again.created()).isZero();
        assertThat(again.duplicates()).isEqualTo(4);
        assertThat(again.duplicateRecords()).allSatisfy(d -> assertThat(d.message()).startsWith("duplicate of article #"));
        assertThat(articles.countAll()).isEqualTo(after);
    }

    @Test
    void unreadableInputStoresNothingNotEvenABatch() {
        int batchesBefore = batches.findRecent(1000).size();
        int articlesBefore = articles.countAll();

        assertThatThrownBy(() -> imports.importStream("notes.txt",
                new ByteArrayInputStream("just some notes\nnothing else".getBytes(StandardCharsets.UTF_8)), null))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("digest");
        assertThatThrownBy(() -> imports.importStream("empty.txt", new ByteArrayInputStream(new byte[0]), null))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> imports.importStream("image.png", new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}), null))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("binary");

        assertThat(batches.findRecent(1000)).hasSize(batchesBefore);
        assertThat(articles.countAll()).isEqualTo(articlesBefore);
    }

    @Test
    void windows1252InputIsDecoded() throws IOException {
        String digest = "Selected Articles\r\n\r\nCaf\u00e9 owners protest new \u201cterrace tax\u201d\r\n\r\nShare The News\r\n\r\n"
                + "Owners of the Caf\u00e9 Mirel said the tax was \u201cunfair\u201d.\r\n\r\nFirst published in Weststadt Bulletin\r\n\r\nShare The News\r\n";
        ImportReport report = imports.importStream("cp1252.txt",
                new ByteArrayInputStream(digest.getBytes("windows-1252")), null);

        ArticleDetail a = articles.findById(report.articleIds().getFirst()).orElseThrow();
        assertThat(a.title()).isEqualTo("Caf\u00e9 owners protest new \u201cterrace tax\u201d");
        assertThat(a.outlet()).isEqualTo("Weststadt Bulletin");
    }

    @Test
    void aRecordTheDatabaseRefusesIsRejectedAloneAndLeavesNothingBehindWhileItsNeighboursLand() {
        // PostgreSQL refuses an outlet name longer than its column (varchar(300)): the middle record fails inside
        // the database, in the same transaction as its neighbours
        String jsonl = """
                {"outlet":"Harbour Ledger","title":"Ferry pier closes for repairs","body":"The harbour board closed the old ferry pier on Tuesday after divers found cracks in its columns."}
                {"outlet":"%s","title":"Broken record","body":"This record names an outlet too long for the database to keep."}
                {"outlet":"Valley Courier","title":"Farmers count the flood damage","body":"Farmers on the west bank said the water board acted too late to open the sluices."}
                """.formatted("Quay Times ".repeat(40));
        ImportReport report = imports.importStream("mixed.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), null);

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.rejected()).singleElement().satisfies(p -> {
            assertThat(p.record()).contains("2");
            assertThat(p.message()).startsWith("could not be stored");
        });
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from article", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from article where title = 'Broken record'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(distinct article_id) from article_terms", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select document_count from term_stat where term = ''", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from event_member", Integer.class)).isEqualTo(2);
    }

    @Test
    void corpusStatisticsMatchTheStoredTermsWhenManyArticlesLandInOneTransaction() throws IOException {
        importResource(RIVER_DIGEST);
        imports.importStream("mixed.jsonl", new ByteArrayInputStream("""
                {"outlet":"Harbour Ledger","title":"Ferry pier closes","body":"The harbour board closed the ferry pier after divers found cracks. The pier reopens in June."}
                {"outlet":"Quay Times","title":"Pier repairs","body":"Divers found cracks in the pier, the harbour board said; repairs to the ferry pier start Monday."}
                """.getBytes(StandardCharsets.UTF_8)), null);

        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        // every term's document count and total occurrences are those of the stored term bags
        assertThat(jdbc.queryForObject("""
                select count(*) from (
                    select t.term, count(*) as docs, sum(t.c) as total
                    from article_terms a, unnest(a.body_terms, a.body_counts) as t(term, c) group by t.term) x
                full join (select term, document_count, term_count from term_stat where term <> '' and term not like 'actor:%') s
                    using (term)
                where x.docs is distinct from s.document_count or x.total is distinct from s.term_count
                """, Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select document_count from term_stat where term = ''", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from article_terms", Integer.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select term_count from term_stat where term = ''", Long.class))
                .isEqualTo(jdbc.queryForObject("select sum(c) from article_terms a, unnest(a.body_counts) c", Long.class));
    }

    @Test
    void anImportInsideACallersTransactionGroupsItsArticlesThereToo() {
        // grouping normally runs on a second thread, which could not see rows the caller has not committed yet
        ImportReport report = transactions.execute(tx -> imports.importStream("mixed.jsonl", new ByteArrayInputStream("""
                {"outlet":"Harbour Ledger","title":"Ferry pier closes","body":"The harbour board closed the ferry pier after divers found cracks. The pier reopens in June."}
                {"outlet":"Quay Times","title":"Pier repairs","body":"Divers found cracks in the pier, the harbour board said; repairs to the ferry pier start Monday."}
                """.getBytes(StandardCharsets.UTF_8)), null));

        assertThat(report.created()).isEqualTo(2);
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from article a join event_member m on m.article_id = a.id",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void cancellingStopsBeforeTheNextTransactionAndKeepsWholeRecords() throws IOException {
        StringBuilder big = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            big.append("Selected Articles\n\nCancellation test story number ").append(i).append("\n\nShare The News\n\n")
                    .append("Body text of story ").append(i).append(" about the harbour crane.\n\nFirst published in Crane Weekly\n\nShare The News\n");
        }
        int[] seen = {0};
        ImportReport report = imports.importStream("many.txt",
                new ByteArrayInputStream(big.toString().getBytes(StandardCharsets.UTF_8)), null, new ImportListener() {
                    @Override
                    public void progress(long bytesRead, int created, int duplicates, int rejected) {
                        seen[0] = created;
                    }

                    @Override
                    public boolean cancelled() {
                        return seen[0] >= 5;
                    }
                });

        // records are stored in transactions of up to 128: the import stops at the next one
        assertThat(report.status()).isEqualTo("cancelled");
        assertThat(report.created()).isBetween(5, 128);
        assertThat(articles.count(new ArticleFilter(null, null, report.id()))).isEqualTo(report.created());
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject(
                "select count(*) from article a join article_terms t on t.article_id = a.id join event_member m on m.article_id = a.id "
                        + "where a.import_batch_id = ?", Integer.class, report.id())).isEqualTo(report.created());
    }

    @Test
    void aNearDuplicateIsKeptLinkedAndFlagged() {
        String body = "The harbour board voted on Tuesday night to close the old ferry pier for repairs after divers found "
                + "cracks in three of its supporting columns. Repairs are expected to take six weeks and cost about "
                + "two million, the board said in a statement. Ferries will use the cargo quay in the meantime, and "
                + "passengers are asked to allow an extra fifteen minutes for the walk from the bus station. The pier "
                + "was built in 1962 and last renovated in 1998, when its deck was replaced.";
        String edited = body.replace("about two million", "roughly two million");
        String digest = "Selected Articles\n\nOld ferry pier to close for repairs\n\nShare The News\n\n" + body
                + "\n\nFirst published in Harbour Ledger\n\nShare The News\n"
                + "Selected Articles\n\nFerry pier closes for six weeks of repairs\n\nShare The News\n\n" + edited
                + "\n\nFirst published in Quay Times\n\nShare The News\n";

        ImportReport report = imports.importStream("near.txt", new ByteArrayInputStream(digest.getBytes(StandardCharsets.UTF_8)), null);

        assertThat(report.created()).isEqualTo(2);
        long original = report.articleIds().get(0);
        long copy = report.articleIds().get(1);
        assertThat(articles.findById(copy).orElseThrow().flags()).contains(ArticleFlag.NEAR_DUPLICATE);
        assertThat(articles.findById(original).orElseThrow().flags()).doesNotContain(ArticleFlag.NEAR_DUPLICATE);
        assertThat(articles.nearDuplicateOf(copy)).hasValueSatisfying(n -> {
            assertThat(n.id()).isEqualTo(original);
            assertThat(n.similarity()).isBetween(0.8, 1.0);
        });
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("near-duplicate of article #" + original));

        events.regroup(0.18, null, null);
        events.regroup(0.18, null, null);
        Integer flagged = new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject(
                "select cardinality(array_positions(flags, 'NEAR_DUPLICATE')) from article where id = ?", Integer.class, copy);
        assertThat(flagged).as("regrouping does not flag it again").isEqualTo(1);
    }

    private ImportReport importResource(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return imports.importStream(resource.substring(resource.lastIndexOf('/') + 1), in, null);
        }
    }
}
