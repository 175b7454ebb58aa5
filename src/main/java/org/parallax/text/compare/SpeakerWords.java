package org.parallax.text.compare;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.text.TextNormalizer;
import org.parallax.text.compare.ClauseTokens.Tok;

/** The word lists and name helpers behind speaker phrases and pronoun antecedents. */
final class SpeakerWords {

    static final Set<String> STOP = Set.of(
            "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "then", "later", "also", "yesterday", "today",
            "tonight", "meanwhile", "however", "on", "in", "at", "for", "from", "by", "with", "after", "before",
            "when", "while", "as", "since", "until", "earlier", "separately", "if", "this", "that", "these",
            "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
            "our", "my", "your", "not", "no", "yes", "asked", "speaking", "writing", "according", "instead",
            "still", "now", "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "what", "who", "which", "whose", "where", "why", "how");

    /** Titles and roles: allowed in a speaker phrase; they end a speaker name. */
    static final Set<String> TITLES = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "minister",
            "ministers", "president", "vice-president", "chair", "chairman", "chairwoman", "chairperson", "head",
            "director", "director-general", "chief", "executive", "leader", "leaders", "coordinator", "analyst",
            "analysts", "secretary", "secretary-general", "commander", "mayor", "governor", "officer", "officers",
            "official", "officials", "adviser", "advisor", "ambassador", "envoy", "general", "colonel", "captain",
            "sergeant", "lieutenant", "senator", "lawmaker", "lawmakers", "mp", "judge", "prosecutor",
            "prosecutors", "lawyer", "lawyers", "attorney", "activist", "activists", "campaigner", "economist",
            "economists", "researcher", "researchers", "professor", "prof", "prof.", "dr", "dr.", "doctor",
            "doctors", "editor", "correspondent", "reporter", "resident", "residents", "witness", "witnesses",
            "farmer", "farmers", "driver", "drivers", "founder", "manager", "negotiator", "representative",
            "member", "members", "deputy", "premier", "king", "queen", "prince", "chancellor", "hydrologist",
            "biologist", "scientist", "scientists", "expert", "experts", "historian", "volunteer", "volunteers",
            "nurse", "surgeon", "teacher", "pilot", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "lord", "lady",
            "rev", "rev.", "bishop", "imam", "rabbi", "candidate", "ceo", "coach", "worker", "workers", "engineer",
            "engineers", "owner", "organiser", "organisers", "organizer", "organizers", "protester", "protesters",
            "sources", "source", "observers", "critics", "diplomats", "diplomat", "traders", "villagers",
            "police", "authorities", "inspector", "guard", "guards", "soldier", "soldiers", "gen.", "col.",
            "lt.", "sgt.", "capt.", "sen.", "rep.", "gov.", "insp.", "maj.", "cdr.", "adm.", "brig.");

    /** Organisations and bodies: allowed in a speaker phrase, and may end one ("the council said"). */
    static final Set<String> ORG_NOUNS = Set.of(
            "board", "council", "union", "party", "ministry", "government", "army", "military", "company", "port",
            "authority", "cooperative", "agency", "station", "hospital", "charity", "department", "police", "team",
            "club", "group", "bank", "commission", "committee", "office", "court", "embassy", "parliament",
            "assembly", "federation", "association", "guild", "institute", "university", "forum", "society",
            "presidency", "administration", "prosecutors", "campaign", "operator", "regulator", "utility",
            "secretariat", "mission", "observers");

    /** Words that may precede a title or organisation inside a speaker phrase ("foreign ministry spokesman"). */
    static final Set<String> MODIFIERS = Set.of(
            "foreign", "interior", "defence", "defense", "finance", "energy", "health", "transport", "justice",
            "former", "acting", "senior", "junior", "regional", "local", "opposition", "state", "national", "city",
            "district", "assistant", "press", "ward", "convoy", "aid", "trade", "deputy", "prime", "vice", "chief",
            "general", "executive", "federal", "provincial", "border", "security", "election", "electoral", "central",
            "main", "top", "interim", "elected", "retired", "farmers'", "workers'", "dockers'", "union's", "water",
            "river", "road", "media", "monitoring", "human", "rights", "medical", "relief", "field", "research");

    /** Words that mark a capitalised run as a place or organisation rather than a person. */
    static final Set<String> NOT_PERSON = Set.of(
            "highlands", "road", "river", "ministry", "council", "society", "square", "bridge", "valley", "street",
            "city", "university", "institute", "agency", "union", "party", "commission", "forum", "bank", "company",
            "times", "news", "wire", "herald", "tribune", "voice", "today", "monitor", "republic", "kingdom",
            "federation", "association", "guild", "court", "army", "police", "government", "office", "station",
            "airport", "port", "dam", "lake", "sea", "mountains", "hills", "island", "islands", "county", "district",
            "province", "region", "state", "states", "nations", "committee", "parliament", "assembly", "church",
            "hospital", "school", "zoo", "cup", "act", "law", "accord", "treaty", "complex", "highway", "corridor",
            "crossing", "point", "post", "reuters", "facebook", "telegram", "twitter", "instagram", "youtube",
            "radio", "television", "tv", "service", "fund", "group", "centre", "center", "organisation",
            "organization", "aid", "front", "movement", "alliance", "coalition", "bloc", "weir", "sound", "bay",
            "field", "programme", "program", "plant", "cooperative", "co-op", "ferry", "village", "town", "capital",
            "ward", "farm", "mine", "colliery", "quay", "terminal", "harbour", "harbor", "border");

    /** Prepositions that mark a following capitalised run as a place ("in Dovrel", "from Orrin Ferry"). */
    static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "at", "to", "from", "near", "of", "across", "into", "towards", "toward", "outside", "inside", "over",
            "through", "via", "around", "under", "beyond", "along", "between", "within", "off", "upon");

    static final Set<String> CONNECTORS = Set.of(
            "de", "del", "della", "der", "den", "van", "von", "al", "el", "bin", "ibn", "da", "di", "du", "la", "le",
            "ter", "y", "zu");

    static final Set<String> AUX = Set.of(
            "also", "later", "then", "again", "previously", "repeatedly", "had", "has", "have", "would", "will",
            "once", "separately", "earlier", "further", "recently", "publicly", "privately", "subsequently",
            "simply", "only", "flatly", "angrily", "quietly", "firmly", "bluntly", "reportedly", "allegedly",
            "just");

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");
    static final Set<String> RELATIVE = Set.of("who", "whose", "which", "whom", "the", "a", "an", "its",
            "his", "her", "their", "our", "herself", "himself", "itself", "themselves");

    private SpeakerWords() {}

    static boolean isPossessive(Tok t) {
        return t.lower().endsWith("'s") && t.lower().length() > 2;
    }

    static boolean isNameWord(Tok t) {
        return t.word() && t.cap() && !STOP.contains(t.lower()) && !TITLES.contains(t.lower()) && !isPossessive(t);
    }

    /** Whether a name contains no place or organisation word ({@link #NOT_PERSON}). */
    static boolean person(@Nullable String name) {
        if (name == null) {
            return false;
        }
        for (String w : TextNormalizer.comparisonKey(name).split("[\\s-]+")) {
            if (NOT_PERSON.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The last word of a name, as a comparison key. */
    static String surname(String name) {
        String[] parts = TextNormalizer.comparisonKey(name).split("[\\s]+");
        return parts[parts.length - 1];
    }
}
