package org.parallax.article;

import java.util.List;
import org.parallax.text.Actor;
import org.parallax.text.Span;
import org.parallax.text.TermCounts;

/**
 * The text features of one article, computed once when it is stored and kept in derived tables.
 * Offsets are half-open {@code [begin, end)} character offsets into the article's body.
 *
 * @param sentences      the body's sentences
 * @param sentenceShingles for each sentence, the 64-bit hashes of the word 5-grams that start in it
 * @param bodyTerms      stemmed body terms with counts (Lucene EnglishAnalyzer)
 * @param titleTerms     stemmed title terms with counts
 * @param actors         people, organisations and places named in the title and body, merged across forms
 */
public record ArticleTextFeatures(
        List<Span> sentences,
        List<long[]> sentenceShingles,
        TermCounts bodyTerms,
        TermCounts titleTerms,
        List<Actor> actors) {}
