package org.parallax.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.text.Actor;
import org.parallax.text.ActorExtractor;
import org.parallax.text.ActorMerger;
import org.parallax.text.Mention;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.Span;
import org.parallax.text.TermAnalyzer;
import org.parallax.text.TermCounts;
import org.parallax.text.compare.Shingler;
import org.parallax.text.compare.WordToken;
import org.parallax.text.compare.WordTokenizer;
import org.springframework.stereotype.Component;

/** Computes an article's {@link ArticleTextFeatures} from its title and body (pure computation, thread-safe). */
@Component
public class ArticleFeatureExtractor {

    private final TermAnalyzer terms = new TermAnalyzer();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final ActorExtractor actors = new ActorExtractor();
    private final ActorMerger merger = new ActorMerger();
    private final Shingler shingler = new Shingler();

    public ArticleTextFeatures extract(String title, String body) {
        List<Span> spans = sentences.split(body);
        TermCounts bodyTerms = terms.analyze(body);
        TermCounts titleTerms = terms.analyze(title);
        // the extractor reads the title as a headline; mentions found there are shifted out of body offsets
        String text = title + "\n\n" + body;
        int shift = title.length() + 2;
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : actors.extract(text, sentences.splitHeadlined(title, body, spans))) {
            if (m.begin() >= shift) {
                mentions.add(new Mention(m.surface(), m.key(), m.begin() - shift, m.end() - shift));
            }
        }
        List<Actor> merged = merger.merge(mentions);
        return new ArticleTextFeatures(spans, sentenceShingles(body, spans), bodyTerms, titleTerms, merged);
    }

    /**
     * Each sentence's shingles: the hashed word 5-grams that start inside it (they may run on into the next). A
     * shingle belongs to the first sentence that does not end at or before its first word, the last sentence
     * taking the rest; as shingles and sentences are both in text order, each sentence's shingles are one range.
     */
    private List<long[]> sentenceShingles(String body, List<Span> spans) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<WordToken> tokens = WordTokenizer.tokenize(body);
        long[] hashes = shingler.hashes(tokens);
        long[][] perSentence = new long[spans.size()][];
        int sentence = 0;
        int from = 0;
        for (int i = 0; i < hashes.length; i++) {
            int begin = tokens.get(i).begin();
            while (sentence < spans.size() - 1 && begin >= spans.get(sentence).end()) {
                perSentence[sentence++] = Arrays.copyOfRange(hashes, from, i);
                from = i;
            }
        }
        perSentence[sentence++] = Arrays.copyOfRange(hashes, from, hashes.length);
        while (sentence < spans.size()) {
            perSentence[sentence++] = new long[0];
        }
        return List.of(perSentence);
    }
}
