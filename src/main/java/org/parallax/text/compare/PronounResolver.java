package org.parallax.text.compare;

import static org.parallax.text.compare.ClauseTokens.slice;
import static org.parallax.text.compare.SpeakerPhrases.collectLeft;
import static org.parallax.text.compare.SpeakerPhrases.leftPhrase;
import static org.parallax.text.compare.SpeakerPhrases.phrase;
import static org.parallax.text.compare.SpeakerWords.AUX;
import static org.parallax.text.compare.SpeakerWords.NOT_PERSON;
import static org.parallax.text.compare.SpeakerWords.PLACE_PREPOSITIONS;
import static org.parallax.text.compare.SpeakerWords.PRONOUNS;
import static org.parallax.text.compare.SpeakerWords.TITLES;
import static org.parallax.text.compare.SpeakerWords.isNameWord;
import static org.parallax.text.compare.SpeakerWords.person;
import static org.parallax.text.compare.SpeakerWords.surname;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.text.compare.ClauseTokens.Tok;
import org.parallax.text.compare.QuoteMarks.Paragraph;
import org.parallax.text.compare.QuoteMarks.Raw;
import org.parallax.text.compare.SpeakerPhrases.Phrase;

/**
 * The speaker a pronoun refers to.
 *
 * <p><b>Pronouns</b> {@code he}/{@code she} are resolved when obvious: looking first at the paragraph
 * before the quote and then (only if that has no candidate) at the previous paragraph, the candidates
 * are, in order of preference, earlier quotes' named speakers, named subjects of attribution verbs,
 * names after a title, and plain names: two or three capitalised words not after a place preposition
 * ({@code in Orrin Ferry}), or a lone capitalised word acting as a subject ({@code …, Korrin thanked},
 * {@code Korrin, who …}). Names containing a place or organisation word ({@code Ministry},
 * {@code Highlands}, {@code Road}) are never antecedents. One distinct candidate (by surname) is
 * taken; several defer to the most recent named quote speaker in that paragraph; otherwise the
 * speaker stays {@code null} and only the verb is kept. {@code they}, {@code we}, {@code it} are never
 * resolved. For a resolved pronoun the speaker offsets point at the antecedent.
 */
final class PronounResolver {

    /** The pronouns that are resolved. */
    static final Set<String> RESOLVABLE = Set.of("he", "she");

    private final Attribution attribution;

    PronounResolver(Attribution attribution) {
        this.attribution = attribution;
    }

    /** A resolved speaker: phrase text and offsets, and name. */
    record Speaker(String phrase, int begin, int end, @Nullable String name) {
        static Speaker of(Quote q) {
            return new Speaker(Objects.requireNonNull(q.speaker()), q.speakerBegin(), q.speakerEnd(), q.speakerName());
        }
    }

    /**
     * A possible antecedent. Priority: 3 an earlier quote's speaker, 2 the subject of an attribution
     * verb, 1 a name after a title, 0 a plain run of two or three capitalised words.
     */
    private record Candidate(String surname, int position, int priority, Speaker speaker) {}

    /** Outcome of looking for an antecedent in one paragraph. */
    private record Resolution(@Nullable Speaker speaker, boolean anyCandidate) {}

    @Nullable Speaker resolvePronoun(String text, Raw raw, List<Tok> tokens, List<Paragraph> paragraphs,
            List<ExtractedQuote> done) {
        Paragraph current = paragraphs.get(raw.openPara());
        Resolution r = resolveIn(text, current.index(), current.begin(), raw.openMark(), tokens, done);
        if (r.speaker() != null || r.anyCandidate() || current.index() == 0) {
            return r.speaker();
        }
        Paragraph previous = paragraphs.get(current.index() - 1);
        return resolveIn(text, previous.index(), previous.begin(), previous.end(), tokens, done).speaker();
    }

    private Resolution resolveIn(String text, int paragraph, int from, int to, List<Tok> tokens,
            List<ExtractedQuote> done) {
        Map<String, Candidate> latest = new LinkedHashMap<>();
        for (Candidate c : candidates(text, from, to, tokens, done)) {
            if (!person(c.speaker().name())) {
                continue; // "he" and "she" do not refer to a ministry or a river
            }
            Candidate old = latest.get(c.surname());
            if (old == null || c.priority() > old.priority()
                    || (c.priority() == old.priority() && c.position() >= old.position())) {
                latest.put(c.surname(), c);
            }
        }
        if (latest.size() == 1) {
            return new Resolution(latest.values().iterator().next().speaker(), true);
        }
        if (latest.size() > 1) {
            for (int k = done.size() - 1; k >= 0; k--) {
                ExtractedQuote d = done.get(k);
                if (d.closePara() == paragraph && d.openMark() >= from && person(d.quote().speakerName())) {
                    return new Resolution(Speaker.of(d.quote()), true);
                }
            }
        }
        return new Resolution(null, !latest.isEmpty());
    }

