package org.parallax.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.Span;
import org.parallax.text.compare.AlignedCopy;
import org.parallax.text.compare.AlignedPassage;
import org.parallax.text.compare.CopyKind;
import org.parallax.text.compare.PassageAligner;
import org.parallax.text.compare.Shingle;
import org.parallax.text.compare.Shingler;
import org.parallax.text.compare.WordToken;
import org.parallax.text.compare.WordTokenizer;

/**
 * Shared passages and per-sentence overlap status, from the shingles the articles share.
 *
 * <p>Input: for each article A and each of its word 5-gram shingle hashes, the other articles whose
 * stored shingles contain the same hash (the SQL self-join of {@link ComparisonRepository#sharedShingles}).
 * A's shingles are recomputed from its body with the same {@link Shingler} to place them in the text.
 *
 * <p><b>Coverage.</b> The shingle starting at token p covers tokens [p, p + 5). For another article
 * B, cov<sub>AB</sub> is the set of A's tokens covered by a shingle B also contains.
 *
 * <p><b>Sentence status.</b> For a sentence s of A with word tokens T(s) and share
 * r<sub>B</sub>(s) = |T(s) ∩ cov<sub>AB</sub>| / |T(s)|: VERBATIM if r<sub>B</sub>(s) = 1 for some B
 * whose text also contains the sentence's words in one unbroken sequence (full coverage alone would
 * miss a word B inserted), EDITED if max<sub>B</sub> r<sub>B</sub>(s) ≥ {@value #EDITED_SHARE},
 * otherwise UNIQUE. A sentence without words is UNIQUE.
 *
 * <p><b>Passages.</b> The articles' bodies are aligned by {@link PassageAligner} over the shingles the SQL join
 * found in two or more of them: maximal shared runs, chained per pair of articles across small edits and never
 * across a paragraph break, then grouped around a main form (the longest full copy), each copy being verbatim,
 * edited (at least half of the main form's words) or partial. Alignments of fewer than
 * {@value PassageAligner#MIN_PASSAGE_WORDS} words are set phrases rather than reuse and are not listed (they
 * still count for the sentence status). This is the shingling of Broder (1997), "On the resemblance and
 * containment of documents", applied to text reuse in news as in Clough et al. (2002), METER.
 */
final class OverlapFinder {

    /** Share of a sentence's words another article must carry for the sentence to count as shared with edits. */
    static final double EDITED_SHARE = 0.5;

    private final Shingler shingler = new Shingler();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final PassageAligner aligner = new PassageAligner(shingler);

    record Result(List<SharedPassage> passages, Map<Long, List<SentenceStatus>> sentences) {}

    Result find(List<ComparedArticle> articles, Map<Long, List<Span>> sentenceSpans,
            Map<Long, Map<Long, Set<Long>>> sharedShingles) {
        Map<Long, List<SentenceStatus>> statuses = new HashMap<>();
        Map<Long, List<WordToken>> tokensOf = new HashMap<>();
        Map<Long, String> wordsOf = new HashMap<>();
        for (ComparedArticle article : articles) {
            List<WordToken> tokens = WordTokenizer.tokenize(article.body());
            tokensOf.put(article.id(), tokens);
            wordsOf.put(article.id(), " " + String.join(" ", tokens.stream().map(WordToken::normalized).toList()) + " ");
        }
        for (ComparedArticle article : articles) {
            String body = article.body();
            List<WordToken> tokens = tokensOf.get(article.id());
            List<Shingle> shingles = shingler.shingles(tokens);
            Map<Long, Set<Long>> shared = sharedShingles.getOrDefault(article.id(), Map.of());
            Map<Long, BitSet> coverage = coverage(article, articles, shingles, shared);
            List<Span> spans = sentenceSpans.get(article.id());
            if (spans == null || spans.isEmpty()) {
                spans = splitter.split(body);
            }
            statuses.put(article.id(), statuses(tokens, spans, coverage, articles, wordsOf));
        }
        Set<Long> sharedHashes = new HashSet<>();
        sharedShingles.values().forEach(m -> sharedHashes.addAll(m.keySet()));
        List<AlignedPassage> aligned = aligner.align(articles.stream().map(ComparedArticle::body).toList(),
                articles.stream().map(a -> tokensOf.get(a.id())).toList(), sharedHashes::contains);
        return new Result(passages(aligned, articles), statuses);
    }

