package org.parallax.text.compare;

import static org.parallax.text.compare.ClauseTokens.slice;
import static org.parallax.text.compare.SpeakerPhrases.leftPhrase;
import static org.parallax.text.compare.SpeakerPhrases.rightPhrase;
import static org.parallax.text.compare.SpeakerWords.STOP;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.text.compare.Attribution.Found;
import org.parallax.text.compare.ClauseTokens.Tok;
import org.parallax.text.compare.QuoteMarks.Paragraph;
import org.parallax.text.compare.QuoteMarks.Raw;
import org.parallax.text.compare.SpeakerPhrases.Phrase;

/**
 * The speaker of a quote with no attribution of its own, from the quotes and sentences before it.
 *
 * <p>A quote introduced by a comma and a participle ({@code …, reaffirming that “…”}) continues the
 * previous attributed quote of the same sentence.
 *
 * <p><b>Continuation</b>: a quote with no attribution of its own inherits speaker and verb from the
 * previous attributed quote in the same paragraph when nothing in between (after the rest of that
 * quote's attribution sentence) contains an attribution verb or another capitalised word:
 * {@code “…,” said Rask. “…more…”}. Failing that, a quote that directly follows a sentence of
 * reported speech with exactly one named speaker takes that speaker and verb:
 * {@code Rask, who chairs the board, said the road would stay open. “…”}.
 */
final class Continuation {

    /**
     * Present participles of attribution verbs: {@code …,” said Rask, adding that “…”} continues the same
     * speaker's sentence.
     */
    private static final Set<String> PARTICIPLES = Set.of(
            "saying", "adding", "stating", "noting", "stressing", "warning", "claiming", "insisting", "declaring",
            "announcing", "arguing", "writing", "asserting", "reaffirming", "affirming", "emphasising",
            "emphasizing", "explaining", "confirming", "urging", "recalling", "concluding", "repeating");

    private final Attribution attribution;

    Continuation(Attribution attribution) {
        this.attribution = attribution;
    }

    /** The quote whose speaker a participle continues, and the participle. */
    record Continued(Quote quote, String participle) {}

    /**
     * {@code …announced that “…” of the corridor, reaffirming that “…”}: a quote introduced by a comma and a
     * participle of an attribution verb belongs to the speaker of the previous attributed quote of the same
     * sentence (same paragraph, no sentence end between them).
     */
    @Nullable Continued participleFrom(Raw raw, List<Raw> all, List<Tok> tokens, Paragraph para,
            List<ExtractedQuote> done) {
        List<Tok> b = Attribution.beforeContext(raw, all, tokens, para);
        int end = b.size();
        while (end > 0 && (b.get(end - 1).is(",") || b.get(end - 1).is(":"))) {
            end--;
        }
        if (end > 0 && b.get(end - 1).lower().equals("that")) {
            end--;
        }
        if (end < 2 || b.get(end - 1).cap() || !PARTICIPLES.contains(b.get(end - 1).lower())
                || !b.get(end - 2).is(",")) {
            return null;
        }
        for (int k = done.size() - 1; k >= 0; k--) {
            ExtractedQuote d = done.get(k);
            if (d.closeEnd() > raw.openMark()) {
                continue;
            }
            if (d.closePara() != raw.openPara() || d.quote().speaker() == null) {
                return null;
            }
            for (Tok t : slice(tokens, d.closeEnd(), raw.openMark())) {
                if (t.sentenceEnd()) {
                    return null;
                }
            }
            return new Continued(d.quote(), b.get(end - 1).lower());
        }
        return null;
    }

    @Nullable ExtractedQuote inheritFrom(Raw raw, List<Tok> tokens, List<ExtractedQuote> done) {
        for (int k = done.size() - 1; k >= 0; k--) {
            ExtractedQuote d = done.get(k);
            if (d.closeEnd() > raw.openMark()) {
                continue; // enclosing quote
            }
            if (d.closePara() != raw.openPara()) {
                return null;
            }
            if (!d.inheritable() || d.quote().speaker() == null) {
                return null;
            }
            List<Tok> between = slice(tokens, d.attrEnd(), raw.openMark());
            int start = 0;
            if (d.attrEnd() > d.closeEnd()) {
                for (int i = 0; i < between.size(); i++) {
                    if (between.get(i).sentenceEnd()) {
                        start = i + 1;
                        break;
                    }
                }
            }
            for (Tok t : between.subList(start, between.size())) {
                if (attribution.isVerb(t) || (t.cap() && !STOP.contains(t.lower()))) {
                    return null;
                }
            }
            return d;
        }
        return null;
    }

    /**
     * The lead-in sentence: a quote that directly follows a sentence of reported speech with one
     * named speaker ("Rask, who chairs the board, said the road would stay open. “…”") is that
     * speaker's.
     */
    @Nullable Found previousSentence(Raw raw, List<Raw> all, List<Tok> tokens, Paragraph para) {
        int from = para.begin();
        for (Raw other : all) {
            if (other.closeEnd() <= raw.openMark() && other.closeEnd() > from) {
                from = other.closeEnd();
            }
        }
        List<Tok> b = slice(tokens, from, raw.openMark());
        if (b.isEmpty() || !b.getLast().sentenceEnd() || b.getLast().is(";")) {
            return null;
        }
        int end = b.size() - 1;
        int start = 0;
        for (int i = end - 1; i >= 0; i--) {
            if (b.get(i).sentenceEnd()) {
                start = i + 1;
                break;
            }
        }
        List<Tok> sentence = b.subList(start, end);
        Found only = null;
        for (int v = 0; v < sentence.size(); v++) {
            if (!attribution.isVerb(sentence.get(v))) {
                continue;
            }
            Phrase ph = leftPhrase(sentence, 0, v);
            if ((ph == null || !ph.hasName()) && v > 0 && sentence.get(v - 1).is(",")) {
                ph = rightPhrase(sentence, v + 1);
            }
            if (ph == null || !ph.hasName()) {
                continue;
            }
            if (only != null && !only.phrase().equals(ph)) {
                return null; // two speakers: not obvious
            }
            only = new Found(ph, null, sentence.get(v).lower(), sentence.get(v).end());
        }
        return only;
    }
}
