package org.parallax.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.text.compare.Lexicon;
import org.parallax.text.compare.LexiconHit;
import org.parallax.text.compare.LexiconMatcher;
import org.parallax.text.compare.TextRange;

/**
 * Word choice measured with a lexicon: which competing name of each contested concept an article
 * uses, and its hedges, intensifiers and attribution verbs. A hit inside a quotation is someone
 * else's word and is kept apart from the article's own voice: names are reported in both (as
 * {@link LabelUse#variants()} and {@link LabelUse#quoted()}), hedges, intensifiers and attribution
 * verbs only in the own voice.
 */
final class LexiconMarkers {

    record Result(List<LabelUse> labels, List<Marker> hedges, List<Marker> intensifiers, List<Marker> attributions) {}

    private final Lexicon lexicon;
    private final LexiconMatcher matcher;

    LexiconMarkers(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = new LexiconMatcher(lexicon);
    }

    /** @param quotesOf the spans of reported speech in each article */
    Result measure(List<ComparedArticle> articles, Map<Long, List<? extends TextRange>> quotesOf) {
        Map<String, List<Marker>> names = new LinkedHashMap<>();
        lexicon.concepts().forEach(c -> names.put(c.concept(), new ArrayList<>()));
        List<Marker> hedges = new ArrayList<>();
        List<Marker> intensifiers = new ArrayList<>();
        List<Marker> attributions = new ArrayList<>();
        for (ComparedArticle article : articles) {
            String body = article.body();
            for (LexiconHit hit : matcher.match(body, quotesOf.getOrDefault(article.id(), List.of()))) {
                Marker m = new Marker(article.id(), body.substring(hit.begin(), hit.end()), hit.entry(), hit.concept(),
                        hit.begin(), hit.end(), hit.insideQuote());
                switch (hit.kind()) {
                    case VARIANT -> names.computeIfAbsent(hit.concept(), k -> new ArrayList<>()).add(m);
                    case HEDGE -> addOwnVoice(hedges, m);
                    case INTENSIFIER -> addOwnVoice(intensifiers, m);
                    case ATTRIBUTION -> addOwnVoice(attributions, m);
                }
            }
        }
        List<LabelUse> labels = new ArrayList<>();
        names.forEach((concept, uses) -> {
            if (!uses.isEmpty()) {
                labels.add(new LabelUse(concept, articlesPerVariant(uses, false), articlesPerVariant(uses, true),
                        List.copyOf(uses)));
            }
        });
        return new Result(List.copyOf(labels), List.copyOf(hedges), List.copyOf(intensifiers), List.copyOf(attributions));
    }

    private static void addOwnVoice(List<Marker> list, Marker m) {
        if (!m.insideQuote()) {
            list.add(m);
        }
    }

    private static Map<String, List<Long>> articlesPerVariant(List<Marker> uses, boolean insideQuote) {
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        for (Marker m : uses) {
            if (m.insideQuote() == insideQuote) {
                ids.computeIfAbsent(m.entry(), k -> new LinkedHashSet<>()).add(m.articleId());
            }
        }
        Map<String, List<Long>> result = new LinkedHashMap<>();
        ids.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return result;
    }
}
