package org.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.text.compare.LogOddsRatio;
import org.parallax.text.compare.TermScore;

/**
 * Each outlet's distinctive words against the rest of the event's coverage: the weighted log-odds
 * ratio with an informative Dirichlet prior of Monroe, Colaresi and Quinn (2008), "Fightin' Words",
 * Political Analysis 16(4), §3.5. Group i is one outlet's articles in the event, j the other
 * outlets' articles, and the prior's background is the whole corpus (corpus-wide occurrences of each
 * term from {@code term_stat.term_count}, with the corpus's token total, read in SQL). The prior size
 * is the size of the compared texts ({@link LogOddsRatio#scaledToData()}). Only words over-used by the
 * outlet (z &gt; 0) are listed, highest z first; |z| &gt; 1.96 is significant at the 5% level.
 * Function words ({@code lexicons/function-words.txt}: pronouns, auxiliaries, prepositions,
 * "said"…) are left out of the counts before scoring: the measure is about content words, and how
 * speech is introduced is measured by the attribution verbs instead.
 */
final class DistinctiveVocabulary {

    static final int TERMS_PER_GROUP = 12;
    /** The analysed (stemmed) forms of the function words. */
    static final Set<String> FUNCTION_TERMS = functionTerms();

    private DistinctiveVocabulary() {}

    /**
     * @param countsByGroup body term counts per group (outlet)
     * @param corpusCounts  corpus occurrences of the vocabulary's terms, with the token total under ""
     */
    static Map<String, List<DistinctiveTerm>> score(List<TermGroup> groups, Map<String, Map<String, Integer>> countsByGroup,
            Map<String, Long> corpusCounts, TermUsages usages) {
        Map<String, List<DistinctiveTerm>> result = new LinkedHashMap<>();
        if (groups.size() < 2) {
            groups.forEach(g -> result.put(g.key(), List.of()));
            return result;
        }
        Map<String, Integer> background = new HashMap<>();
        corpusCounts.forEach((t, c) -> {
            if (!t.isEmpty()) {
                background.put(t, (int) Math.min(Integer.MAX_VALUE, c));
            }
        });
        long covered = background.values().stream().mapToLong(Integer::longValue).sum();
        long total = Math.max(corpusCounts.getOrDefault("", 0L), covered);
        for (TermGroup group : groups) {
            Map<String, Integer> own = contentWords(countsByGroup.getOrDefault(group.key(), Map.of()));
            Map<String, Integer> rest = new HashMap<>();
            countsByGroup.forEach((key, counts) -> {
                if (!key.equals(group.key())) {
                    contentWords(counts).forEach((t, c) -> rest.merge(t, c, Integer::sum));
                }
            });
            List<DistinctiveTerm> terms = new ArrayList<>();
            for (TermScore s : LogOddsRatio.scaledToData().scoreGroupTerms(own, rest, background, total)) {
                if (s.z() <= 0 || terms.size() == TERMS_PER_GROUP) {
                    break;
                }
                terms.add(new DistinctiveTerm(usages.surface(s.term()), s.term(), Math.round(s.z() * 1000) / 1000.0,
                        s.countInGroup(), s.countInRest(), usages.in(group.articleIds(), s.term())));
            }
            result.put(group.key(), List.copyOf(terms));
        }
        return result;
    }

    private static Map<String, Integer> contentWords(Map<String, Integer> counts) {
        Map<String, Integer> content = new HashMap<>(counts);
        content.keySet().removeAll(FUNCTION_TERMS);
        return content;
    }

    private static Set<String> functionTerms() {
        Set<String> terms = new HashSet<>();
        org.parallax.text.TermAnalyzer analyzer = new org.parallax.text.TermAnalyzer();
        try (var in = DistinctiveVocabulary.class.getResourceAsStream("/lexicons/function-words.txt")) {
            String text = new String(java.util.Objects.requireNonNull(in, "function-words.txt").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.startsWith("#")) {
                    for (String word : line.trim().split("\s+")) {
                        terms.addAll(analyzer.analyze(word).counts().keySet());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Set.copyOf(terms);
    }

    /** The vocabulary of all groups together. */
    static Set<String> vocabulary(Map<String, Map<String, Integer>> countsByGroup) {
        Set<String> terms = new HashSet<>();
        countsByGroup.values().forEach(c -> terms.addAll(c.keySet()));
        return terms;
    }
}
