package org.parallax.text.compare;

import static org.parallax.text.compare.ClauseTokens.slice;
import static org.parallax.text.compare.SpeakerPhrases.leftPhrase;
import static org.parallax.text.compare.SpeakerPhrases.rightPhrase;
import static org.parallax.text.compare.SpeakerWords.AUX;
import static org.parallax.text.compare.SpeakerWords.CONNECTORS;
import static org.parallax.text.compare.SpeakerWords.DETERMINERS;
import static org.parallax.text.compare.SpeakerWords.PLACE_PREPOSITIONS;
import static org.parallax.text.compare.SpeakerWords.PRONOUNS;
import static org.parallax.text.compare.SpeakerWords.STOP;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.text.compare.ClauseTokens.Tok;
import org.parallax.text.compare.QuoteMarks.Paragraph;
import org.parallax.text.compare.QuoteMarks.Raw;
import org.parallax.text.compare.SpeakerPhrases.Phrase;

/**
 * The speaker and attribution verb of a quote, from its surrounding clause.
 *
 * <p>Tried in this order, on the words right after the closing mark (up to the paragraph end or the
 * next quote) and then on the clause right before the opening mark (back to the previous sentence
 * end, {@code ;}, quote or paragraph start):
 * <ol>
 *   <li>{@code “…,” X said} — speaker phrase, then verb (appositions allowed: {@code X, the chair, said})</li>
 *   <li>{@code “…,” said X} — verb, then speaker phrase</li>
 *   <li>{@code “…”, according to X} — verb {@code "according to"}</li>
 *   <li>{@code “…,” he said} — pronoun, then verb</li>
 *   <li>{@code X said: “…”}, {@code X said that “…”}, {@code X said “…”}, {@code X told Reuters: “…”},
 *       {@code X wrote on Facebook: “…”}, {@code X posted a video …: “…”}, {@code X, who …, said “…”},
 *       {@code She said: “…”} — the verb nearest the quote with at most nine words between it and the
 *       quote, whose subject is a speaker phrase or pronoun</li>
 * </ol>
 * The verb must be written in lower case: a capitalised form is part of a name ({@code the United States
 * “does not …”} has no speaker "United" with the verb "states"). Speaker phrases are those of
 * {@link SpeakerPhrases}.
 *
 * <p>A quote whose words end with a full stop ({@code “We will stay.” Rask said …}) only takes the
 * attribution after it when that clause ends right there ({@code Rask said.}), because otherwise
 * the following words usually start a new sentence.
 */
final class Attribution {

    private final Set<String> verbs;

    /** Attribution with these verbs (lower-case surface forms). */
    Attribution(Set<String> verbs) {
        this.verbs = verbs;
    }

    /** Result of pattern matching: a phrase, or a pronoun, plus the verb. */
    record Found(@Nullable Phrase phrase, @Nullable Tok pronoun, String verb, int end) {}

    /** The tokens after the quote: up to the paragraph end, the next quote or the end of an enclosing quote. */
    static List<Tok> afterContext(Raw raw, List<Raw> all, List<Tok> tokens, Paragraph para) {
        int to = para.end();
        for (Raw other : all) {
            if (other.openMark() >= raw.closeEnd() && other.openMark() < to) {
                to = other.openMark();
            }
            if (other.openMark() < raw.openMark() && other.closeEnd() > raw.closeEnd() && other.end() < to) {
                to = other.end(); // nested inside another quote: stop at its end
            }
        }
        return slice(tokens, raw.closeEnd(), Math.max(raw.closeEnd(), to));
    }

    /** The clause before the quote: back to the previous sentence end, {@code ;}, quote or paragraph start. */
    static List<Tok> beforeContext(Raw raw, List<Raw> all, List<Tok> tokens, Paragraph para) {
        int from = para.begin();
        for (Raw other : all) {
            if (other.closeEnd() <= raw.openMark() && other.closeEnd() > from) {
                from = other.closeEnd();
            }
            if (other.openMark() < raw.openMark() && other.closeEnd() > raw.closeEnd() && other.begin() > from) {
                from = other.begin();
            }
        }
        List<Tok> b = slice(tokens, from, raw.openMark());
        int cut = 0;
        for (int i = 0; i < b.size(); i++) {
            if (b.get(i).sentenceEnd()) {
                cut = i + 1;
            }
        }
        return b.subList(cut, b.size());
    }

    /**
     * An attribution verb, written in lower case: a capitalised form is part of a name ("the United States
     * “does not …”" has no verb "states") or of a title-cased headline.
     */
    boolean isVerb(Tok t) {
        return t.word() && !t.cap() && verbs.contains(t.lower());
    }

