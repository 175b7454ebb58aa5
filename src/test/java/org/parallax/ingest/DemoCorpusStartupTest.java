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

    @Test
    void demoCorpusIsLoadedOnFirstStartAndNotAgain() throws Exception {
        int loaded = articles.countAll();
        assertThat(loaded).isGreaterThanOrEqualTo(20);

        demo.loadIfEmpty();

        assertThat(articles.countAll()).isEqualTo(loaded);
    }
}