    /** cov_AB for every other article B, as token bit sets. */
    private Map<Long, BitSet> coverage(ComparedArticle article, List<ComparedArticle> articles, List<Shingle> shingles,
            Map<Long, Set<Long>> shared) {
        Map<Long, BitSet> coverage = new HashMap<>();
        for (ComparedArticle other : articles) {
            if (other.id() != article.id()) {
                coverage.put(other.id(), new BitSet());
            }
        }
        for (Shingle s : shingles) {
            for (long other : shared.getOrDefault(s.hash(), Set.of())) {
                BitSet bits = coverage.get(other);
                if (bits != null) {
                    bits.set(s.firstToken(), s.firstToken() + shingler.size());
                }
            }
        }
        return coverage;
    }

    private static List<SentenceStatus> statuses(List<WordToken> tokens, List<Span> spans, Map<Long, BitSet> coverage,
            List<ComparedArticle> articles, Map<Long, String> wordsOf) {
        List<SentenceStatus> statuses = new ArrayList<>(spans.size());
        int first = 0;
        for (Span span : spans) {
            while (first < tokens.size() && tokens.get(first).end() <= span.begin()) {
                first++;
            }
            int last = first;
            while (last < tokens.size() && tokens.get(last).begin() < span.end()) {
                last++;
            }
            int words = last - first;
            SentenceStatus.Status status = SentenceStatus.Status.UNIQUE;
            List<Long> sharedWith = new ArrayList<>();
            if (words > 0) {
                double best = 0;
                boolean verbatim = false;
                String sentenceWords = " " + String.join(" ", tokens.subList(first, last).stream().map(WordToken::normalized).toList()) + " ";
                for (ComparedArticle other : articles) {
                    BitSet bits = coverage.get(other.id());
                    if (bits == null) {
                        continue;
                    }
                    double share = (double) bits.get(first, last).cardinality() / words;
                    best = Math.max(best, share);
                    verbatim |= share >= 1.0 && wordsOf.get(other.id()).contains(sentenceWords);
                    if (share >= EDITED_SHARE) {
                        sharedWith.add(other.id());
                    }
                }
                status = verbatim ? SentenceStatus.Status.VERBATIM
                        : best >= EDITED_SHARE ? SentenceStatus.Status.EDITED : SentenceStatus.Status.UNIQUE;
            }
            statuses.add(new SentenceStatus(span.begin(), span.end(), status, List.copyOf(sharedWith)));
            first = last;
        }
        return statuses;
    }

    /** The aligned passages as the comparison reports them, numbered from 1. */
    private static List<SharedPassage> passages(List<AlignedPassage> aligned, List<ComparedArticle> articles) {
        List<SharedPassage> passages = new ArrayList<>();
        for (AlignedPassage p : aligned) {
            List<PassageCopy> copies = p.copies().stream()
                    .map(c -> new PassageCopy(articles.get(c.text()).id(), c.begin(), c.end(), kind(c.kind()), c.words(),
                            Math.round(c.coverage() * 1000) / 1000.0, c.mainForm()))
                    .toList();
            List<Long> ids = copies.stream().map(PassageCopy::articleId).distinct().toList();
            AlignedCopy main = p.mainForm();
            String text = articles.get(main.text()).body().substring(main.begin(), main.end());
            passages.add(new SharedPassage(passages.size() + 1, text, ids, p.verbatim(), p.words(), copies));
        }
        return List.copyOf(passages);
    }

    private static PassageCopy.Kind kind(CopyKind kind) {
        return switch (kind) {
            case VERBATIM -> PassageCopy.Kind.VERBATIM;
            case EDITED -> PassageCopy.Kind.EDITED;
            case PARTIAL -> PassageCopy.Kind.PARTIAL;
        };
    }
}
