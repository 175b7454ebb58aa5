package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise cosine similarity of TF-IDF vectors, from the weights computed in SQL over the corpus
 * statistics ({@link ComparisonRepository#termWeights}):
 * <pre>
 *   cos(a, b) = Σ_t w_a(t)·w_b(t) / (‖w_a‖ · ‖w_b‖)
 * </pre>
 * with w(t) = (1 + ln tf(t)) · (ln((N + 1)/(df(t) + 1)) + 1) over the whole corpus (Salton and
 * Buckley 1988). The products are summed term by term over an inverted list of the event's terms,
 * so only pairs sharing a term cost anything. The terms with the largest products are the pair's
 * evidence.
 */
final class SimilarityCalculator {

    static final int TOP_TERMS = 6;

    private SimilarityCalculator() {}

    private record Contribution(String term, double product) {}

    static SimilarityMatrix matrix(List<ComparedArticle> articles, List<ComparisonRepository.TermWeight> weights,
            TermUsages usages) {
        List<Long> ids = articles.stream().map(ComparedArticle::id).toList();
        int n = ids.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(ids.get(i), i);
        }
        double[] norm2 = new double[n];
        Map<String, List<ComparisonRepository.TermWeight>> postings = new HashMap<>();
        for (var w : weights) {
            Integer i = index.get(w.articleId());
            if (i != null) {
                norm2[i] += w.weight() * w.weight();
                postings.computeIfAbsent(w.term(), k -> new ArrayList<>()).add(w);
            }
        }
        double[][] dot = new double[n][n];
        List<List<List<Contribution>>> contributions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<List<Contribution>> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                row.add(new ArrayList<>());
            }
            contributions.add(row);
        }
        postings.forEach((term, list) -> {
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    int i = index.get(list.get(x).articleId());
                    int j = index.get(list.get(y).articleId());
                    double p = list.get(x).weight() * list.get(y).weight();
                    int lo = Math.min(i, j);
                    int hi = Math.max(i, j);
                    dot[lo][hi] += p;
                    contributions.get(lo).get(hi).add(new Contribution(term, p));
                }
            }
        });
        double[][] values = new double[n][n];
        List<SimilarityMatrix.SimilarPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values[i][i] = norm2[i] > 0 ? 1.0 : 0.0;
            for (int j = i + 1; j < n; j++) {
                double cos = norm2[i] > 0 && norm2[j] > 0 ? Math.min(1.0, dot[i][j] / Math.sqrt(norm2[i] * norm2[j])) : 0.0;
                cos = Math.round(cos * 1000) / 1000.0;
                values[i][j] = cos;
                values[j][i] = cos;
                List<String> top = contributions.get(i).get(j).stream()
                        .sorted(Comparator.comparingDouble(Contribution::product).reversed().thenComparing(Contribution::term))
                        .limit(TOP_TERMS).map(c -> usages.surface(c.term())).toList();
                pairs.add(new SimilarityMatrix.SimilarPair(ids.get(i), ids.get(j), cos, top));
            }
        }
        return new SimilarityMatrix(ids, values, List.copyOf(pairs));
    }
}