    /** Patterns with the attribution after the quote. */
    @Nullable Found after(List<Tok> a, boolean closedSentence) {
        int i = 0;
        while (i < a.size() && a.get(i).is(",")) {
            i++;
        }
        if (i >= a.size()) {
            return null;
        }
        Tok t = a.get(i);
        if (isVerb(t)) {
            Phrase ph = rightPhrase(a, i + 1);
            if (ph != null && (!closedSentence || endsClause(a, ph.last() + 1))) {
                return new Found(ph, null, t.lower(), ph.end());
            }
            return null;
        }
        if (t.lower().equals("according") && i + 1 < a.size() && a.get(i + 1).lower().equals("to")) {
            Phrase ph = rightPhrase(a, i + 2);
            return ph == null ? null : new Found(ph, null, "according to", ph.end());
        }
        if (PRONOUNS.contains(t.lower())) {
            int v = i + 1;
            while (v < a.size() && AUX.contains(a.get(v).lower())) {
                v++;
            }
            if (v < a.size() && isVerb(a.get(v)) && (!closedSentence || endsClause(a, v + 1))) {
                return new Found(null, t, a.get(v).lower(), a.get(v).end());
            }
            return null;
        }
        int start = i;
        while (start < a.size() && DETERMINERS.contains(a.get(start).lower())) {
            start++;
        }
        for (int v = start; v < Math.min(a.size(), start + 16); v++) {
            Tok x = a.get(v);
            if (!x.word() && !x.is(",")) {
                return null;
            }
            if (isVerb(x)) {
                if (closedSentence && !endsClause(a, v + 1)) {
                    return null;
                }
                Phrase ph = leftPhrase(a, start, v);
                if (ph != null && ph.first() == start) {
                    return new Found(ph, null, x.lower(), x.end());
                }
                if (ph != null && ph.hasName() && roleWords(a, start, ph.first())) {
                    // "coastguard commander Brita Wollan said": unlisted role words before the phrase
                    Phrase extended = new Phrase(start, ph.last(), a.get(start).begin(), ph.end(), ph.nameBegin(),
                            ph.nameEnd());
                    return new Found(extended, null, x.lower(), x.end());
                }
                Phrase head = rightPhrase(a, start);
                if (head != null && head.hasName() && head.first() == start
                        && prepositionalTail(a, head.last() + 1, v)) {
                    // "Commander Brita Wollan of the coastguard said"
                    return new Found(head, null, x.lower(), x.end());
                }
                return null;
            }
        }
        return null;
    }

    /** Whether [from, to) is one to three lower-case words that could name a role ("coastguard", "head keeper"). */
    private boolean roleWords(List<Tok> a, int from, int to) {
        if (to - from < 1 || to - from > 3) {
            return false;
        }
        for (int j = from; j < to; j++) {
            Tok t = a.get(j);
            if (!t.word() || t.cap() || STOP.contains(t.lower()) || CONNECTORS.contains(t.lower())
                    || PLACE_PREPOSITIONS.contains(t.lower()) || isVerb(t)) {
                return false;
            }
        }
        return true;
    }

    /** Whether [from, to) is a short prepositional tail after a speaker ("of the Ostmere coastguard"). */
    private boolean prepositionalTail(List<Tok> a, int from, int to) {
        if (from >= to || to - from > 8
                || !Set.of("of", "from", "at", "with", "for", "in").contains(a.get(from).lower())) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (!a.get(j).word() || isVerb(a.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsClause(List<Tok> a, int index) {
        return index >= a.size() || !a.get(index).word();
    }

    /** Patterns with the attribution before the quote. */
    @Nullable Found before(List<Tok> b) {
        int end = b.size();
        while (end > 0 && !b.get(end - 1).word()
                && (b.get(end - 1).is(":") || b.get(end - 1).is(",") || b.get(end - 1).is("—")
                        || b.get(end - 1).is("–"))) {
            end--;
        }
        if (end > 0 && b.get(end - 1).lower().equals("that")) {
            end--;
        }
        for (int v = end - 1; v >= 0 && v >= end - 10; v--) {
            Tok t = b.get(v);
            if (!t.word()) {
                if (t.is(",") || t.is(":")) {
                    continue;
                }
                return null;
            }
            if (t.lower().equals("to") && v > 0 && b.get(v - 1).lower().equals("according")) {
                Phrase ph = rightPhrase(b, v + 1);
                if (ph != null) {
                    return new Found(ph, null, "according to", ph.end());
                }
                return null;
            }
            if (isVerb(t)) {
                int k = v - 1;
                while (k >= 0 && AUX.contains(b.get(k).lower())) {
                    k--;
                }
                if (k >= 0 && PRONOUNS.contains(b.get(k).lower())) {
                    return new Found(null, b.get(k), t.lower(), t.end());
                }
                Phrase ph = leftPhrase(b, 0, v);
                if (ph != null) {
                    return new Found(ph, null, t.lower(), t.end());
                }
                // a verb without a subject (passive, infinitive): look further left
            }
        }
        return null;
    }
}
