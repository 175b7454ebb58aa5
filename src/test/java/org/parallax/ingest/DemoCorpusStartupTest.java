package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.article.ArticleRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** On the first start with an empty database the demo corpus is loaded, once. */
@SpringBootTest(properties = "parallax.demo.enabled=true")
class DemoCorpusStartupTest {

    @Autowired ArticleRepository articles;
    @Autowired DemoCorpus demo;
    @Autowired org.parallax.lexicon.LexiconService lexicons;

    @Test
    void demoCorpusIsLoadedOnFirstStartAndNotAgain() throws Exception {
        int loaded = articles.countAll();
        assertThat(loaded).isGreaterThanOrEqualTo(20);

        demo.loadIfEmpty();

        assertThat(articles.countAll()).isEqualTo(loaded);
    }

    @Test
    void theDemoWorldsNamesComeWithTheDemoCorpusNotWithTheStarter() {
        var demoLexicon = lexicons.get(org.parallax.lexicon.DemoLexicon.NAME).orElseThrow();
        assertThat(demoLexicon.enabled()).isTrue();
        assertThat(demoLexicon.lexicon().concepts()).extracting(c -> c.concept()).contains("the shared river (demo)");
        assertThat(lexicons.get("starter").orElseThrow().lexicon().concepts()).extracting(c -> c.concept())
                .noneMatch(c -> c.contains("(demo)"));
        assertThat(lexicons.current().concept("the shared river (demo)").variants()).contains("Lenne", "Lennar");
    }
}
