package org.parallax.analysis;

import org.parallax.text.compare.Lexicon;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shipped starter lexicon, used when no editable lexicon store is present. */
@Configuration(proxyBeanMethods = false)
class StarterLexiconSource {

    @Bean
    @ConditionalOnMissingBean(LexiconSource.class)
    LexiconSource starterLexicon() {
        Lexicon starter = Lexicon.starter();
        return () -> starter;
    }
}
