package org.parallax.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.text.compare.Lexicon;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A fresh database gets the starter lexicon on start-up, stored and editable. */
@SpringBootTest
class StarterLexiconStartupTest {

    @Autowired LexiconService service;

    @Test
    void theStarterIsStoredOnTheFirstStart() {
        assertThat(service.list()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("starter");
            assertThat(l.enabled()).isTrue();
            assertThat(l.lexicon()).isEqualTo(Lexicon.starter());
        });
        assertThat(service.seedIfEmpty()).isFalse();
    }
}
