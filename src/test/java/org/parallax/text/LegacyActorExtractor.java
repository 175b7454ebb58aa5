package org.parallax.text;

// Frozen copy of org.parallax.text.ActorExtractor as of commit 6e3f64f, before the reader-thread optimisation, kept only so
// that the equivalence tests can prove the optimised code computes the same outputs. Do not change it.

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds mentions of named actors (people, organisations, places) without a statistical model:
 * maximal runs of capitalised words.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Words are letters and digits with inner apostrophes and hyphens ("O'Brien", "Al-Mayadeen"),
 *       or dotted acronyms ("U.S."); a possessive "'s" is not part of the word and ends the run.
 *   <li>A word is <em>capitalised</em> if it starts with an upper-case letter, or with a short
 *       lower-case particle joined by a hyphen or apostrophe to an upper-case letter ("al-Assad").
 *   <li>A capitalised word is a <em>name word</em> unless it is a capitalised function word ("The",
 *       "However", "They", …; all-caps acronyms such as "US" excepted), a single letter that is not an
 *       initial ("J."), or a sentence-initial word that also occurs in lower case elsewhere in the
 *       text ("Talks resumed … the talks …").
 *   <li>Name words separated only by blanks (no line break), or by the full stop of an
 *       initial or title abbreviation ("Dr. Smith", "J. R. Smith"), join into one mention; so do name
 *       words separated by one or two connectors ("of", "the", "de", "al", "bin", "van",
 *       "von", …: "Mohammed bin Salman"). "of" joins only after an organisation, place or title word
 *       ("Bank of England", "Secretary of State"), so that "Supporters of Pashinyan" and "Smith of
 *       the Bank of England" stay apart.
 *   <li>In a title-cased sentence (a headline: three or more words of four or more letters, all
 *       of them capitalised), a word is a name word only if it is one in an ordinary sentence of the
 *       same text, so "Ceasefire Talks Resume in Ostrava" above a body that names Ostrava yields
 *       only "Ostrava". Pass title and body together ("title\n\nbody") to use this; a headline on
 *       its own is read like any sentence.
 *   <li>A mention ends with a name word that is not an initial; a mention made only of month or day
 *       names ("Monday", "Sept") is dropped.
 * </ol>
 * Offsets are half-open {@code [begin, end)} character offsets into the original text. Title words
 * stay in the mention ("Prime Minister Nikol Pashinyan"); {@link LegacyActorMerger} strips them.
 * Thread-safe and stateless.
 */
public final class LegacyActorExtractor {

    private static final Pattern PARTICLE_NAME = Pattern.compile("\\p{Ll}{1,3}['\u2019\\-\u2010\u2011]\\p{Lu}.*");

    private final LegacySentenceSplitter sentences = new LegacySentenceSplitter();

