package org.parallax.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.text.compare.Lexicon;

/**
 * Checks a lexicon before it is stored and returns it tidied: every name and entry stripped of
 * surrounding white space, entries repeated inside one list (ignoring case, as the matcher does)
 * kept once. Anything else wrong is refused with a message that names the concept or field.
 */
public final class LexiconValidator {

    /** Longest lexicon name (the column is varchar(200)). */
    public static final int MAX_NAME = 200;
    /** Longest concept name, variant, hedge, intensifier, verb or verb class. */
    public static final int MAX_ENTRY = 200;
    /** Most concepts in one lexicon. */
    public static final int MAX_CONCEPTS = 5_000;
    /** Most entries in one list (variants of a concept, hedges, intensifiers, verbs of a class). */
    public static final int MAX_ENTRIES = 5_000;
    /** Most attribution verb classes. */
    public static final int MAX_CLASSES = 50;

    private LexiconValidator() {}

    /** The lexicon, tidied; throws {@link InvalidLexiconException} naming what is wrong. */
    public static Lexicon validate(Lexicon lexicon) {
        String name = checkName(lexicon.name());
        if (lexicon.concepts().size() > MAX_CONCEPTS) {
            throw invalid("has %,d concepts; at most %,d are allowed.".formatted(lexicon.concepts().size(), MAX_CONCEPTS));
        }
        List<Lexicon.Concept> concepts = new ArrayList<>();
        Set<String> conceptKeys = new HashSet<>();
        int n = 0;
        for (Lexicon.Concept c : lexicon.concepts()) {
            n++;
            String concept = c.concept() == null ? "" : c.concept().strip();
            if (concept.isEmpty()) {
                throw invalid("Concept " + n + " has no name: describe what its variants refer to.");
            }
            if (concept.length() > MAX_ENTRY) {
                throw invalid("Concept " + n + " has a name longer than " + MAX_ENTRY + " characters.");
            }
            if (!conceptKeys.add(key(concept))) {
                throw invalid("Concept “" + concept + "” appears twice: put all its variants in one concept.");
            }
            if (c.variants().isEmpty()) {
                throw invalid("Concept “" + concept + "” has no variants: give at least one name for it.");
            }
            concepts.add(new Lexicon.Concept(concept, entries(c.variants(), "Concept “" + concept + "”", "variant")));
        }
        List<String> hedges = entries(lexicon.hedges(), "The hedge list", "hedge");
        List<String> intensifiers = entries(lexicon.intensifiers(), "The intensifier list", "intensifier");
        if (lexicon.attributionVerbs().size() > MAX_CLASSES) {
            throw invalid("has %d attribution verb classes; at most %d are allowed.".formatted(lexicon.attributionVerbs().size(), MAX_CLASSES));
        }
        Map<String, List<String>> verbs = new LinkedHashMap<>();
        Set<String> classKeys = new HashSet<>();
        for (Map.Entry<String, List<String>> e : lexicon.attributionVerbs().entrySet()) {
            String cls = e.getKey() == null ? "" : e.getKey().strip();
            if (cls.isEmpty()) {
                throw invalid("An attribution verb class has no name (e.g. neutral, doubt, concession).");
            }
            if (cls.length() > MAX_ENTRY) {
                throw invalid("An attribution verb class name is longer than " + MAX_ENTRY + " characters.");
            }
            if (!classKeys.add(key(cls))) {
                throw invalid("Attribution verb class “" + cls + "” appears twice.");
            }
            verbs.put(cls, entries(e.getValue(), "Attribution verb class “" + cls + "”", "verb"));
        }
        if (lexicon.markerClasses().size() > MAX_CLASSES) {
            throw invalid("has %d marker classes; at most %d are allowed.".formatted(lexicon.markerClasses().size(), MAX_CLASSES));
        }
        Map<String, List<String>> markerClasses = new LinkedHashMap<>();
        Set<String> markerKeys = new HashSet<>();
        for (Map.Entry<String, List<String>> e : lexicon.markerClasses().entrySet()) {
            String cls = e.getKey() == null ? "" : e.getKey().strip();
            if (cls.isEmpty()) {
                throw invalid("A marker class has no name (e.g. factive, loaded).");
            }
            if (cls.length() > MAX_ENTRY) {
                throw invalid("A marker class name is longer than " + MAX_ENTRY + " characters.");
            }
            if (!markerKeys.add(key(cls))) {
                throw invalid("Marker class “" + cls + "” appears twice.");
            }
            markerClasses.put(cls, entries(e.getValue(), "Marker class “" + cls + "”", "entry"));
        }
        return new Lexicon(name, concepts, hedges, intensifiers, verbs, markerClasses);
    }

    /** The name, stripped; throws when it cannot name a lexicon (blank, too long, or with a slash). */
    public static String checkName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new InvalidLexiconException("A lexicon needs a name.");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidLexiconException("The lexicon name is longer than " + MAX_NAME + " characters.");
        }
        if (name.chars().anyMatch(ch -> ch == '/' || ch == '\\' || Character.isISOControl(ch))) {
            throw new InvalidLexiconException("The lexicon name “" + name.replaceAll("\\p{Cntrl}", " ")
                    + "” may not contain a slash, a backslash or control characters.");
        }
        return name;
    }

    private static List<String> entries(List<String> raw, String owner, String what) {
        if (raw.size() > MAX_ENTRIES) {
            throw invalid("%s has %,d %ss; at most %,d are allowed.".formatted(owner, raw.size(), what, MAX_ENTRIES));
        }
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        for (String entry : raw) {
            i++;
            String e = entry == null ? "" : entry.strip();
            if (e.isEmpty()) {
                throw invalid("%s has a blank %s (%s %d).".formatted(owner, what, what, i));
            }
            if (e.length() > MAX_ENTRY) {
                throw invalid("%s has a %s longer than %d characters (%s %d).".formatted(owner, what, MAX_ENTRY, what, i));
            }
            out.putIfAbsent(key(e), e);
        }
        return List.copyOf(new LinkedHashSet<>(out.values()));
    }

    private static InvalidLexiconException invalid(String message) {
        return new InvalidLexiconException(message.startsWith("has ") ? "The lexicon " + message : message);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
