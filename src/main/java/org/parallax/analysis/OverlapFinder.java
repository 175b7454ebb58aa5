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
import org.parallax.text.compare.Passage;
import org.parallax.text.compare.Shingle;
import org.parallax.text.compare.ShingleRuns;
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
 * <p><b>Passages.</b> A's shingles shared with any other article are merged into maximal runs
 * ({@link ShingleRuns}), bridging gaps of up to {@value #MAX_EDIT_GAP} tokens so that a copied
 * paragraph with a word changed stays one passage. Runs shorter than {@value #MIN_PASSAGE_WORDS}
 * words are set phrases rather than reuse and are not listed (they still count for the sentence
 * status). Runs in different articles that share a shingle hash are the same passage (connected
 * components). A passage is verbatim when all its occurrences have the same normalised words,
 * otherwise edited. This is the shingling of Broder (1997), "On the resemblance and containment of
 * documents", applied to text reuse in news as in Clough et al. (2002), METER.
 */
final class OverlapFinder {

    /** Share of a sentence's words another article must carry for the sentence to count as shared with edits. */
    static final double EDITED_SHARE = 0.5;
    /** Longest gap, in tokens, between two shared runs that still makes one (edited) passage. */
    static final int MAX_EDIT_GAP = 3;
    /** Shortest run listed as a shared passage, in words. */
    static final int MIN_PASSAGE_WORDS = 8;

    private final Shingler shingler = new Shingler();
    private final SentenceSplitter splitter = new SentenceSplitter();

    record Result(List<SharedPassage> passages, Map<Long, List<SentenceStatus>> sentences) {}

    private record Run(long articleId, Passage passage, Set<Long> hashes, List<String> words) {}

    Result find(List<ComparedArticle> articles, Map<Long, List<Span>> sentenceSpans,
            Map<Long, Map<Long, Set<Long>>> sharedShingles) {
        Map<Long, List<SentenceStatus>> statuses = new HashMap<>();
        List<Run> runs = new ArrayList<>();
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
            int[] positions = shingles.stream().filter(s -> shared.containsKey(s.hash())).mapToInt(Shingle::firstToken).toArray();
            for (Passage p : ShingleRuns.merge(tokens, shingler.size(), MAX_EDIT_GAP, positions)) {
                if (p.tokenCount() < MIN_PASSAGE_WORDS) {
                    continue;
                }
                Set<Long> hashes = new HashSet<>();
                for (Shingle s : shingles) {
                    if (s.begin() >= p.begin() && s.end() <= p.end() && shared.containsKey(s.hash())) {
                        hashes.add(s.hash());
                    }
                }
                List<String> words = tokens.stream().filter(t -> t.begin() >= p.begin() && t.end() <= p.end())
                        .map(WordToken::normalized).toList();
                runs.add(new Run(article.id(), p, hashes, words));
            }
        }
        return new Result(passages(runs, articles), statuses);
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

    /** Connected components of runs linked by a common shingle, each with at least two articles. */
    private static List<SharedPassage> passages(List<Run> runs, List<ComparedArticle> articles) {
        int[] parent = new int[runs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Long, Integer> firstRunOfHash = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            for (long h : runs.get(i).hashes()) {
                Integer j = firstRunOfHash.putIfAbsent(h, i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Run>> components = new java.util.TreeMap<>();
        for (int i = 0; i < runs.size(); i++) {
            components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(runs.get(i));
        }
        Map<Long, ComparedArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<SharedPassage> passages = new ArrayList<>();
        for (List<Run> component : components.values()) {
            Set<Long> ids = new LinkedHashSet<>();
            component.forEach(r -> ids.add(r.articleId()));
            if (ids.size() < 2) {
                continue;
            }
            Run head = component.getFirst();
            boolean verbatim = component.stream().allMatch(r -> r.words().equals(head.words()));
            List<Evidence> occurrences = component.stream()
                    .map(r -> new Evidence(r.articleId(), r.passage().begin(), r.passage().end())).toList();
            String text = byId.get(head.articleId()).body().substring(head.passage().begin(), head.passage().end());
            passages.add(new SharedPassage(passages.size() + 1, text, List.copyOf(ids), verbatim,
                    head.passage().tokenCount(), occurrences));
        }
        return List.copyOf(passages);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
