package org.parallax.analysis;

import java.util.List;

/**
 * Pairwise TF-IDF cosine similarity of the event's articles, symmetric with 1 on the diagonal.
 *
 * @param articleIds the rows and columns, in the comparison's article order
 * @param values     {@code values[i][j]} = cos(v<sub>i</sub>, v<sub>j</sub>), rounded to 3 decimals
 * @param pairs      each unordered pair with the terms that contribute most to its similarity
 */
public record SimilarityMatrix(List<Long> articleIds, double[][] values, List<SimilarPair> pairs) {

    /**
     * One pair of articles and what makes them similar.
     *
     * @param topTerms the shared terms with the largest products w<sub>a</sub>(t)·w<sub>b</sub>(t), as written in the texts
     */
    public record SimilarPair(long a, long b, double similarity, List<String> topTerms) {}

    /** The similarity of two articles of the matrix. */
    public double between(long a, long b) {
        return values[articleIds.indexOf(a)][articleIds.indexOf(b)];
    }
}
