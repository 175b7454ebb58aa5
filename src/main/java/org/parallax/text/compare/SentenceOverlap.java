package org.parallax.text.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Classifies each sentence of one text against the sentences of other texts as
 * {@link OverlapStatus#VERBATIM verbatim}, {@link OverlapStatus#EDITED edited} or
 * {@link OverlapStatus#UNIQUE unique}.
 *
 * <p>Each sentence {@code s} is tokenised with {@link WordTokenizer}; its <em>normalised text</em>
 * is its normalised words joined by single spaces (so case, curly versus straight quotes,
 * punctuation and spacing do not count as differences) and {@code S(s)} is the set of distinct
 * hashes of its word shingles (built within the sentence, see {@link Shingler}). Then:
 * <ul>
 *   <li><b>VERBATIM</b> if the normalised text of {@code s} equals that of some sentence of
 *       another text. (Every shingle of {@code s} then also occurs in that text.)</li>
 *   <li><b>EDITED</b> otherwise, if {@code s} has at least {@code n} words and its best-matching
 *       sentence {@code t} in another text has the Jaccard coefficient
 *       <pre>J(s, t) = |S(s) ∩ S(t)| / |S(s) ∪ S(t)| ≥ θ</pre>
 *       (Jaccard 1901; as a resemblance of shingle sets, Broder 1997), with θ = 0.5 by default.</li>
 *   <li><b>UNIQUE</b> otherwise. A sentence of fewer than {@code n} words has no shingles, so it is
 *       either verbatim (exact normalised text) or unique; so is a sentence without words.</li>
 * </ul>
 * The best match is the sentence with the highest {@code J}; ties go to the earlier text, then
 * the earlier sentence.
 */
public final class SentenceOverlap {

    /** The default Jaccard threshold for {@link OverlapStatus#EDITED}. */
    public static final double DEFAULT_EDITED_THRESHOLD = 0.5;

    private final Shingler shingler;
    private final double editedThreshold;

    /** 5-word shingles, θ = 0.5. */
    public SentenceOverlap() {
        this(new Shingler(), DEFAULT_EDITED_THRESHOLD);
    }

    /**
     * @param shingler        the shingle size to use
     * @param editedThreshold the Jaccard threshold θ for EDITED, in {@code (0, 1]}
     */
    public SentenceOverlap(Shingler shingler, double editedThreshold) {
        if (!(editedThreshold > 0 && editedThreshold <= 1)) {
            throw new IllegalArgumentException("Threshold must be in (0, 1]: " + editedThreshold);
        }
        this.shingler = shingler;
        this.editedThreshold = editedThreshold;
    }

    /**
     * The status of every sentence of {@code target} against {@code others}.
     *
     * @return one match per sentence, in the order of {@code target.sentences()};
     *         {@link SentenceMatch#otherText()} indexes {@code others}
     */
    public List<SentenceMatch> compare(SegmentedText target, List<SegmentedText> others) {
        Index index = new Index();
        for (int d = 0; d < others.size(); d++) {
            index.add(d, sentences(others.get(d)));
        }
        return classify(sentences(target), index, -1);
    }

    /**
     * The status of every sentence of every text against all the other texts.
     *
     * @return per text, one match per sentence; {@link SentenceMatch#otherText()} indexes {@code texts}
     *         and never points to the text itself
     */
    public List<List<SentenceMatch>> compareEach(List<SegmentedText> texts) {
        Index index = new Index();
        List<List<Sentence>> all = new ArrayList<>();
        for (int d = 0; d < texts.size(); d++) {
            List<Sentence> sentences = sentences(texts.get(d));
            all.add(sentences);
            index.add(d, sentences);
        }
        List<List<SentenceMatch>> result = new ArrayList<>();
        for (int d = 0; d < texts.size(); d++) {
            result.add(classify(all.get(d), index, d));
        }
        return List.copyOf(result);
    }

    private List<SentenceMatch> classify(List<Sentence> sentences, Index index, int self) {
        List<SentenceMatch> result = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            result.add(classify(s, index, self));
        }
        return List.copyOf(result);
    }

    private SentenceMatch classify(Sentence s, Index index, int self) {
        if (!s.key.isEmpty()) {
            for (Ref ref : index.exact.getOrDefault(s.key, List.of())) {
                if (ref.text != self) {
                    return s.match(OverlapStatus.VERBATIM, 1.0, ref);
                }
            }
        }
        if (s.hashes.isEmpty()) {
            return s.match(OverlapStatus.UNIQUE, 0.0, null);
        }
        Map<Ref, Integer> shared = new HashMap<>();
        for (long h : s.hashes) {
            for (Ref ref : index.postings.getOrDefault(h, List.of())) {
                if (ref.text != self) {
                    shared.merge(ref, 1, Integer::sum);
                }
            }
        }
        @Nullable Ref best = null;
        double bestJ = 0;
        for (Map.Entry<Ref, Integer> e : shared.entrySet()) {
            Ref ref = e.getKey();
            int common = e.getValue();
            double j = (double) common / (s.hashes.size() + ref.shingleCount - common);
            if (j > bestJ || (j == bestJ && best != null && ref.compareTo(best) < 0)) {
                best = ref;
                bestJ = j;
            }
        }
        if (best != null && bestJ >= editedThreshold) {
            return s.match(OverlapStatus.EDITED, bestJ, best);
        }
        return s.match(OverlapStatus.UNIQUE, bestJ, null);
    }

    private List<Sentence> sentences(SegmentedText text) {
        List<Sentence> result = new ArrayList<>();
        List<Span> spans = text.sentences();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            List<WordToken> tokens = WordTokenizer.tokenize(text.text(), span.begin(), span.end());
            String key = String.join(" ", tokens.stream().map(WordToken::normalized).toList());
            Set<Long> hashes = new LinkedHashSet<>();
            for (Shingle sh : shingler.shingles(tokens)) {
                hashes.add(sh.hash());
            }
            result.add(new Sentence(i, span, key, hashes));
        }
        return result;
    }

    private record Sentence(int index, Span span, String key, Set<Long> hashes) {
        SentenceMatch match(OverlapStatus status, double similarity, @Nullable Ref ref) {
            return new SentenceMatch(index, span.begin(), span.end(), status, similarity,
                    ref == null ? -1 : ref.text, ref == null ? -1 : ref.sentence);
        }
    }

    private record Ref(int text, int sentence, int shingleCount) implements Comparable<Ref> {
        @Override
        public int compareTo(Ref o) {
            return text != o.text ? Integer.compare(text, o.text) : Integer.compare(sentence, o.sentence);
        }
    }

    private static final class Index {
        final Map<String, List<Ref>> exact = new HashMap<>();
        final Map<Long, List<Ref>> postings = new HashMap<>();

        void add(int text, List<Sentence> sentences) {
            for (Sentence s : sentences) {
                Ref ref = new Ref(text, s.index, s.hashes.size());
                if (!s.key.isEmpty()) {
                    exact.computeIfAbsent(s.key, k -> new ArrayList<>()).add(ref);
                }
                for (long h : s.hashes) {
                    postings.computeIfAbsent(h, k -> new ArrayList<>()).add(ref);
                }
            }
        }
    }
}
