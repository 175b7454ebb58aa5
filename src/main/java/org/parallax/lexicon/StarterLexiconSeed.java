package org.parallax.lexicon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a start with no stored lexicon, stores the shipped starter lexicon so it can be edited; on a
 * start with a starter stored by an older version, brings it up to the shipped one, keeping the
 * user's edits ({@link LexiconService#upgradeStarter()}).
 */
@Component
class StarterLexiconSeed {

    private static final Logger log = LoggerFactory.getLogger(StarterLexiconSeed.class);

    private final LexiconService lexicons;

    StarterLexiconSeed(LexiconService lexicons) {
        this.lexicons = lexicons;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    void seed() {
        if (lexicons.seedIfEmpty()) {
            log.info("Stored the starter lexicon (no lexicon was stored yet).");
        }
        if (lexicons.upgradeStarter()) {
            log.info("Brought the stored starter lexicon up to version {}, keeping its edits.", LexiconService.STARTER_VERSION);
        }
    }
}
