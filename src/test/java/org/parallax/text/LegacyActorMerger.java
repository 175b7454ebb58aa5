package org.parallax.text;

// Frozen copy of org.parallax.text.ActorMerger as of commit 6e3f64f, before the reader-thread optimisation, kept only so
// that the equivalence tests can prove the optimised code computes the same outputs. Do not change it.

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the surface forms that name the same actor ("Pashinyan", "Nikol Pashinyan", "Armenian Prime
 * Minister Nikol Pashinyan", "Mr. Pashinyan") into one {@link Actor}.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Name part.</b> Title and rank words ("President", "Prime", "Minister", "Foreign",
 *       "Secretary", "General", "Gen.", "Mr.", "Pope", …) are dropped from the front, together with
 *       connectors after a title ("Secretary <i>of</i> State"), listed nationality adjectives
 *       ("Armenian", "Azerbaijani", …) and any word directly before a title word, which modifies it
 *       ("<i>U.S.</i> Secretary", "<i>NATO</i> Secretary General"; this also covers unlisted
 *       adjectives in -ian/-ese/-ish/-i). A name with an organisation or place word as its last
 *       word or before "of" ("Red Cross", "Foreign Ministry", "Bank of England") is kept whole.
 *       When nothing is left: a form of only titles, demonyms and connectors is a role, not a name
 *       ("Prime Minister", "Armenian President"), and is dropped; any other form is kept whole
 *       ("John Major", "Armenian").
 *   <li><b>Same name part.</b> Mentions whose name parts have the same {@linkplain Mention#key() key}
 *       form one candidate.
 *   <li><b>Containment.</b> Candidates are visited longest first (most words; ties by first
 *       appearance). A candidate whose words are a subset of the words of the name of exactly one
 *       existing actor with at least as many words joins that actor; with no such actor, or with
 *       two or more ("Aliyev" beside "Ilham Aliyev" and "Heydar Aliyev"), it becomes an actor of its
 *       own. An organisation or place name absorbs only candidates that contain its organisation
 *       word, so "Azerbaijan" stays apart from "Azerbaijan Airlines" and "England" from "Bank of
 *       England", while "Red Cross" joins "International Committee of the Red Cross".
 *   <li><b>Name.</b> An actor is named after its longest candidate, in the surface form used most
 *       often (ties: first seen).
 * </ol>
 * The mentions may come from several texts (their offsets then refer to their own texts). Actors
 * are returned by number of mentions, most first, ties by first appearance. Thread-safe and stateless.
 */
public final class LegacyActorMerger {

    public List<Actor> merge(List<Mention> mentions) {
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        for (int index = 0; index < mentions.size(); index++) {
            Mention mention = mentions.get(index);
            String name = nameOf(mention.surface());
            if (name == null) {
                continue;
            }
            String key = LegacyNameWords.key(name);
            if (key.isEmpty()) {
                continue;
            }
            Candidate candidate = byKey.computeIfAbsent(key, k -> new Candidate(k, mentions.size()));
            candidate.add(index, mention, name);
        }

        List<Candidate> candidates = new ArrayList<>(byKey.values());
        for (Candidate c : candidates) {
            c.compound = NotActors.compoundOfNames(c.name(), c.words, byKey.keySet());
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.words.length).thenComparingInt(c -> c.first));
        List<Group> groups = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Group container = null;
            int containers = 0;
            for (Group group : groups) {
                if (group.head.contains(candidate)) {
                    container = group;
                    containers++;
                }
            }
            if (containers == 1) {
                container.members.add(candidate);
            } else {
                groups.add(new Group(candidate));
            }
        }

        List<Group> ordered = new ArrayList<>(groups);
        ordered.sort(Comparator.comparingInt((Group g) -> -g.mentionCount()).thenComparingInt(Group::first));
        List<Actor> actors = new ArrayList<>(ordered.size());
        for (Group group : ordered) {
            actors.add(group.toActor());
        }
        return List.copyOf(actors);
    }

    /**
     * The name part of a surface form: leading titles, their modifiers and the connectors between
     * them removed; the whole form for an organisation or place name, or when no name follows the
     * titles ("John Major"); {@code null} for a bare role ("Prime Minister", "Armenian President").
     */
    static String nameOf(String surface) {
        List<Span> words = LegacyNameWords.words(surface);
        if (words.isEmpty() || NotActors.notAnActor(surface)) {
            return null;
        }
        String[] keys = new String[words.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = LegacyNameWords.key(words.get(i).text(surface));
        }
        if (organisationHead(LegacyNameWords.key(surface).split(" ")) != null) {
            return surface;
        }
        int k = 0;
        boolean title = false;
        while (k < keys.length) {
            String word = keys[k];
            if (isTitle(word)) {
                title = true;
            } else if (!(Lexicon.isDemonym(word)
                    || (k + 1 < keys.length && isTitle(keys[k + 1]))
                    || (title && Lexicon.CONNECTORS.contains(word)))) {
                break;
            }
            k++;
        }
        if (k < keys.length) {
            String rest = surface.substring(words.get(k).begin());
            return title && NotActors.roleOfCountry(keys, k, rest) ? null : rest;
        }
        if (!title) {
            return surface;
        }
        for (String word : keys) {
            if (!(isTitle(word) || Lexicon.isDemonym(word) || Lexicon.CONNECTORS.contains(word))) {
                return surface;
            }
        }
        return null;
    }

    /** A title word, or a hyphenated compound of title words ("Secretary-General" → "secretary general"). */
    private static boolean isTitle(String key) {
        for (String part : key.split(" ")) {
            if (!Lexicon.isTitle(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word that makes a name an organisation or place: an organisation word that ends the name
     * ("Red Cross", "Foreign Ministry") or comes right before "of" ("Bank of England"); else {@code null}.
     */
    static String organisationHead(String[] words) {
        if (words.length < 2) {
            return null;
        }
        if (Lexicon.ORGANISATION_WORDS.contains(words[words.length - 1])) {
            return words[words.length - 1];
        }
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i + 1].equals("of") && Lexicon.ORGANISATION_WORDS.contains(words[i])) {
                return words[i];
            }
        }
        return null;
    }

    /** All mentions with one name key. */
    private static final class Candidate {
        final String key;
        final String[] words;
        final Set<String> wordSet;
        final String organisationHead;
        final List<Integer> indexes = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Integer> nameCounts = new LinkedHashMap<>();
        int first;
        /** A hyphenated compound of names that are actors of their own ("Yerevan-Baku"): absorbs nothing. */
        boolean compound;

        Candidate(String key, int size) {
            this.key = key;
            this.words = key.split(" ");
            this.wordSet = Set.copyOf(Arrays.asList(words));
            this.organisationHead = organisationHead(words);
            this.first = size;
        }

        void add(int index, Mention mention, String name) {
            if (indexes.isEmpty()) {
                first = index;
            }
            indexes.add(index);
            mentions.add(mention);
            nameCounts.merge(name, 1, Integer::sum);
        }

        /** Whether {@code other} names the same actor as this longer candidate. */
        boolean contains(Candidate other) {
            if (other.words.length > words.length || !wordSet.containsAll(other.wordSet)) {
                return false;
            }
            if (organisationHead != null) {
                return other.wordSet.contains(organisationHead);
            }
            if (compound) {
                return other.words.length == words.length;
            }
            return other.words.length == words.length || NotActors.mayJoin(other.key, words);
        }

        String name() {
            String best = null;
            int bestCount = 0;
            for (Map.Entry<String, Integer> e : nameCounts.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best;
        }
    }

    /** An actor in the making: its longest candidate and the candidates merged into it. */
    private static final class Group {
        final Candidate head;
        final List<Candidate> members = new ArrayList<>();

        Group(Candidate head) {
            this.head = head;
            members.add(head);
        }

        int mentionCount() {
            int n = 0;
            for (Candidate c : members) {
                n += c.mentions.size();
            }
            return n;
        }

        int first() {
            int first = Integer.MAX_VALUE;
            for (Candidate c : members) {
                first = Math.min(first, c.first);
            }
            return first;
        }

        Actor toActor() {
            Map<Integer, Mention> byIndex = new HashMap<>();
            for (Candidate c : members) {
                for (int i = 0; i < c.indexes.size(); i++) {
                    byIndex.put(c.indexes.get(i), c.mentions.get(i));
                }
            }
            List<Integer> order = new ArrayList<>(byIndex.keySet());
            order.sort(null);
            List<Mention> mentions = new ArrayList<>(order.size());
            Set<String> forms = new LinkedHashSet<>();
            for (int i : order) {
                Mention m = byIndex.get(i);
                mentions.add(m);
                forms.add(m.surface());
            }
            return new Actor(head.name(), forms, mentions);
        }
    }
}