    /** The mentions of {@code text}, in text order. */
    public List<Mention> extract(String text) {
        List<Span> spans = LegacyNameWords.words(text);
        int n = spans.size();
        String[] words = new String[n];
        Set<String> lowerCaseWords = new HashSet<>();
        for (int i = 0; i < n; i++) {
            words[i] = spans.get(i).text(text);
            if (Character.isLowerCase(words[i].charAt(0))) {
                lowerCaseWords.add(words[i]);
            }
        }
        List<Span> sentenceSpans = sentences.split(text);
        int[] sentence = sentenceOf(spans, sentenceSpans);
        boolean[] sentenceInitial = new boolean[n];
        for (int i = 0; i < n; i++) {
            sentenceInitial[i] = sentence[i] >= 0 && (i == 0 || sentence[i - 1] != sentence[i]);
        }
        boolean[] nameWord = new boolean[n];
        boolean[] initial = new boolean[n];
        for (int i = 0; i < n; i++) {
            initial[i] = isInitial(text, spans.get(i), words[i]);
            nameWord[i] = isNameWord(words[i], initial[i], sentenceInitial[i], lowerCaseWords);
        }
        confirmTitleCaseNames(words, sentence, sentenceSpans.size(), nameWord);

        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!nameWord[i]) {
                i++;
                continue;
            }
            int j = i;
            while (true) {
                int k = j + 1;
                if (k >= n || !joinable(text, spans, words, initial, j, k)) {
                    break;
                }
                if (nameWord[k]) {
                    j = k;
                    continue;
                }
                int c = k;
                int connectors = 0;
                while (c < n && connectors < 2 && isConnector(words[c]) && (c == k || joinable(text, spans, words, initial, c - 1, c))) {
                    c++;
                    connectors++;
                }
                if (connectors > 0 && c < n && nameWord[c] && joinable(text, spans, words, initial, c - 1, c)
                        && (!words[k].equalsIgnoreCase("of") || headsOf(words[j]))) {
                    j = c;
                    continue;
                }
                break;
            }
            int last = j;
            int end = last;
            while (end >= i && initial[end]) {
                end--;
            }
            if (end >= i && !allCalendar(words, i, end, nameWord)) {
                int begin = spans.get(i).begin();
                int stop = spans.get(end).end();
                String surface = text.substring(begin, stop);
                mentions.add(new Mention(surface, LegacyNameWords.key(surface), begin, stop));
            }
            i = last + 1;
        }
        return List.copyOf(mentions);
    }

    /** The index of the sentence holding each word, or -1 for a word outside every sentence. */
    private static int[] sentenceOf(List<Span> words, List<Span> sentences) {
        int[] of = new int[words.size()];
        int s = 0;
        for (int w = 0; w < words.size(); w++) {
            Span word = words.get(w);
            while (s < sentences.size() && sentences.get(s).end() <= word.begin()) {
                s++;
            }
            of[w] = s < sentences.size() && sentences.get(s).begin() <= word.begin() ? s : -1;
        }
        return of;
    }

    /**
     * In a title-cased sentence (a headline: at least three words of four or more letters, all of
     * them capitalised) capitals say nothing, so a word there stays a name word only if it is one in an
     * ordinary sentence of the same text. Without any ordinary sentence nothing changes.
     */
    private static void confirmTitleCaseNames(String[] words, int[] sentence, int sentences, boolean[] nameWord) {
        int[] longWords = new int[sentences];
        boolean[] lowerCaseLongWord = new boolean[sentences];
        for (int i = 0; i < words.length; i++) {
            if (sentence[i] < 0 || letters(words[i]) < 4) {
                continue;
            }
            longWords[sentence[i]]++;
            if (!isCapitalised(words[i])) {
                lowerCaseLongWord[sentence[i]] = true;
            }
        }
        Set<String> names = new HashSet<>();
        boolean ordinary = false;
        for (int i = 0; i < words.length; i++) {
            if (sentence[i] >= 0 && !titleCase(sentence[i], longWords, lowerCaseLongWord)) {
                ordinary = true;
                if (nameWord[i]) {
                    names.add(words[i].toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!ordinary) {
            return;
        }
        for (int i = 0; i < words.length; i++) {
            if (nameWord[i] && sentence[i] >= 0 && titleCase(sentence[i], longWords, lowerCaseLongWord)
                    && !names.contains(words[i].toLowerCase(Locale.ROOT))) {
                nameWord[i] = false;
            }
        }
    }

    private static boolean titleCase(int sentence, int[] longWords, boolean[] lowerCaseLongWord) {
        return longWords[sentence] >= 3 && !lowerCaseLongWord[sentence];
    }

    private static int letters(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isNameWord(String word, boolean initial, boolean sentenceInitial, Set<String> lowerCaseWords) {
        if (!isCapitalised(word)) {
            return false;
        }
        if (word.length() == 1) {
            return initial;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean acronym = word.equals(word.toUpperCase(Locale.ROOT));
        if (!acronym && Lexicon.FUNCTION_WORDS.contains(lower)) {
            return false;
        }
        return !(sentenceInitial && !acronym && lowerCaseWords.contains(lower));
    }

    static boolean isCapitalised(String word) {
        char first = word.charAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first) || PARTICLE_NAME.matcher(word).matches();
    }

    /** A single upper-case letter directly followed by a full stop. */
    private static boolean isInitial(String text, Span span, String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                && span.end() < text.length() && text.charAt(span.end()) == '.';
    }

    /** Whether "of" may follow this word inside a name: an organisation or title word ("Bank of", "Secretary of"). */
    private static boolean headsOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Lexicon.ORGANISATION_WORDS.contains(lower) || Lexicon.isTitle(lower);
    }

    private static boolean isConnector(String word) {
        return Lexicon.CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether word {@code b} may follow word {@code a} in one name: only blanks on one line, after an abbreviation's full stop, between them. */
    private static boolean joinable(String text, List<Span> spans, String[] words, boolean[] initial, int a, int b) {
        int from = spans.get(a).end();
        int to = spans.get(b).begin();
        if (from < to && text.charAt(from) == '.'
                && (initial[a] || Lexicon.TITLE_ABBREVIATIONS.contains(words[a].toLowerCase(Locale.ROOT)))) {
            from++;
        }
        if (from == to) {
            return false;
        }
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (!LegacySentenceSplitter.isSpace(c) || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return false;
            }
        }
        return true;
    }

    private static boolean allCalendar(String[] words, int from, int to, boolean[] nameWord) {
        for (int i = from; i <= to; i++) {
            if (nameWord[i] && !Lexicon.CALENDAR_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