    private List<Candidate> candidates(String text, int from, int to, List<Tok> tokens, List<ExtractedQuote> done) {
        List<Candidate> result = new ArrayList<>();
        for (ExtractedQuote d : done) {
            Quote q = d.quote();
            if (q.speakerName() != null && q.speakerBegin() >= from && q.speakerEnd() <= to) {
                result.add(new Candidate(surname(q.speakerName()), q.speakerBegin(), 3, Speaker.of(q)));
            }
        }
        List<Tok> window = slice(tokens, from, to);
        int sentenceStart = 0;
        for (int i = 0; i < window.size(); i++) {
            Tok t = window.get(i);
            if (t.sentenceEnd()) {
                sentenceStart = i + 1;
                continue;
            }
            Phrase ph = null;
            int priority = 0;
            if (attribution.isVerb(t)) {
                int k = i - 1;
                while (k >= sentenceStart && AUX.contains(window.get(k).lower())) {
                    k--;
                }
                if (k >= sentenceStart && !PRONOUNS.contains(window.get(k).lower())) {
                    ph = leftPhrase(window, sentenceStart, i);
                    priority = 2;
                }
            } else if (TITLES.contains(t.lower()) && i + 1 < window.size() && isNameWord(window.get(i + 1))) {
                int m = i + 1;
                while (m + 1 < window.size() && isNameWord(window.get(m + 1))) {
                    m++;
                }
                ph = collectLeft(window, sentenceStart, m);
                priority = 1;
            } else if (isNameWord(t) && (i == 0 || !isNameWord(window.get(i - 1)))) {
                int m = i;
                while (m + 1 < window.size() && isNameWord(window.get(m + 1))) {
                    m++;
                }
                int words = m - i + 1;
                int p = i - 1;
                if (p > 0 && Set.of("the", "a", "an").contains(window.get(p).lower())) {
                    p--;
                }
                boolean afterPlacePreposition = p >= 0 && PLACE_PREPOSITIONS.contains(window.get(p).lower());
                boolean person = !afterPlacePreposition && words <= 3 && (words >= 2 || singleNameSubject(window, i));
                for (int x = i; x <= m && person; x++) {
                    person = !NOT_PERSON.contains(window.get(x).lower());
                }
                if (person) {
                    ph = phrase(window, i, m);
                }
            }
            if (ph != null && ph.hasName() && !insideQuote(done, ph.begin())) {
                String name = text.substring(ph.nameBegin(), ph.nameEnd());
                result.add(new Candidate(surname(name), ph.begin(), priority,
                        new Speaker(text.substring(ph.begin(), ph.end()), ph.begin(), ph.end(), name)));
            }
        }
        return result;
    }

    /**
     * Whether a lone capitalised word at {@code i} looks like a person acting as a subject:
     * {@code Korrel, who …} or {@code …, Korrel thanked …} (after a comma or conjunction, before a
     * lower-case word). A lone word at a sentence start or after a verb is too often a place or a
     * common noun.
     */
    private static boolean singleNameSubject(List<Tok> w, int i) {
        boolean whoFollows = i + 2 < w.size() && w.get(i + 1).is(",")
                && (w.get(i + 2).lower().equals("who") || w.get(i + 2).lower().equals("whose"));
        if (whoFollows) {
            return true;
        }
        boolean afterBreak = i > 0 && (w.get(i - 1).is(",") || Set.of("and", "but", "while", "as", "when")
                .contains(w.get(i - 1).lower()));
        boolean beforeLowerWord = i + 1 < w.size() && w.get(i + 1).word() && !w.get(i + 1).cap();
        return afterBreak && beforeLowerWord;
    }

    private static boolean insideQuote(List<ExtractedQuote> done, int offset) {
        for (ExtractedQuote d : done) {
            if (d.openMark() <= offset && offset < d.closeEnd()) {
                return true;
            }
        }
        return false;
    }
}
