package org.parallax.text.compare;

import static org.parallax.text.compare.SpeakerWords.AUX;
import static org.parallax.text.compare.SpeakerWords.CONNECTORS;
import static org.parallax.text.compare.SpeakerWords.DETERMINERS;
import static org.parallax.text.compare.SpeakerWords.MODIFIERS;
import static org.parallax.text.compare.SpeakerWords.ORG_NOUNS;
import static org.parallax.text.compare.SpeakerWords.PLACE_PREPOSITIONS;
import static org.parallax.text.compare.SpeakerWords.RELATIVE;
import static org.parallax.text.compare.SpeakerWords.STOP;
import static org.parallax.text.compare.SpeakerWords.TITLES;
import static org.parallax.text.compare.SpeakerWords.isNameWord;
import static org.parallax.text.compare.SpeakerWords.isPossessive;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.text.compare.ClauseTokens.Tok;

/**
 * Speaker phrases in clause tokens.
 *
 * <p>A <b>speaker phrase</b> is a run of capitalised words (not sentence adverbs, days or pronouns),
 * title and role words ({@code spokeswoman}, {@code board chair}, {@code Dr}), possessives and name
 * particles, ending in a name or a role: {@code board chair Elina Rask}, {@code Interior Ministry},
 * {@code officials}. Leading articles are left out. {@link Quote#speakerName()} is the trailing run of
 * capitalised words that are not titles ({@code Elina Rask}).
 *
 * <p>The speaker phrase before a verb may be followed by a parenthesis of up to 40 words between commas
 * ({@code X, while presenting …, stated}) or by an apposition whose closing comma is missing
 * ({@code X, the adviser to President Y announced}: the speaker is X).
 *
 * <p>Speaker phrases may also start with up to three unlisted lower-case role words when a name
 * follows ({@code “…,” harbour pilot Brita Wollen said}) and may be followed by a short
 * prepositional tail that is not part of the speaker ({@code “…,” Brita Wollen of the coastguard
 * said}). The object of a preposition is never a speaker ({@code witnesses on Mill Lane described …}).
 */
final class SpeakerPhrases {

    /** Most words of a parenthesis or apposition between a speaker and its verb ("Rask, who …, said"). */
    private static final int MAX_PARENTHESIS = 40;

    private SpeakerPhrases() {}

    /** A speaker phrase: token indexes [first, last] within its list, and the name run within it. */
    record Phrase(int first, int last, int begin, int end, int nameBegin, int nameEnd) {
        boolean hasName() {
            return nameBegin >= 0;
        }
    }

    /** The speaker phrase ending just before the verb at {@code v}, not reaching before {@code lower}. */
    static @Nullable Phrase leftPhrase(List<Tok> ctx, int lower, int v) {
        int k = v - 1;
        while (k >= lower && AUX.contains(ctx.get(k).lower())) {
            k--;
        }
        if (k < lower) {
            return null;
        }
        if (ctx.get(k).is(",")) {
            int c = k - 1;
            while (c >= lower && !ctx.get(c).is(",")) {
                if (!ctx.get(c).word() || k - c > MAX_PARENTHESIS) {
                    return null;
                }
                c--;
            }
            if (c < lower || c == k - 1) {
                return null;
            }
            Phrase segment = exactPhrase(ctx, c + 1, k - 1);
            Phrase head = collectLeft(ctx, lower, c - 1);
            if (segment != null && segment.hasName() && !RELATIVE.contains(ctx.get(c + 1).lower())) {
                if (head != null && !head.hasName()) {
                    return new Phrase(head.first(), segment.last(), head.begin(), segment.end(), segment.nameBegin(),
                            segment.nameEnd());
                }
                return segment;
            }
            return head;
        }
        Phrase direct = collectLeft(ctx, lower, k);
        if (direct == null || !direct.hasName()) {
            Phrase named = appositionHead(ctx, lower, k);
            if (named != null) {
                return named;
            }
        }
        return direct;
    }

    /**
     * The named subject of an apposition that is not closed by a comma: {@code Hikmet Hajiyev, the foreign
     * policy adviser to President Ilham Aliyev, announced} written without its second comma. The apposition
     * starts after the comma with an article, a possessive or a title word and runs, without punctuation,
     * to the verb; the name is the phrase before the comma. Null when there is no such apposition.
     */
    private static @Nullable Phrase appositionHead(List<Tok> ctx, int lower, int k) {
        for (int c = k - 1; c > lower && k - c <= MAX_PARENTHESIS; c--) {
            Tok t = ctx.get(c);
            if (!t.word()) {
                if (!t.is(",")) {
                    return null;
                }
                Tok next = ctx.get(c + 1);
                boolean opens = !next.cap() && (DETERMINERS.contains(next.lower()) || TITLES.contains(next.lower())
                        || MODIFIERS.contains(next.lower()));
                if (!opens) {
                    return null;
                }
                Phrase head = collectLeft(ctx, lower, c - 1);
                return head != null && head.hasName() ? head : null;
            }
        }
        return null;
    }

