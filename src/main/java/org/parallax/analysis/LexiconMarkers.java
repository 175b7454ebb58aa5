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
import org.parallax.text.compare.QuoteExtractor;
import org.parallax.text.compare.TextRange;

/**
 * Word choice measured with a lexicon: which competing name of each contested concept an article
 * uses, and its hedges, intensifiers, attribution verbs and marker-class words (factive, assertive
 * and implicative verbs, loaded labels, …). A hit inside a quotation is someone else's word and is
 * kept apart from the article's own voice: names are reported in both (as
 * {@link LabelUse#variants()} and {@link LabelUse#quoted()}), the other markers only in the own
 * voice.
 *
 * <p>The headline is read as well as the body: a headline use is a {@link Marker} with
 * {@code field = "title"} and offsets into the title, so the body's offsets are untouched. Quotation
 * marks in a headline are read as in the body (attributed quotes and quotes of three words or more
 * are speech).
 */
final class LexiconMarkers {

    record Result(List<LabelUse> labels, List<Marker> hedges, List<Marker> intensifiers, List<Marker> attributions,
            List<Marker> classMarkers) {}

    private final Lexicon lexicon;
    private final LexiconMatcher matcher;
    private final QuoteExtractor quotes = new QuoteExtractor();

    LexiconMarkers(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = new LexiconMatcher(lexicon);
    }

    /** @param quotesOf the spans of reported speech in each article's body */
    Result measure(List<ComparedArticle> articles, Map<Long, List<? extends TextRange>> quotesOf) {
        Map<String, List<Marker>> names = new LinkedHashMap<>();
        lexicon.concepts().forEach(c -> names.put(c.concept(), new ArrayList<>()));
        List<Marker> hedges = new ArrayList<>();
        List<Marker> intensifiers = new ArrayList<>();
        List<Marker> attributions = new ArrayList<>();
        List<Marker> classMarkers = new ArrayList<>();
        for (ComparedArticle article : articles) {
            String title = article.title() == null ? "" : article.title();
            List<? extends TextRange> titleQuotes = quotes.extract(title).stream().filter(q -> !q.scare() || q.attributed()).toList();
            for (String field : List.of(Marker.TITLE, Marker.BODY)) {
                boolean inTitle = field.equals(Marker.TITLE);
                String text = inTitle ? title : article.body();
                List<? extends TextRange> speech = inTitle ? titleQuotes : quotesOf.getOrDefault(article.id(), List.of());
                for (LexiconHit hit : matcher.match(text, speech)) {
                    Marker m = new Marker(article.id(), text.substring(hit.begin(), hit.end()), hit.entry(), hit.concept(),
                            hit.begin(), hit.end(), hit.insideQuote(), field);
                    switch (hit.kind()) {
                        case VARIANT -> names.computeIfAbsent(hit.concept(), k -> new ArrayList<>()).add(m);
                        case HEDGE -> addOwnVoice(hedges, m);
                        case INTENSIFIER -> addOwnVoice(intensifiers, m);
                        case ATTRIBUTION -> addOwnVoice(attributions, m);
                        case MARKER -> addOwnVoice(classMarkers, m);
                    }
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
        return new Result(List.copyOf(labels), List.copyOf(hedges), List.copyOf(intensifiers), List.copyOf(attributions),
                List.copyOf(classMarkers));
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
