package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise cosine similarity of TF-IDF vectors, from the per-term weight products computed in SQL
 * ({@link ComparisonRepository#termProducts}):
 * <pre>
 *   cos(a, b) = Σ_t w_a(t)·w_b(t) / (‖w_a‖ · ‖w_b‖)
 * </pre>
 * with w(t) = (1 + ln tf(t)) · (ln((N + 1)/(df(t) + 1)) + 1) over the whole corpus (Salton and
 * Buckley 1988). The terms with the largest products are the pair's evidence.
 */
final class SimilarityCalculator {

    static final int TOP_TERMS = 6;

    private SimilarityCalculator() {}

    static SimilarityMatrix matrix(List<ComparedArticle> articles, List<ComparisonRepository.TermProduct> rows,
            TermUsages usages) {
        Map<Long, Double> norms = new HashMap<>();
        Map<String, Double> dots = new HashMap<>();
        Map<String, List<ComparisonRepository.TermProduct>> terms = new HashMap<>();
        for (var r : rows) {
            if (r.a() == r.b()) {
                norms.put(r.a(), r.product());
            } else {
                String key = key(r.a(), r.b());
                dots.merge(key, r.product(), Double::sum);
                terms.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        List<Long> ids = articles.stream().map(ComparedArticle::id).toList();
        double[][] values = new double[ids.size()][ids.size()];
        List<SimilarityMatrix.SimilarPair> pairs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            values[i][i] = norms.getOrDefault(ids.get(i), 0.0) > 0 ? 1.0 : 0.0;
            for (int j = i + 1; j < ids.size(); j++) {
                long a = ids.get(i);
                long b = ids.get(j);
                String key = key(a, b);
                double na = norms.getOrDefault(a, 0.0);
                double nb = norms.getOrDefault(b, 0.0);
                double cos = na > 0 && nb > 0 ? Math.min(1.0, dots.getOrDefault(key, 0.0) / (na * nb)) : 0.0;
                cos = Math.round(cos * 1000) / 1000.0;
                values[i][j] = cos;
                values[j][i] = cos;
                List<String> top = terms.getOrDefault(key, List.of()).stream()
                        .sorted(Comparator.comparingDouble(ComparisonRepository.TermProduct::product).reversed()
                                .thenComparing(ComparisonRepository.TermProduct::term))
                        .limit(TOP_TERMS).map(t -> usages.surface(t.term())).toList();
                pairs.add(new SimilarityMatrix.SimilarPair(a, b, cos, top));
            }
        }
        return new SimilarityMatrix(ids, values, List.copyOf(pairs));
    }

    private static String key(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }
}
