package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parallax.text.compare.Quote;
import org.parallax.text.compare.QuoteMatcher;
import org.parallax.text.compare.WordTokenizer;

/**
 * Direct quotations matched across articles, and who is quoted how much.
 *
 * <p>Quotes come from {@link org.parallax.text.compare.QuoteExtractor} (straight and curly quotes,
 * speaker and verb from the clause around them); scare quotes (fewer than three words, unattributed)
 * are words the outlet distances itself from, not speech, and are left out. Two quotes are the same
 * when {@link QuoteMatcher} says so (word overlap coefficient ≥ 0.8, or one contained in the other);
 * matching is transitive (connected components), so a quote trimmed differently by each outlet is
 * still one quote.
 *
 * <p>Speakers are named as in the fullest form the event uses: a one-word speaker ("Sandt") is
 * the person of the one longer speaker name ending in that word ("Mirela Sandt"), if there is exactly one.
 */
final class QuoteLedger {

    static final String UNATTRIBUTED = "Unattributed";

    private final QuoteMatcher matcher = new QuoteMatcher();

    record ArticleQuote(long articleId, Quote quote) {}

    record Result(List<QuoteGroup> groups, List<SpeakerRow> speakers) {}

    Result build(List<ArticleQuote> quotes, List<Long> articleOrder) {
        List<ArticleQuote> speech = canonicalSpeakers(
                quotes.stream().filter(q -> !q.quote().scare() || q.quote().attributed()).toList());
        int[] parent = new int[speech.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<List<String>> words = speech.stream().map(q -> q.quote().normalizedWords()).toList();
        for (int i = 0; i < speech.size(); i++) {
            for (int j = i + 1; j < speech.size(); j++) {
                if (root(parent, i) != root(parent, j) && matcher.matchesWords(words.get(i), words.get(j))) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, List<ArticleQuote>> components = new TreeMap<>();
        for (int i = 0; i < speech.size(); i++) {
            components.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(speech.get(i));
        }
        List<QuoteGroup> groups = new ArrayList<>();
        for (List<ArticleQuote> members : components.values()) {
            Set<Long> ids = new LinkedHashSet<>();
            members.stream().sorted(Comparator.comparingInt(q -> articleOrder.indexOf(q.articleId())))
                    .forEach(q -> ids.add(q.articleId()));
            String text = members.stream().map(q -> q.quote().text()).max(Comparator.comparingInt(String::length)).orElseThrow();
            groups.add(new QuoteGroup(groups.size() + 1, text, mostCommon(members, QuoteLedger::speakerOf),
                    mostCommon(members, q -> q.quote().verb()), List.copyOf(ids),
                    members.stream().map(q -> new QuoteGroup.QuoteUse(q.articleId(), q.quote().begin(), q.quote().end(),
                            speakerOf(q), q.quote().verb())).toList()));
        }
        return new Result(List.copyOf(groups), speakers(speech));
    }

    /** The quotes with each surname-only speaker name replaced by the one full name ending in it. */
    static List<ArticleQuote> canonicalSpeakers(List<ArticleQuote> quotes) {
        Map<String, Set<String>> fullNamesBySurname = new HashMap<>();
        for (ArticleQuote q : quotes) {
            String name = q.quote().speakerName();
            if (name != null && name.contains(" ")) {
                fullNamesBySurname.computeIfAbsent(name.substring(name.lastIndexOf(' ') + 1), k -> new LinkedHashSet<>()).add(name);
            }
        }
        List<ArticleQuote> renamed = new ArrayList<>(quotes.size());
        for (ArticleQuote q : quotes) {
            String name = q.quote().speakerName();
            Set<String> full = name == null || name.contains(" ") ? null : fullNamesBySurname.get(name);
            if (full != null && full.size() == 1) {
                Quote o = q.quote();
                renamed.add(new ArticleQuote(q.articleId(), new Quote(o.text(), o.begin(), o.end(), o.speaker(), o.verb(),
                        o.speakerBegin(), o.speakerEnd(), full.iterator().next(), o.scare())));
            } else {
                renamed.add(q);
            }
        }
        return renamed;
    }

    /** The speaker's name without titles when known, else the speaker phrase, else null. */
    static @Nullable String speakerOf(ArticleQuote q) {
        return q.quote().speakerName() != null ? q.quote().speakerName() : q.quote().speaker();
    }

    private static List<SpeakerRow> speakers(List<ArticleQuote> speech) {
        Map<String, List<ArticleQuote>> bySpeaker = new LinkedHashMap<>();
        for (ArticleQuote q : speech) {
            String speaker = speakerOf(q);
            bySpeaker.computeIfAbsent(speaker == null ? UNATTRIBUTED : speaker, k -> new ArrayList<>()).add(q);
        }
        List<SpeakerRow> rows = new ArrayList<>();
        bySpeaker.forEach((speaker, qs) -> {
            Map<Long, Integer> quotes = new TreeMap<>();
            Map<Long, Integer> words = new TreeMap<>();
            for (ArticleQuote q : qs) {
                quotes.merge(q.articleId(), 1, Integer::sum);
                words.merge(q.articleId(), WordTokenizer.normalizedWords(q.quote().text()).size(), Integer::sum);
            }
            rows.add(new SpeakerRow(speaker, quotes, words,
                    qs.stream().map(q -> new Evidence(q.articleId(), q.quote().begin(), q.quote().end())).toList()));
        });
        rows.sort(Comparator.comparing((SpeakerRow r) -> r.speaker().equals(UNATTRIBUTED))
                .thenComparing(r -> -r.wordsByArticle().values().stream().mapToInt(Integer::intValue).sum())
                .thenComparing(SpeakerRow::speaker));
        return List.copyOf(rows);
    }

    private static <T> @Nullable String mostCommon(List<T> items, Function<T, @Nullable String> value) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (T item : items) {
            String v = value.apply(item);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i] = parent[parent[i]];
        }
        return Objects.requireNonNull(i);
    }
}
