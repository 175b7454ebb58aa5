package org.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.text.TermAnalyzer;
import org.parallax.text.Token;

/**
 * Where each analysed term occurs in the event's articles, and how it is written: the link from a
 * counted (stemmed) term back to the words in the text. Uses the same {@link TermAnalyzer} that
 * produced the stored term counts, so every count has its usages.
 */
final class TermUsages {

    private final Map<Long, Map<String, List<Evidence>>> usages = new HashMap<>();
    private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();

    TermUsages(List<ComparedArticle> articles, TermAnalyzer analyzer) {
        for (ComparedArticle article : articles) {
            Map<String, List<Evidence>> own = new HashMap<>();
            for (Token t : analyzer.tokens(article.body())) {
                own.computeIfAbsent(t.term(), k -> new ArrayList<>()).add(new Evidence(article.id(), t.begin(), t.end()));
                surfaces.computeIfAbsent(t.term(), k -> new HashMap<>())
                        .merge(t.text(article.body()).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            usages.put(article.id(), own);
        }
    }

    /** The term as most often written in the event (lower case; ties: alphabetical), or the term itself. */
    String surface(String term) {
        Map<String, Integer> forms = surfaces.get(term);
        if (forms == null) {
            return term;
        }
        return forms.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(term);
    }

    /** The occurrences of {@code term} in the given articles, in article then text order. */
    List<Evidence> in(List<Long> articleIds, String term) {
        List<Evidence> found = new ArrayList<>();
        for (long id : articleIds) {
            found.addAll(usages.getOrDefault(id, Map.of()).getOrDefault(term, List.of()));
        }
        return found;
    }
}
