package org.parallax.analysis;

import org.parallax.text.compare.Lexicon;

/** Where the comparison gets the lexicon in force: read anew for every comparison. */
public interface LexiconSource {

    /** The lexicon to measure word choice with now. */
    Lexicon lexicon();
}
