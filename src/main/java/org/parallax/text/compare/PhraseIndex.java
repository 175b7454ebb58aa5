package org.parallax.text.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.parallax.text.TextNormalizer;

/**
 * Finds words and phrases in a text, shared by {@link LexiconMatcher} and {@link FrameScorer}.
 *
 * <p>Texts and entries are split into <em>atoms</em>: the {@link WordTokenizer} words, further split
 * at hyphens, each normalised with {@link TextNormalizer#comparisonKey(String)}. An entry matches
 * a run of consecutive atoms when
 * <ul>
 *   <li>every atom but the last is equal;</li>
 *   <li>the last atom is equal, or is a simple inflection of the entry's last atom (see
 *       {@link #baseForms(String)}), or, for a stem entry written with a trailing {@code *}, starts
 *       with the stem;</li>
 *   <li>the text between consecutive atoms is only spaces and hyphens or dashes (at most one line
 *       break), so {@code Nagorno-Karabakh}, {@code Nagorno Karabakh} and {@code Nagorno‑Karabakh}
 *       are the same, but a comma or full stop breaks a phrase.</li>
 * </ul>
 * Matching is therefore case-insensitive and blind to curly versus straight apostrophes.
 *
 * @param <T> what an entry stands for
 */
final class PhraseIndex<T> {

    /** One indexed phrase. */
    record Entry<T>(String surface, List<String> atoms, boolean stem, T payload) {}

    /** One occurrence of an entry, with half-open offsets into the text. */
    record Match<T>(Entry<T> entry, int begin, int end, int atomCount) implements TextRange {}

    private record Atom(String key, int begin, int end) {}

    private final Map<String, List<Entry<T>>> byFirstAtom = new HashMap<>();
    private final Map<String, List<Entry<T>>> stemsByPrefix = new HashMap<>();
    private int maxStemLength;

    /**
     * Adds a phrase. A trailing {@code *} makes its last atom a prefix (stem). Phrases without any
     * word are ignored.
     */
    void add(String phrase, T payload) {
        String p = phrase.strip();
        boolean stem = p.endsWith("*");
        if (stem) {
            p = p.substring(0, p.length() - 1);
        }
        List<String> atoms = atoms(p).stream().map(Atom::key).toList();
        if (atoms.isEmpty()) {
            return;
        }
        Entry<T> entry = new Entry<>(phrase.strip(), atoms, stem, payload);
        if (stem && atoms.size() == 1) {
            stemsByPrefix.computeIfAbsent(atoms.getFirst(), k -> new ArrayList<>()).add(entry);
            maxStemLength = Math.max(maxStemLength, atoms.getFirst().length());
        } else {
            byFirstAtom.computeIfAbsent(atoms.getFirst(), k -> new ArrayList<>()).add(entry);
        }
    }

