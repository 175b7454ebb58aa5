package org.parallax.text;

import java.util.Set;

/**
 * Small closed English word lists shared by {@link SentenceSplitter}, {@link ActorExtractor} and
 * {@link ActorMerger}. Every entry is lower case (root locale), without dots.
 */
final class Lexicon {

    private Lexicon() {}

    /**
     * Function words and frequent sentence openers: capitalised, they start a sentence rather than a
     * name. Used as the extractor's stop list and, by the splitter, as evidence that a sentence
     * really begins after an ambiguous abbreviation ("… in the U.S. The talks …").
     */
    static final Set<String> FUNCTION_WORDS = union(sentenceAdverbs(), Set.of(
            "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "of", "to", "from", "by",
            "with", "without", "in", "into", "on", "onto", "at", "over", "under", "after", "before",
            "during", "since", "until", "while", "when", "whenever", "where", "wherever", "why", "how",
            "what", "which", "who", "whom", "whose", "that", "this", "these", "those", "there", "here",
            "it", "its", "he", "she", "they", "we", "i", "you", "him", "her", "his", "hers", "their",
            "theirs", "them", "our", "ours", "us", "your", "yours", "my", "me", "meanwhile", "however",
            "although", "though", "because", "as", "if", "unless", "whether", "also", "still", "then",
            "thus", "hence", "moreover", "furthermore", "nevertheless", "nonetheless", "instead",
            "indeed", "otherwise", "besides", "yes", "no", "not", "only", "even", "just", "now",
            "today", "yesterday", "tomorrow", "tonight", "earlier", "later", "last", "next", "both",
            "either", "neither", "each", "every", "all", "any", "some", "many", "most", "much", "more",
            "few", "several", "such", "other", "others", "another", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "finally",
            "according", "amid", "among", "between", "against", "despite", "following", "about",
            "above", "across", "along", "around", "behind", "below", "beyond", "inside", "outside",
            "through", "throughout", "toward", "towards", "upon", "within", "is", "are", "was", "were",
            "be", "been", "has", "have", "had", "do", "does", "did", "can", "could", "should", "would",
            "must", "might", "asked", "speaking", "once", "again", "already", "never", "always",
            "perhaps", "let", "please", "thanks", "well",
            // Number words that open a sentence ("Forty thousand people …").
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "dozen",
            // Generic nouns that often open a news sentence.
            "officials", "authorities", "witnesses", "residents", "critics", "analysts", "experts",
            "protesters", "supporters", "lawmakers", "troops", "soldiers", "rescuers", "sources",
            "reports", "talks", "negotiations", "prices", "shares", "markets", "people",
            "dozens", "hundreds", "thousands", "millions"));

    /**
     * Sentence adverbs, linking adverbials and prepositions that open English news sentences and are never
     * names ("Consequently, …", "Regrettably, …", "Beneath the surface …"): the conjuncts and disjuncts of
     * Quirk et al. 1985, <i>A Comprehensive Grammar of the English Language</i>, §8.121–8.137, and the
     * linking adverbials of Biber et al. 1999, <i>Longman Grammar of Spoken and Written English</i>, §10.3,
     * as far as they occur capitalised at a sentence start. Part of {@link #FUNCTION_WORDS}. Words that are
     * also common surnames ("Rather", "Young") are left out.
     */
    static Set<String> sentenceAdverbs() {
        return Set.of(
                "accordingly", "additionally", "admittedly", "afterwards", "alternatively", "altogether",
                "anyway", "arguably", "basically", "briefly", "certainly", "clearly", "consequently", "conversely",
                "crucially", "curiously", "currently", "elsewhere", "essentially", "eventually", "evidently",
                "firstly", "secondly", "thirdly", "lastly", "fortunately", "unfortunately", "frankly",
                "fundamentally", "generally", "historically", "hopefully", "ideally", "importantly",
                "incidentally", "increasingly", "initially", "interestingly", "ironically", "likewise", "luckily",
                "naturally", "notably", "obviously", "oddly", "originally", "overall", "paradoxically",
                "particularly", "plainly", "possibly", "predictably", "presumably", "previously", "probably",
                "recently", "regardless", "regrettably", "remarkably", "sadly", "significantly", "similarly",
                "simultaneously", "specifically", "strangely", "subsequently", "surely", "surprisingly",
                "unsurprisingly", "theoretically", "therefore", "thereafter", "tragically", "typically",
                "ultimately", "undoubtedly", "understandably", "notwithstanding", "amidst", "whilst", "beneath",
                "underneath", "unlike", "regarding", "concerning", "including", "aside", "ahead");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Month and weekday names and their abbreviations: not an actor when they stand alone. */
    static final Set<String> CALENDAR_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
            "sun");

    /** Lower-case words that may join two capitalised words of one name ("Bank of England", "Mohammed bin Salman"). */
    static final Set<String> CONNECTORS = Set.of(
            "of", "the", "de", "del", "della", "der", "den", "di", "du", "da", "la", "le", "al", "el",
            "bin", "ibn", "van", "von");

