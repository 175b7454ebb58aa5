package org.parallax.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.text.compare.Lexicon;
import org.parallax.text.compare.LexiconHit;
import org.parallax.text.compare.LexiconMatcher;
import org.parallax.text.compare.Quote;
import org.parallax.text.compare.QuoteExtractor;
import org.parallax.text.compare.TextRange;
import org.parallax.text.compare.WordTokenizer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures a lexicon against paragraphs annotated for loaded language (the project's own set in
 * {@code src/test/resources/eval/loaded-language}):
 * <ul>
 *   <li><b>coverage</b> = annotated loaded phrases overlapped by at least one marker / annotated phrases;</li>
 *   <li><b>density</b> = markers / words × 1,000.</li>
 * </ul>
 * A marker is what the Framing tab shows: every use of a contested name (own voice or quoted) and
 * every hedge, intensifier, attribution verb and marker-class word in the text's own voice
 * (quotation spans from {@link QuoteExtractor}, scare quotes not counted as speech, as in the
 * comparison). Words are {@link WordTokenizer} tokens.
 *
 * <p>Sparsity is measured on the <em>loaded-language markers</em>: every shown marker except the
 * competing names of contested concepts (naming, which the labels table reports on its own) and
 * neutral report verbs ({@code said}, {@code told}), which are shown but load nothing. The density
 * of all shown markers is reported beside it.
 */
final class LoadedLanguageEvaluation {

    /** One annotated paragraph. */
    record Paragraph(String id, String text, List<String> loaded) {}

    /**
     * The figures of one set.
     *
     * @param phrases annotated loaded phrases
     * @param covered of them, those overlapped by a marker
     * @param markers markers counted
     * @param words   words counted
     * @param missed  the phrases no marker overlaps
     * @param outside loaded-language markers that overlap no annotated phrase
     * @param loaded  loaded-language markers counted
     */
    record Figures(int paragraphs, int phrases, int covered, int markers, int words, List<String> missed, int outside,
            int loaded) {

        double coverage() {
            return phrases == 0 ? 0 : (double) covered / phrases;
        }

        double density() {
            return words == 0 ? 0 : 1000.0 * markers / words;
        }

        double loadedDensity() {
            return words == 0 ? 0 : 1000.0 * loaded / words;
        }

        /** Loaded-language markers outside every annotated phrase, per 1,000 words: how often one fires where the annotator saw nothing loaded. */
        double outsideDensity() {
            return words == 0 ? 0 : 1000.0 * outside / words;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d paragraphs, %d words: coverage %d/%d = %.1f %%; all markers %d = %.1f per 1,000 words,"
                    + " loaded-language markers %d = %.1f per 1,000 words (annotated phrases: %.1f per 1,000 words);"
                    + " loaded-language markers outside annotated phrases: %d = %.1f per 1,000 words",
                    paragraphs, words, covered, phrases, 100 * coverage(), markers, density(), loaded, loadedDensity(),
                    1000.0 * phrases / words, outside, outsideDensity());
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LoadedLanguageEvaluation() {}

    static List<Paragraph> read(String resource) {
        try (InputStream in = LoadedLanguageEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No such resource: " + resource);
            }
            List<Paragraph> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                List<String> loaded = new ArrayList<>();
                n.path("loaded").values().forEach(v -> loaded.add(v.stringValue()));
                out.add(new Paragraph(n.path("id").stringValue(), n.path("text").stringValue(), List.copyOf(loaded)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Figures measure(Lexicon lexicon, List<Paragraph> paragraphs) {
        LexiconMatcher matcher = new LexiconMatcher(lexicon);
        int phrases = 0;
        int covered = 0;
        int markers = 0;
        int words = 0;
        List<String> missed = new ArrayList<>();
        int outside = 0;
        int loaded = 0;
        for (Paragraph p : paragraphs) {
            List<LexiconHit> shown = shown(matcher, p.text());
            markers += shown.size();
            loaded += (int) shown.stream().filter(LoadedLanguageEvaluation::loadedLanguage).count();
            words += WordTokenizer.tokenize(p.text()).size();
            int from = 0;
            List<int[]> spans = new ArrayList<>();
            for (String phrase : p.loaded()) {
                int begin = p.text().indexOf(phrase, from);
                if (begin < 0) {
                    begin = p.text().indexOf(phrase);
                }
                if (begin < 0) {
                    throw new IllegalStateException(p.id() + ": the annotated phrase \u201c" + phrase + "\u201d is not in the text");
                }
                int end = begin + phrase.length();
                from = end;
                phrases++;
                int b = begin;
                spans.add(new int[] {begin, end});
                if (shown.stream().anyMatch(h -> h.begin() < end && b < h.end())) {
                    covered++;
                } else {
                    missed.add(p.id() + ":" + phrase);
                }
            }
            for (LexiconHit h : shown.stream().filter(LoadedLanguageEvaluation::loadedLanguage).toList()) {
                if (spans.stream().noneMatch(s -> h.begin() < s[1] && s[0] < h.end())) {
                    outside++;
                }
            }
        }
        return new Figures(paragraphs.size(), phrases, covered, markers, words, List.copyOf(missed), outside, loaded);
    }

    /**
     * Markers per 1,000 words over running texts (e.g. the articles of a corpus, headlines and bodies).
     *
     * @param onlyLoaded count only loaded-language markers (see the class comment), else every shown marker
     */
    static double density(Lexicon lexicon, List<String> texts, boolean onlyLoaded) {
        LexiconMatcher matcher = new LexiconMatcher(lexicon);
        int markers = 0;
        int words = 0;
        for (String text : texts) {
            markers += (int) shown(matcher, text).stream().filter(h -> !onlyLoaded || loadedLanguage(h)).count();
            words += WordTokenizer.tokenize(text).size();
        }
        return words == 0 ? 0 : 1000.0 * markers / words;
    }

    /** Whether a shown marker is a loaded-language marker: not a contested name, not a neutral report verb. */
    static boolean loadedLanguage(LexiconHit h) {
        return h.kind() != LexiconHit.Kind.VARIANT
                && !(h.kind() == LexiconHit.Kind.ATTRIBUTION && "neutral".equalsIgnoreCase(h.concept()));
    }

    /** The most frequent markers over running texts, as "kind/class:entry=count", most frequent first. */
    static List<String> frequent(Lexicon lexicon, List<String> texts, int limit) {
        LexiconMatcher matcher = new LexiconMatcher(lexicon);
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (String text : texts) {
            for (LexiconHit h : shown(matcher, text)) {
                counts.merge(h.kind() + "/" + h.concept() + ":" + h.entry(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit).map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** Markers the comparison shows in a text: names wherever they are, other markers in the own voice. */
    static List<LexiconHit> shown(LexiconMatcher matcher, String text) {
        List<Quote> quotes = new QuoteExtractor().extract(text);
        List<? extends TextRange> speech = quotes.stream().filter(q -> !q.scare() || q.attributed()).toList();
        return matcher.match(text, speech).stream()
                .filter(h -> h.kind() == LexiconHit.Kind.VARIANT || !h.insideQuote()).toList();
    }
}
