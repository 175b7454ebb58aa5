package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleFeatureExtractor;
import org.parallax.article.ArticleStore;
import org.parallax.article.NewArticle;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import groups each transaction in the transaction after it; should Parallax stop in between,
 * the articles are stored but in no event, and start-up grouping places them.
 */
@SpringBootTest
class StartupGroupingTest {

    @Autowired ArticleStore store;
    @Autowired ArticleFeatureExtractor extractor;
    @Autowired StartupGrouping startup;
    @Autowired EventRepository events;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;

    @Test
    void articlesStoredButNotYetGroupedAreGroupedAtTheNextStart() {
        CleanDatabase.truncate(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long batch = jdbc.queryForObject(
                "insert into import_batch (source_name, format, created_by) values ('test', 'TEST', 1) returning id", Long.class);
        String body = "Dock workers in Calder Bay walked out on Monday over pay. The port authority said talks would resume.";
        List<NewArticle> articles = List.of(
                new NewArticle("Calder Bay dock workers strike", null, null, null, null, "https://a.example/strike", null, null, null,
                        "en", body, 18, "hash-a", Set.of(), batch, "record 1", 1),
                new NewArticle("Strike shuts Calder Bay docks", null, null, null, null, "https://b.example/strike", null, null, null,
                        "en", body + " Ships waited offshore.", 21, "hash-b", Set.of(), batch, "record 2", 1));

        // stored, announced later: the application stops before the announcing transaction
        ArticleStore.StoredArticles stored = transactions.execute(tx -> store.storeAllIfNewAnnouncingLater(articles,
                articles.stream().map(a -> extractor.extract(a.title(), a.body())).toList()));
        List<Long> ids = stored.ids().stream().map(java.util.Optional::orElseThrow).toList();
        for (long id : ids) {
            java.util.Optional<Long> event = transactions.execute(tx -> events.eventOf(id));
            assertThat(event).as("stored, not yet grouped").isEmpty();
        }

        startup.backfill();

        List<Long> eventIds = ids.stream().map(id -> transactions.execute(tx -> events.eventOf(id)).orElseThrow()).toList();
        assertThat(eventIds).as("the same story: one event").containsOnly(eventIds.getFirst());
    }
}
