package org.parallax.text.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the entries of a {@link Lexicon} in a text.
 *
 * <p>Matching (see {@link PhraseIndex}): whole words and phrases only, case-insensitive, curly and
 * straight apostrophes alike, a hyphen the same as a space ({@code Nagorno-Karabakh} = {@code Nagorno
 * Karabakh}; {@code so-called} = {@code so called}), and simple inflections of an entry's last word:
 * plural and possessive ({@code -s}, {@code -es}, {@code -ies}, {@code 's}) and verb forms ({@code -s},
 * {@code -ed}, {@code -d}, {@code -ing}), so {@code blockade} also finds {@code blockades},
 * {@code blockaded} and {@code blockading}. There is no dictionary: irregular forms ({@code gunmen})
 * must be listed.
 *
 * <p>Overlaps: within each {@link LexiconHit.Kind kind}, the longest match wins (all marker classes
 * together are one kind, so {@code failed to} and {@code failed} never count twice)
 * ({@code Nagorno-Karabakh} is one hit, not also a {@code Karabakh} hit). Different kinds are
 * independent ({@code alleged} may be both a hedge and a doubt verb). The same words listed under
 * two concepts give one hit per concept.
 *
 * <p>Given the spans of the article's quotations (from {@link QuoteExtractor}), each hit records
 * whether it lies inside one, so counts in the outlet's own voice can be separated from counts in
 * reported speech.
 */
public final class LexiconMatcher {

    private record Payload(LexiconHit.Kind kind, @Nullable String concept, String entry) {}

    private final PhraseIndex<Payload> index = new PhraseIndex<>();

    public LexiconMatcher(Lexicon lexicon) {
        for (Lexicon.Concept c : lexicon.concepts()) {
            for (String v : c.variants()) {
                index.add(v, new Payload(LexiconHit.Kind.VARIANT, c.concept(), v));
            }
        }
        for (String h : lexicon.hedges()) {
            index.add(h, new Payload(LexiconHit.Kind.HEDGE, null, h));
        }
        for (String i : lexicon.intensifiers()) {
            index.add(i, new Payload(LexiconHit.Kind.INTENSIFIER, null, i));
        }
        for (Map.Entry<String, List<String>> e : lexicon.attributionVerbs().entrySet()) {
            for (String v : e.getValue()) {
                index.add(v, new Payload(LexiconHit.Kind.ATTRIBUTION, e.getKey(), v));
            }
        }
        for (Map.Entry<String, List<String>> e : lexicon.markerClasses().entrySet()) {
            for (String v : e.getValue()) {
                index.add(v, new Payload(LexiconHit.Kind.MARKER, e.getKey(), v));
            }
        }
    }

    /** All hits in {@code text}, none of them inside a quote. */
    public List<LexiconHit> match(String text) {
        return match(text, List.of());
    }

    /**
     * All hits in {@code text}, in text order (then by kind).
     *
     * @param quotes the quotation spans of {@code text}, e.g. {@link QuoteExtractor#extract(String)};
     *               a hit is inside a quote when the quote's range encloses it
     */
    public List<LexiconHit> match(String text, Collection<? extends TextRange> quotes) {
        List<PhraseIndex.Match<Payload>> selected =
                PhraseIndex.longest(index.findAll(text), m -> m.entry().payload().kind());
        List<LexiconHit> hits = new ArrayList<>(selected.size());
        for (PhraseIndex.Match<Payload> m : selected) {
            Payload p = m.entry().payload();
            boolean inside = false;
            for (TextRange q : quotes) {
                if (q.encloses(m)) {
                    inside = true;
                    break;
                }
            }
            hits.add(new LexiconHit(p.kind(), p.concept(), p.entry(), m.begin(), m.end(), inside));
        }
        hits.sort(Comparator.comparingInt(LexiconHit::begin).thenComparing(LexiconHit::kind)
                .thenComparingInt(LexiconHit::end));
        return List.copyOf(hits);
    }
}