    /** The longest run of phrase words ending at index {@code last}, or null if it is not a speaker phrase. */
    static @Nullable Phrase collectLeft(List<Tok> ctx, int lower, int last) {
        if (last < lower) {
            return null;
        }
        int j = last;
        while (j >= lower && isPhraseWord(ctx, j)) {
            j--;
        }
        if (j >= lower && (PLACE_PREPOSITIONS.contains(ctx.get(j).lower())
                || Set.of("on", "by", "for", "with", "about", "against").contains(ctx.get(j).lower()))) {
            return null; // the object of a preposition ("witnesses on Mill Lane said") is not the speaker
        }
        return phrase(ctx, j + 1, last);
    }

    /** The run [first, last] if every token in it is a phrase word. */
    private static @Nullable Phrase exactPhrase(List<Tok> ctx, int first, int last) {
        for (int j = first; j <= last; j++) {
            if (!isPhraseWord(ctx, j)) {
                return null;
            }
        }
        return phrase(ctx, first, last);
    }

    /** The speaker phrase starting at {@code from} (after articles), or null. */
    static @Nullable Phrase rightPhrase(List<Tok> ctx, int from) {
        int s = from;
        while (s < ctx.size() && DETERMINERS.contains(ctx.get(s).lower())) {
            s++;
        }
        int j = s;
        while (j < ctx.size() && isPhraseWord(ctx, j)) {
            j++;
        }
        Phrase ph = phrase(ctx, s, j - 1);
        if (ph == null || !ph.hasName()) {
            // "head keeper Benedikt Marr": unlisted lower-case role words, then a name
            int r = s;
            while (r < ctx.size() && r - s < 3 && ctx.get(r).word() && !ctx.get(r).cap()
                    && !STOP.contains(ctx.get(r).lower()) && !CONNECTORS.contains(ctx.get(r).lower())
                    && !PLACE_PREPOSITIONS.contains(ctx.get(r).lower())) {
                r++;
            }
            if (r > s && r < ctx.size() && isNameWord(ctx.get(r))) {
                int e = r;
                while (e < ctx.size() && isPhraseWord(ctx, e)) {
                    e++;
                }
                Phrase named = phrase(ctx, s, e - 1);
                if (named != null && named.hasName()) {
                    return named;
                }
            }
        }
        if (ph != null && !ph.hasName() && j + 1 < ctx.size() && ctx.get(j).is(",")) {
            // "its coordinator, Sabine Ortolan"
            int m = j + 1;
            while (m < ctx.size() && isPhraseWord(ctx, m) && ctx.get(m).cap()) {
                m++;
            }
            Phrase named = phrase(ctx, s, m - 1);
            if (m > j + 1 && named != null && named.hasName()) {
                return named;
            }
        }
        return ph;
    }

    private static boolean isPhraseWord(List<Tok> ctx, int j) {
        Tok t = ctx.get(j);
        if (!t.word()) {
            return false;
        }
        if (t.cap() && !STOP.contains(t.lower())) {
            return true;
        }
        if (TITLES.contains(t.lower()) || ORG_NOUNS.contains(t.lower()) || MODIFIERS.contains(t.lower())
                || isPossessive(t)) {
            return !STOP.contains(t.lower());
        }
        return CONNECTORS.contains(t.lower()) && j > 0 && j + 1 < ctx.size() && ctx.get(j - 1).cap()
                && ctx.get(j + 1).cap() && !t.cap();
    }

    /** Builds a phrase over [first, last]: must end in a name or a title; the name is the trailing run of name words. */
    static @Nullable Phrase phrase(List<Tok> ctx, int first, int last) {
        if (first > last) {
            return null;
        }
        // a phrase may not start with a connector or end with a bare modifier or possessive
        while (first <= last && CONNECTORS.contains(ctx.get(first).lower()) && !ctx.get(first).cap()) {
            first++;
        }
        if (first > last) {
            return null;
        }
        Tok end = ctx.get(last);
        boolean endsWell = isNameWord(end) || TITLES.contains(end.lower()) || ORG_NOUNS.contains(end.lower());
        if (!endsWell) {
            return null;
        }
        int n = last;
        while (n >= first && (isNameWord(ctx.get(n))
                || (CONNECTORS.contains(ctx.get(n).lower()) && !ctx.get(n).cap() && n > first
                        && isNameWord(ctx.get(n - 1)))
                || (n < last && ctx.get(n).cap() && isPossessive(ctx.get(n)) && !STOP.contains(ctx.get(n).lower())
                        && n > first && isNameWord(ctx.get(n - 1))))) {
            n--;
        }
        int nameFirst = n + 1;
        boolean hasName = nameFirst <= last;
        return new Phrase(first, last, ctx.get(first).begin(), end.end(),
                hasName ? ctx.get(nameFirst).begin() : -1, hasName ? end.end() : -1);
    }
}
