package org.parallax.article;

// Frozen copy of org.parallax.article.ArticleFeatureExtractor as of commit 6e3f64f, before the reader-thread optimisation, kept only so
// that the equivalence tests can prove the optimised code computes the same outputs. Do not change it.

import java.util.ArrayList;
import java.util.List;
import org.parallax.text.Actor;
import org.parallax.text.LegacyActorExtractor;
import org.parallax.text.LegacyActorMerger;
import org.parallax.text.Mention;
import org.parallax.text.LegacySentenceSplitter;
import org.parallax.text.Span;
import org.parallax.text.TermAnalyzer;
import org.parallax.text.TermCounts;
import org.parallax.text.compare.Shingle;
import org.parallax.text.compare.LegacyShingler;

/** Computes an article's {@link ArticleTextFeatures} from its title and body (pure computation, thread-safe). */
public class LegacyArticleFeatureExtractor {

    private final TermAnalyzer terms = new TermAnalyzer();
    private final LegacySentenceSplitter sentences = new LegacySentenceSplitter();
    private final LegacyActorExtractor actors = new LegacyActorExtractor();
    private final LegacyActorMerger merger = new LegacyActorMerger();
    private final LegacyShingler shingler = new LegacyShingler();

    public ArticleTextFeatures extract(String title, String body) {
        List<Span> spans = sentences.split(body);
        TermCounts bodyTerms = terms.analyze(body);
        TermCounts titleTerms = terms.analyze(title);
        // the extractor reads the title as a headline; mentions found there are shifted out of body offsets
        String text = title + "\n\n" + body;
        int shift = title.length() + 2;
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : actors.extract(text)) {
            if (m.begin() >= shift) {
                mentions.add(new Mention(m.surface(), m.key(), m.begin() - shift, m.end() - shift));
            }
        }
        List<Actor> merged = merger.merge(mentions);
        return new ArticleTextFeatures(spans, sentenceShingles(body, spans), bodyTerms, titleTerms, merged);
    }

    /** Each sentence's shingles: the hashed word 5-grams that start inside it (they may run on into the next). */
    private List<long[]> sentenceShingles(String body, List<Span> spans) {
        List<List<Long>> perSentence = new ArrayList<>();
        spans.forEach(s -> perSentence.add(new ArrayList<>()));
        int sentence = 0;
        for (Shingle shingle : shingler.shingles(body)) {
            while (sentence < spans.size() - 1 && shingle.begin() >= spans.get(sentence).end()) {
                sentence++;
            }
            if (!spans.isEmpty()) {
                perSentence.get(sentence).add(shingle.hash());
            }
        }
        return perSentence.stream().map(l -> l.stream().mapToLong(Long::longValue).toArray()).toList();
    }
}