    /** Abbreviations written before a name: never the end of a sentence ("Dr. Smith", "Gen. Lee"). */
    static final Set<String> TITLE_ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "adm",
            "cmdr", "cpl", "pvt", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp",
            "det", "fr", "amb", "atty");

    /**
     * Abbreviations that may also end a sentence ("… of Acme Inc. The company …"): they end one only
     * when a {@link #FUNCTION_WORDS function word} follows.
     */
    static final Set<String> OTHER_ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
            "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "inc", "ltd", "corp",
            "co", "jr", "sr", "bros", "plc", "llc", "etc", "vs", "approx", "dept", "est", "fig", "nos",
            "vol", "pp", "ed", "eds", "st", "mt", "ft", "ave", "blvd", "rd", "univ", "assn", "intl",
            "govt");

    /** Words of a role or rank, dropped when they precede a name ("Prime Minister Nikol Pashinyan"). */
    static final Set<String> TITLE_WORDS = Set.of(
            "president", "vice", "prime", "minister", "foreign", "defence", "defense", "interior",
            "finance", "economy", "trade", "health", "energy", "deputy", "chancellor", "secretary",
            "general", "dr", "mr", "mrs", "ms", "miss", "messrs", "king", "queen", "prince", "princess",
            "crown", "pope", "chairman", "chairwoman", "chairperson", "chair", "spokesman",
            "spokeswoman", "spokesperson", "ambassador", "envoy", "special", "senator", "sen",
            "governor", "gov", "rep", "representative", "congressman", "congresswoman", "mayor", "gen",
            "lt", "lieutenant", "col", "colonel", "sgt", "sergeant", "capt", "captain", "maj", "major",
            "adm", "admiral", "commander", "cmdr", "marshal", "field", "brig", "brigadier", "sheikh",
            "emir", "sultan", "ayatollah", "imam", "rabbi", "bishop", "archbishop", "cardinal",
            "patriarch", "rev", "reverend", "prof", "professor", "judge", "justice", "speaker",
            "leader", "opposition", "former", "ex", "acting", "incoming", "outgoing", "supreme",
            "chief", "executive", "ceo", "director", "head", "premier", "mp", "lord", "lady", "sir",
            "dame", "commissioner", "prosecutor", "attorney", "state", "national", "security",
            "adviser", "advisor", "affairs", "spokes", "hon", "pres", "amb", "atty", "cpl", "pvt",
            "supt", "insp", "det", "fr", "detective", "inspector", "officer", "agent", "first", "duke", "duchess", "earl", "emperor", "empress");

    /** Nationality and regional adjectives, dropped when they precede a name ("Armenian Prime Minister …"). */
    static final Set<String> DEMONYMS = Set.of(
            "american", "british", "english", "scottish", "welsh", "irish", "french", "german",
            "italian", "spanish", "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish",
            "norwegian", "danish", "finnish", "icelandic", "polish", "czech", "slovak", "hungarian",
            "romanian", "bulgarian", "greek", "turkish", "cypriot", "serbian", "croatian", "bosnian",
            "slovenian", "albanian", "macedonian", "montenegrin", "estonian", "latvian", "lithuanian",
            "russian", "ukrainian", "belarusian", "moldovan", "georgian", "armenian", "azerbaijani",
            "azeri", "kazakh", "uzbek", "turkmen", "kyrgyz", "tajik", "afghan", "pakistani", "indian",
            "bangladeshi", "nepali", "chinese", "japanese", "korean", "taiwanese", "mongolian",
            "vietnamese", "thai", "cambodian", "burmese", "malaysian", "singaporean", "indonesian",
            "filipino", "australian", "canadian", "mexican", "brazilian", "argentine", "argentinian",
            "chilean", "colombian", "peruvian", "venezuelan", "cuban", "israeli", "palestinian",
            "lebanese", "syrian", "jordanian", "iraqi", "iranian", "saudi", "emirati", "qatari",
            "kuwaiti", "bahraini", "omani", "yemeni", "egyptian", "libyan", "tunisian", "algerian",
            "moroccan", "sudanese", "ethiopian", "eritrean", "somali", "kenyan", "ugandan", "nigerian",
            "ghanaian", "senegalese", "malian", "african", "european", "asian", "arab", "persian",
            "kurdish", "western", "soviet", "nordic", "baltic");

    /**
     * Last words of organisation and place names: such a name is kept whole ("Red Cross",
     * "Armenian Foreign Ministry") and absorbs only shorter names with the same last word.
     */
    static final Set<String> ORGANISATION_WORDS = Set.of(
            "ministry", "committee", "council", "party", "army", "forces", "force", "bank", "agency",
            "office", "parliament", "government", "court", "union", "organization", "organisation",
            "commission", "department", "police", "church", "university", "college", "school",
            "hospital", "assembly", "senate", "congress", "cross", "crescent", "nations", "states",
            "republic", "kingdom", "federation", "emirates", "airlines", "airways", "airport",
            "corporation", "corp", "company", "co", "group", "inc", "ltd", "plc", "service", "services",
            "news", "times", "post", "press", "network", "channel", "tv", "radio", "foundation",
            "institute", "center", "centre", "fund", "league", "association", "society", "alliance", "front",
            "movement", "brigade", "brigades", "guard", "guards", "navy", "authority", "administration",
            "cabinet", "embassy", "consulate", "house", "palace", "coalition", "bureau", "board",
            "tribunal", "motors", "electric", "square", "street", "avenue", "road", "bridge", "province",
            "region", "city", "county", "district", "island", "islands", "mountains", "sea", "ocean",
            "river", "lake", "valley", "strait", "gulf", "corridor", "pipeline", "summit", "treaty",
            "accord", "accords", "agreement", "games", "cup", "prize", "club", "team");

    /** True for a title or rank word, or a title abbreviation. */
    static boolean isTitle(String lower) {
        return TITLE_WORDS.contains(lower) || TITLE_ABBREVIATIONS.contains(lower);
    }

    /** True for a listed demonym. */
    static boolean isDemonym(String lower) {
        return DEMONYMS.contains(lower);
    }
}
