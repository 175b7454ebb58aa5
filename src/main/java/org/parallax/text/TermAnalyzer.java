package org.parallax.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns English text into index terms with Lucene's {@link EnglishAnalyzer}: the Unicode (UAX #29)
 * standard tokenizer, the English possessive filter ("Pashinyan's" → "Pashinyan"), lower-casing,
 * Lucene's default English stop words ({@link EnglishAnalyzer#ENGLISH_STOP_WORDS_SET}: "a", "the",
 * "and", "of", …) and the Porter stemmer (M. F. Porter, "An algorithm for suffix stripping",
 * Program 14(3), 1980), so "negotiations", "negotiated" and "negotiating" all become "negoti".
 *
 * <p>Offsets are half-open {@code [begin, end)} character offsets into the original text, as
 * reported by Lucene's {@link OffsetAttribute}; a token's offsets cover the whole surface word the
 * tokenizer saw, including a removed possessive "'s". Numbers are kept as terms.
 *
 * <p>Thread-safe: the analyzer is shared, a token stream is created per call.
 */
public final class TermAnalyzer {

    private static final String FIELD = "text";

    private final Analyzer analyzer = new EnglishAnalyzer();

    /** The bag of terms of {@code text}; {@link TermCounts#EMPTY} for text without terms. */
    public TermCounts analyze(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int[] total = {0};
        each(text, (term, begin, end) -> {
            counts.merge(term, 1, Integer::sum);
            total[0]++;
        });
        return total[0] == 0 ? TermCounts.EMPTY : new TermCounts(counts, total[0]);
    }

    /** Every token of {@code text} in order, with its term and its {@code [begin, end)} offsets in {@code text}. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        each(text, (term, begin, end) -> tokens.add(new Token(term, begin, end)));
        return List.copyOf(tokens);
    }

    private interface TokenSink {
        void accept(String term, int begin, int end);
    }

    private void each(String text, TokenSink sink) {
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
    }
}
