package org.parallax.lexicon;

import org.jspecify.annotations.Nullable;
import org.parallax.text.compare.Lexicon;

/**
 * One lexicon read from an imported document.
 *
 * @param lexicon the lexicon
 * @param enabled whether to use it in comparisons; null keeps a stored lexicon's setting (a new one is enabled)
 */
public record LexiconImport(Lexicon lexicon, @Nullable Boolean enabled) {}