    /** Every match of every entry, overlapping ones included, in text order. */
    List<Match<T>> findAll(String text) {
        List<Atom> atoms = atoms(text);
        List<Match<T>> matches = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            String key = atoms.get(i).key;
            Set<Entry<T>> candidates = new LinkedHashSet<>(byFirstAtom.getOrDefault(key, List.of()));
            for (String base : baseForms(key)) {
                for (Entry<T> e : byFirstAtom.getOrDefault(base, List.of())) {
                    if (e.atoms.size() == 1) {
                        candidates.add(e);
                    }
                }
            }
            for (int len = 1; len <= Math.min(key.length(), maxStemLength); len++) {
                candidates.addAll(stemsByPrefix.getOrDefault(key.substring(0, len), List.of()));
            }
            for (Entry<T> e : candidates) {
                if (matchesAt(text, atoms, i, e)) {
                    int last = i + e.atoms.size() - 1;
                    matches.add(new Match<>(e, atoms.get(i).begin, atoms.get(last).end, e.atoms.size()));
                }
            }
        }
        return matches;
    }

    private static <T> boolean matchesAt(String text, List<Atom> atoms, int i, Entry<T> e) {
        int n = e.atoms.size();
        if (i + n > atoms.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            Atom a = atoms.get(i + k);
            String want = e.atoms.get(k);
            boolean last = k == n - 1;
            boolean ok = a.key.equals(want)
                    || (last && e.stem && a.key.startsWith(want))
                    || (last && !e.stem && baseForms(a.key).contains(want));
            if (!ok) {
                return false;
            }
            if (k > 0 && !joinable(text, atoms.get(i + k - 1).end, a.begin)) {
                return false;
            }
        }
        return true;
    }

    private static boolean joinable(String text, int from, int to) {
        int newlines = 0;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                newlines++;
            } else if (!Character.isWhitespace(c) && "-‐‑‒–\u00AD".indexOf(c) < 0) {
                return false;
            }
        }
        return newlines <= 1;
    }

    /**
     * Longest-match selection: candidates are taken longest first (atoms, then characters, then
     * leftmost); a candidate overlapping an already taken match of the same group is dropped,
     * unless it covers exactly the same characters with a different payload.
     */
    static <T> List<Match<T>> longest(List<Match<T>> matches, Function<Match<T>, Object> group) {
        List<Match<T>> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.<Match<T>>comparingInt(m -> -m.atomCount())
                .thenComparingInt(m -> -(m.end() - m.begin()))
                .thenComparingInt(Match::begin));
        List<Match<T>> taken = new ArrayList<>();
        for (Match<T> m : sorted) {
            boolean keep = true;
            for (Match<T> t : taken) {
                if (!Objects.equals(group.apply(t), group.apply(m)) || !t.overlaps(m)) {
                    continue;
                }
                boolean sameSpan = t.begin() == m.begin() && t.end() == m.end();
                if (!sameSpan || t.entry().payload().equals(m.entry().payload())) {
                    keep = false;
                    break;
                }
            }
            if (keep) {
                taken.add(m);
            }
        }
        taken.sort(Comparator.comparingInt(Match<T>::begin).thenComparingInt(Match::end));
        return taken;
    }

    private static List<Atom> atoms(String text) {
        List<Atom> atoms = new ArrayList<>();
        for (WordToken t : WordTokenizer.tokenize(text)) {
            String w = t.text();
            int start = 0;
            for (int j = 0; j <= w.length(); j++) {
                if (j == w.length() || "-‐‑".indexOf(w.charAt(j)) >= 0) {
                    if (j > start) {
                        atoms.add(new Atom(WordTokenizer.normalize(w.substring(start, j)), t.begin() + start,
                                t.begin() + j));
                    }
                    start = j + 1;
                }
            }
        }
        return atoms;
    }

    /**
     * The forms a word could be an inflection of: the word itself, and the word without a
     * possessive {@code 's}, plural {@code -s}/{@code -es}/{@code -ies}, or verb ending
     * {@code -s}/{@code -d}/{@code -ed}/{@code -ied}/{@code -ing} (with a restored final {@code e} or an
     * undoubled final consonant). Simple suffix stripping, no dictionary: {@code blockades},
     * {@code blockaded}, {@code blockading} → {@code blockade}; {@code banned} → {@code ban};
     * {@code reunified} → {@code reunify}. Stems shorter than two letters are not produced.
     */
    static Set<String> baseForms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        if (word.endsWith("'s")) {
            addStem(forms, word, 2, "");
        }
        if (word.endsWith("ies") || word.endsWith("ied")) {
            addStem(forms, word, 3, "y");
        }
        if (word.endsWith("es")) {
            addStem(forms, word, 2, "");
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            addStem(forms, word, 1, "");
        }
        if (word.endsWith("ed")) {
            addStem(forms, word, 2, "");
            addStem(forms, word, 1, "");
            if (doubled(word, 2)) {
                addStem(forms, word, 3, "");
            }
        }
        if (word.endsWith("ing")) {
            addStem(forms, word, 3, "");
            addStem(forms, word, 3, "e");
            if (doubled(word, 3)) {
                addStem(forms, word, 4, "");
            }
        }
        return forms;
    }

    private static void addStem(Set<String> forms, String word, int cut, String append) {
        if (word.length() - cut >= 2) {
            forms.add(word.substring(0, word.length() - cut) + append);
        }
    }

    private static boolean doubled(String word, int suffix) {
        int n = word.length() - suffix;
        return n >= 3 && word.charAt(n - 1) == word.charAt(n - 2) && "aeiou".indexOf(word.charAt(n - 1)) < 0;
    }
}
