package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.parallax.article.ArticleRepository;
import org.parallax.lexicon.LexiconService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo corpus (original text written for Parallax: fictional outlets covering
 * fictional events) on the first start with an empty database, with its own lexicon
 * ({@code demo/demo-lexicon.json}: the names of the demo world), stored as the lexicon {@code demo}.
 * {@code parallax.demo.enabled=false} turns it off.
 */
@Component
@ConditionalOnProperty(name = "parallax.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoCorpus {

    static final String RESOURCE = "demo/demo-digest.txt";
    private static final Logger log = LoggerFactory.getLogger(DemoCorpus.class);

    private final ImportService imports;
    private final ArticleRepository articles;
    private final LexiconService lexicons;

    DemoCorpus(ImportService imports, ArticleRepository articles, LexiconService lexicons) {
        this.imports = imports;
        this.articles = articles;
        this.lexicons = lexicons;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIfEmpty() throws IOException {
        if (articles.countAll() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            ImportReport report = imports.importStream("demo corpus", in, ImportFormat.DIGEST);
            log.info("Loaded the demo corpus: {} articles", report.created());
        }
        if (lexicons.storeDemoIfAbsent()) {
            log.info("Stored the demo corpus's lexicon as \"demo\".");
        }
    }
}
