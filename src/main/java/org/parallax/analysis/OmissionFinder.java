package org.parallax.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Omissions: the facts most of an event's articles carry that one article does not. A fact is a
 * shared passage, a quote, an actor or a number; it is "carried by most" when strictly more than
 * half of the compared articles contain it, so omissions need at least three compared articles. For
 * each compared article, every such fact it lacks is listed with the articles that carry it and where.
 *
 * <p>Articles without real text are left out, because they would "omit" everything: an empty body,
 * or a teaser of fewer than {@value #MIN_WORDS} words (the digest importer's teaser bound too). They
 * neither omit nor count towards "most", and each gets an {@link Omission} that says why it was left out.
 */
final class OmissionFinder {

    /** Articles with fewer body words than this are teasers and are left out. */
    static final int MIN_WORDS = 40;
    /** Most facts listed per article and kind. */
    static final int MAX_PER_KIND = 15;
    private static final int MAX_TEXT = 200;
    /** Numbers as written: digits with thousands separators or decimals ("1,200", "3.5", "19"). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\p{L}\\d.,])\\d+(?:\\.\\d+)?(?![\\p{L}\\d])");

    private record Fact(Omission.Kind kind, String text, List<Long> presentIn, List<Evidence> evidence) {}

    private OmissionFinder() {}

    static List<Omission> find(List<ComparedArticle> articles, List<SharedPassage> passages, List<QuoteGroup> quotes,
            List<ActorGroup> actors) {
        List<ComparedArticle> compared = articles.stream().filter(a -> leftOut(a) == null).toList();
        Set<Long> comparedIds = new java.util.HashSet<>();
        compared.forEach(a -> comparedIds.add(a.id()));
        int n = compared.size();
        List<Omission> omissions = new ArrayList<>();
        if (n < 3) {
            for (ComparedArticle article : articles) {
                String why = leftOut(article);
                if (why != null) {
                    omissions.add(new Omission(article.id(), List.of(), why));
                }
            }
            return List.copyOf(omissions);
        }
        List<Fact> facts = new ArrayList<>();
        passages.forEach(p -> facts.add(new Fact(Omission.Kind.PASSAGE, p.text(), p.fullCopyArticleIds(),
                p.occurrences().stream().filter(PassageCopy::full).map(PassageCopy::evidence).toList())));
        quotes.forEach(q -> facts.add(new Fact(Omission.Kind.QUOTE, q.text(), q.articleIds(),
                q.occurrences().stream().map(u -> new Evidence(u.articleId(), u.begin(), u.end())).toList())));
        actors.forEach(a -> facts.add(new Fact(Omission.Kind.ACTOR, a.name(), a.articleIds(), a.mentions())));
        facts.addAll(numbers(articles));
        for (ComparedArticle article : articles) {
            String why = leftOut(article);
            if (why != null) {
                omissions.add(new Omission(article.id(), List.of(), why));
                continue;
            }
            Map<Omission.Kind, Integer> perKind = new LinkedHashMap<>();
            List<Omission.Missing> missing = new ArrayList<>();
            for (Fact f : facts) {
                long carriers = f.presentIn().stream().filter(comparedIds::contains).count();
                if (2 * carriers > n && !f.presentIn().contains(article.id())
                        && perKind.merge(f.kind(), 1, Integer::sum) <= MAX_PER_KIND) {
                    missing.add(new Omission.Missing(f.kind(), shorten(f.text()), f.presentIn(), f.evidence()));
                }
            }
            omissions.add(new Omission(article.id(), List.copyOf(missing), null));
        }
        return List.copyOf(omissions);
    }

    /** Why the article is left out of the omissions ("no body text", "teaser only: 12 words"), or null. */
    static @org.jspecify.annotations.Nullable String leftOut(ComparedArticle article) {
        int words = org.parallax.text.WordCounter.count(article.body());
        if (words == 0) {
            return "no body text";
        }
        if (words < MIN_WORDS) {
            return "teaser only: " + words + (words == 1 ? " word" : " words") + " of body text, fewer than " + MIN_WORDS;
        }
        return null;
    }

    /** Each distinct number (separators removed) with the articles that write it. */
    static List<Fact> numbers(List<ComparedArticle> articles) {
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (ComparedArticle article : articles) {
            Matcher m = NUMBER.matcher(article.body());
            while (m.find()) {
                String key = m.group().replace(",", "");
                ids.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(article.id());
                evidence.computeIfAbsent(key, k -> new ArrayList<>()).add(new Evidence(article.id(), m.start(), m.end()));
                written.putIfAbsent(key, m.group());
            }
        }
        List<Fact> facts = new ArrayList<>();
        ids.forEach((key, in) -> facts.add(new Fact(Omission.Kind.NUMBER, written.get(key), List.copyOf(in), evidence.get(key))));
        return facts;
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT - 1) + "…";
    }
}
