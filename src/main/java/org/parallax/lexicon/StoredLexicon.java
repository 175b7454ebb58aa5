package org.parallax.lexicon;

import java.time.OffsetDateTime;
import org.parallax.text.compare.Lexicon;

/**
 * A lexicon as stored: its content, whether the comparison uses it, and when it last changed.
 *
 * @param lexicon   the lexicon itself; its {@code name} is the stored name
 * @param enabled   whether {@link LexiconService#current()} includes it
 * @param updatedAt when it was last saved, enabled or disabled
 */
public record StoredLexicon(Lexicon lexicon, boolean enabled, OffsetDateTime updatedAt) {

    public String name() {
        return lexicon.name();
    }

    public int conceptCount() {
        return lexicon.concepts().size();
    }

    public int hedgeCount() {
        return lexicon.hedges().size();
    }
}
