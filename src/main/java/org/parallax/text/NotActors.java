package org.parallax.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Capitalised words that name no actor, and the place names that must not merge into longer names.
 * English only.
 *
 * <p><b>Nationalities and groups are not actors.</b> Following the OntoNotes 5.0 named-entity
 * categories (Weischedel et al. 2013, <i>OntoNotes Release 5.0</i>, LDC2013T19), where nationalities,
 * religious and political groups ({@code NORP}) are a category of their own beside persons,
 * organisations and places, a form made only of such words is not an actor:
 * <ul>
 *   <li>a listed nationality adjective ({@link Lexicon#DEMONYMS}) or religious adjective or noun
 *       ({@link #RELIGIONS});</li>
 *   <li>an adjective derived from a {@linkplain #isCountry country name} by the regular English
 *       suffixes {@code -n}, {@code -an}, {@code -ian}, {@code -i}, {@code -ese}, {@code -ish} (on the
 *       name, or on the name without its final vowel): Armenia → Armenian, Azerbaijan → Azerbaijani,
 *       Ukraine → Ukrainian, China → Chinese;</li>
 *   <li>the plural of either ("Armenians", "Azerbaijanis");</li>
 *   <li>a hyphenated compound of such words and lower-case words ("Azerbaijani-controlled",
 *       "Russian-brokered", "pro-Armenian").</li>
 * </ul>
 * A longer name that merely contains such a word ("Russian Red Cross", "Armenian Prime Minister Nikol
 * Pashinyan") is not affected.
 *
 * <p><b>Countries.</b> The English names of the ISO 3166-1 countries as the JDK's CLDR locale data
 * gives them ({@link Locale#getISOCountries()}, {@link Locale#getDisplayCountry(Locale)}; bracketed
 * parts and " - " qualifiers dropped, "&amp;" read as "and"), plus the common short forms in
 * {@link #COUNTRY_SHORT_FORMS} that CLDR does not use as display names.
 */
final class NotActors {

    private NotActors() {}

    /** Religious adjectives and nouns (OntoNotes NORP): not actors on their own. */
    static final Set<String> RELIGIONS = Set.of(
            "christian", "muslim", "moslem", "jew", "jewish", "catholic", "protestant", "orthodox", "islamic",
            "sunni", "shia", "shiite", "hindu", "buddhist", "sikh", "evangelical", "coptic", "yazidi", "druze");

    /** Short English country names used in news where CLDR's display name differs. */
    static final Set<String> COUNTRY_SHORT_FORMS = Set.of(
            "turkey", "burma", "ivory coast", "czech republic", "britain", "great britain", "america", "holland",
            "east timor", "swaziland", "cape verde", "north macedonia", "vatican", "palestine", "congo",
            "south korea", "north korea", "usa", "us", "uk", "uae");

    /** Lower-case prefixes of a hyphenated nationality compound ("pro-Armenian", "anti-Russian"). */
    private static final Set<String> PREFIXES = Set.of("pro", "anti", "non", "post", "pre", "ex", "neo", "pan");

    private static final List<String> SUFFIXES = List.of("n", "an", "ian", "i", "ese", "ish");

    /** Keys ({@link NameWords#key}) of country names. */
    private static final Set<String> COUNTRIES = countries();

    /** Lower-case nationality adjectives derived from single-word country names. */
    private static final Set<String> DERIVED = derived();

    /**
     * Whether a surface form names no actor: a {@linkplain #isNationality nationality or group}, or a
     * form made only of function words and sentence adverbs ({@link Lexicon#FUNCTION_WORDS}: "Consequently",
     * "Meanwhile"), as older stored mentions may hold.
     */
    static boolean notAnActor(String surface) {
        if (isNationality(surface)) {
            return true;
        }
        for (Span w : NameWords.words(surface)) {
            String word = w.text(surface);
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) || !Lexicon.FUNCTION_WORDS.contains(lower)) {
                return false; // an acronym ("US") or a word that may name something
            }
        }
        return true;
    }

    /**
     * Whether a shorter name (its key) may join a longer name that contains all its words and has no
     * organisation head, as the same actor: only a part of a person's name may ("Pashinyan" joins "Nikol
     * Pashinyan"). A country never joins a longer name ("Armenia" stays apart from "Christian Armenia"),
     * and nothing joins a longer name that contains a country's name or an organisation word
     * ("Azerbaijan Red Crescent Society"), since that is a different entity named after it.
     */
    static boolean mayJoin(String shorterKey, String[] longerWords) {
        if (isCountry(shorterKey) || containsCountry(longerWords)) {
            return false;
        }
        for (String word : longerWords) {
            if (Lexicon.ORGANISATION_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a form is a role held in a country ("Prime Minister of Armenia"): titles, then "of" (and
     * perhaps "the") at {@code keys[k - 1]}, then only a country's name, {@code rest}. Such a form names the
     * office holder, not the country, so it joins neither.
     */
    static boolean roleOfCountry(String[] keys, int k, String rest) {
        return k > 0 && (keys[k - 1].equals("of") || (keys[k - 1].equals("the") && k > 1 && keys[k - 2].equals("of")))
                && isCountry(NameWords.key(rest));
    }

    /**
     * Whether a name is a hyphenated compound of names that are mentioned on their own ("Yerevan-Baku tensions",
     * "the Armenia-Azerbaijan border"): it has a hyphen and every word of its key is itself a mentioned name
     * ({@code keys}). Such an adjective names a relation between two actors, so neither joins it. "Nagorno-Karabakh"
     * is no compound unless "Nagorno" is mentioned alone.
     */
    static boolean compoundOfNames(String name, String[] words, Set<String> keys) {
        if (words.length < 2 || name.indexOf('-') < 0 && name.indexOf('\u2010') < 0 && name.indexOf('\u2011') < 0) {
            return false;
        }
        for (String word : words) {
            if (!keys.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether this key ({@link NameWords#key}) is a country's name. */
    static boolean isCountry(String key) {
        return COUNTRIES.contains(key);
    }

    /** Whether the key contains a country's name as a run of whole words ("christian armenia"). */
    static boolean containsCountry(String[] words) {
        for (int from = 0; from < words.length; from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < words.length && to < from + 4; to++) {
                if (to > from) {
                    run.append(' ');
                }
                run.append(words[to]);
                if (COUNTRIES.contains(run.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the surface form names a nationality or group and no actor: every word, and every part of a
     * hyphenated word, is a nationality or religious word (or its plural), a lower-case word or prefix,
     * with at least one nationality or religious word ("Armenian", "Azerbaijanis", "Azerbaijani-controlled").
     */
    static boolean isNationality(String surface) {
        List<Span> words = NameWords.words(surface);
        if (words.isEmpty()) {
            return false;
        }
        boolean group = false;
        for (Span w : words) {
            for (String part : w.text(surface).split("[-\u2010\u2011]")) {
                if (part.isEmpty()) {
                    continue;
                }
                String lower = part.toLowerCase(Locale.ROOT);
                if (isGroupWord(lower)) {
                    group = true;
                } else if (!Character.isLowerCase(part.charAt(0)) && !PREFIXES.contains(lower)) {
                    return false;
                }
            }
        }
        return group;
    }

    /** A nationality or religious word, singular or plural, in lower case. */
    static boolean isGroupWord(String lower) {
        if (isGroupSingular(lower)) {
            return true;
        }
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
                && isGroupSingular(lower.substring(0, lower.length() - 1))
                && !lower.endsWith("eses") && !lower.endsWith("ishs");
    }

    private static boolean isGroupSingular(String lower) {
        return Lexicon.isDemonym(lower) || RELIGIONS.contains(lower) || DERIVED.contains(lower);
    }

    private static Set<String> countries() {
        Set<String> keys = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
            name = name.replaceAll("\\(.*?\\)", " ").replace("&", " and ");
            int dash = name.indexOf(" - ");
            if (dash > 0) {
                name = name.substring(0, dash);
            }
            String key = NameWords.key(name);
            if (!key.isEmpty() && !key.equals(code.toLowerCase(Locale.ROOT))) {
                keys.add(key);
            }
        }
        keys.addAll(COUNTRY_SHORT_FORMS);
        return Set.copyOf(keys);
    }

    private static Set<String> derived() {
        Set<String> forms = new HashSet<>();
        for (String country : COUNTRIES) {
            if (country.contains(" ") || country.length() < 4) {
                continue;
            }
            String stem = "aeiouy".indexOf(country.charAt(country.length() - 1)) >= 0
                    ? country.substring(0, country.length() - 1) : country;
            for (String suffix : SUFFIXES) {
                forms.add(country + suffix);
                forms.add(stem + suffix);
            }
        }
        forms.removeAll(COUNTRIES);
        return Set.copyOf(forms);
    }
}
