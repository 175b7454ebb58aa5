package org.parallax.text.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parallax.text.TextNormalizer;

/**
 * Finds direct quotations and, where the surrounding clause makes it clear, who said them and with
 * which attribution verb.
 *
 * <h2>Quotations</h2>
 * <ul>
 *   <li>Double quotes: curly {@code “…”} (also German {@code „…“}) and straight {@code "…"},
 *       paired within a paragraph (a line). A straight {@code "} right after a digit does not open a
 *       quote (inches).</li>
 *   <li>Paragraph continuation, the typographic convention: a quote still open at the end of a
 *       paragraph continues when the next paragraph opens with an opening mark of the same style;
 *       the re-opening mark is left out of {@link Quote#text()}. A curly quote that is never closed
 *       ends at the end of its last paragraph; an unclosed straight quote is ignored (it cannot be
 *       told apart from a stray mark).</li>
 *   <li>Single quotes {@code ‘…’} and {@code '…'} only outside double quotes and only when they
 *       hold at least four words, so that apostrophes are not mistaken for quotes. A closing
 *       {@code ’} must follow a non-space and must not be followed by a letter or digit; a plural
 *       possessive ({@code farmers’ union}) that would close a quote of fewer than four words is
 *       skipped.</li>
 *   <li>Quotes of fewer than three words are returned with {@link Quote#scare()} set.</li>
 * </ul>
 *
 * <h2>Attribution</h2>
 * Tried in this order, on the words right after the closing mark (up to the paragraph end or the
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
 * “does not …”} has no speaker "United" with the verb "states"). The speaker phrase before a verb may be
 * followed by a parenthesis of up to 40 words between commas ({@code X, while presenting …, stated}) or by an
 * apposition whose closing comma is missing ({@code X, the adviser to President Y announced}: the speaker
 * is X). A quote introduced by a comma and a participle ({@code …, reaffirming that “…”}) continues the
 * previous attributed quote of the same sentence.
 *
 * <p>Headlines are never quotes: see {@link #extract(String, String)}.
 *
 * <p>A quote whose words end with a full stop ({@code “We will stay.” Rask said …}) only takes the
 * attribution after it when that clause ends right there ({@code Rask said.}), because otherwise
 * the following words usually start a new sentence.
 *
 * <p>A <b>speaker phrase</b> is a run of capitalised words (not sentence adverbs, days or pronouns),
 * title and role words ({@code spokeswoman}, {@code board chair}, {@code Dr}), possessives and name
 * particles, ending in a name or a role: {@code board chair Elina Rask}, {@code Interior Ministry},
 * {@code officials}. Leading articles are left out. {@link Quote#speakerName()} is the trailing run of
 * capitalised words that are not titles ({@code Elina Rask}).
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
 *
 * <p><b>Continuation</b>: a quote with no attribution of its own inherits speaker and verb from the
 * previous attributed quote in the same paragraph when nothing in between (after the rest of that
 * quote's attribution sentence) contains an attribution verb or another capitalised word:
 * {@code “…,” said Rask. “…more…”}. Failing that, a quote that directly follows a sentence of
 * reported speech with exactly one named speaker takes that speaker and verb:
 * {@code Rask, who chairs the board, said the road would stay open. “…”}.
 *
 * <p>Speaker phrases may also start with up to three unlisted lower-case role words when a name
 * follows ({@code “…,” harbour pilot Brita Wollen said}) and may be followed by a short
 * prepositional tail that is not part of the speaker ({@code “…,” Brita Wollen of the coastguard
 * said}). The object of a preposition is never a speaker ({@code witnesses on Mill Lane described …}).
 *
 * <p>The attribution verbs are read from {@code attribution-verbs.txt} next to this class (surface
 * forms, no morphology). All of this is pattern matching, not parsing: it favours leaving a speaker
 * out over guessing.
 *
 * <p>The approach (quote marks, a reporting verb and a speaker in the surrounding clause) follows
 * Pouliquen, Steinberger and Best 2007, "Automatic detection of quotations in multilingual news"
 * (RANLP), and Pareti et al. 2013, "Automatically detecting and attributing indirect quotations".
 */
public final class QuoteExtractor {

    private static final Set<String> DEFAULT_VERBS = loadVerbs();

    private static final Set<String> STOP = Set.of(
            "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "then", "later", "also", "yesterday", "today",
            "tonight", "meanwhile", "however", "on", "in", "at", "for", "from", "by", "with", "after", "before",
            "when", "while", "as", "since", "until", "earlier", "separately", "if", "this", "that", "these",
            "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
            "our", "my", "your", "not", "no", "yes", "asked", "speaking", "writing", "according", "instead",
            "still", "now", "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "what", "who", "which", "whose", "where", "why", "how");

    /** Titles and roles: allowed in a speaker phrase; they end a speaker name. */
    private static final Set<String> TITLES = Set.of(
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
    private static final Set<String> ORG_NOUNS = Set.of(
            "board", "council", "union", "party", "ministry", "government", "army", "military", "company", "port",
            "authority", "cooperative", "agency", "station", "hospital", "charity", "department", "police", "team",
            "club", "group", "bank", "commission", "committee", "office", "court", "embassy", "parliament",
            "assembly", "federation", "association", "guild", "institute", "university", "forum", "society",
            "presidency", "administration", "prosecutors", "campaign", "operator", "regulator", "utility",
            "secretariat", "mission", "observers");

    /** Words that may precede a title or organisation inside a speaker phrase ("foreign ministry spokesman"). */
    private static final Set<String> MODIFIERS = Set.of(
            "foreign", "interior", "defence", "defense", "finance", "energy", "health", "transport", "justice",
            "former", "acting", "senior", "junior", "regional", "local", "opposition", "state", "national", "city",
            "district", "assistant", "press", "ward", "convoy", "aid", "trade", "deputy", "prime", "vice", "chief",
            "general", "executive", "federal", "provincial", "border", "security", "election", "electoral", "central",
            "main", "top", "interim", "elected", "retired", "farmers'", "workers'", "dockers'", "union's", "water",
            "river", "road", "media", "monitoring", "human", "rights", "medical", "relief", "field", "research");

    /** Words that mark a capitalised run as a place or organisation rather than a person. */
    private static final Set<String> NOT_PERSON = Set.of(
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
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "at", "to", "from", "near", "of", "across", "into", "towards", "toward", "outside", "inside", "over",
            "through", "via", "around", "under", "beyond", "along", "between", "within", "off", "upon");

    private static final Set<String> CONNECTORS = Set.of(
            "de", "del", "della", "der", "den", "van", "von", "al", "el", "bin", "ibn", "da", "di", "du", "la", "le",
            "ter", "y", "zu");

    private static final Set<String> AUX = Set.of(
            "also", "later", "then", "again", "previously", "repeatedly", "had", "has", "have", "would", "will",
            "once", "separately", "earlier", "further", "recently", "publicly", "privately", "subsequently",
            "simply", "only", "flatly", "angrily", "quietly", "firmly", "bluntly", "reportedly", "allegedly",
            "just");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");

    /** Most words of a parenthesis or apposition between a speaker and its verb ("Rask, who …, said"). */
    private static final int MAX_PARENTHESIS = 40;

    /**
     * Present participles of attribution verbs: {@code …,” said Rask, adding that “…”} continues the same
     * speaker's sentence.
     */
    private static final Set<String> PARTICIPLES = Set.of(
            "saying", "adding", "stating", "noting", "stressing", "warning", "claiming", "insisting", "declaring",
            "announcing", "arguing", "writing", "asserting", "reaffirming", "affirming", "emphasising",
            "emphasizing", "explaining", "confirming", "urging", "recalling", "concluding", "repeating");

    /** Opening words of a line that links to another article's headline ("Read more: …"). */
    private static final List<String> LINK_LINES = List.of("read more", "read also", "also read", "see also",
            "related:", "more:", "recommended:");
    private static final Set<String> RESOLVABLE = Set.of("he", "she");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");
    private static final Set<String> RELATIVE = Set.of("who", "whose", "which", "whom", "the", "a", "an", "its",
            "his", "her", "their", "our", "herself", "himself", "itself", "themselves");

    private static final Pattern CLAUSE_TOKEN = Pattern.compile(
            "(?<abbr>\\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Gen|Col|Lt|Sgt|Capt|Rev|Sen|Rep|Gov|Jr|Sr|Insp|Maj|Cdr|Adm|Brig)\\.)"
                    + "|(?<initial>\\b\\p{Lu}\\.(?!\\p{Ll}))"
                    + "|(?<word>[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*(?:['’ʼ\\-‐‑][\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*)*)"
                    + "|(?<punct>\\.\\.\\.|[,:;.!?…—–()\\[\\]])");

    private final Set<String> verbs;

    /** An extractor with the default attribution verbs ({@link #defaultVerbs()}). */
    public QuoteExtractor() {
        this.verbs = DEFAULT_VERBS;
    }

    /** An extractor with its own attribution verbs (surface forms; matched case-insensitively). */
    public QuoteExtractor(Collection<String> verbs) {
        Set<String> lower = new LinkedHashSet<>();
        for (String v : verbs) {
            lower.add(TextNormalizer.comparisonKey(v));
        }
        this.verbs = Set.copyOf(lower);
    }

    /** The default attribution verbs, from {@code attribution-verbs.txt}. */
    public static Set<String> defaultVerbs() {
        return DEFAULT_VERBS;
    }

    /** Every quotation in {@code text}, in order of {@link Quote#begin()}. */
    public List<Quote> extract(String text) {
        return extract(text, "");
    }

    /**
     * Every quotation in an article's body, in order of {@link Quote#begin()}, leaving out headlines: quoted
     * words in a line that repeats the article's {@code title} or links to another article ("Read more: …"),
     * and quoted titles of works, which are title-cased ("See “15 Myths Perpetuated By The Media”"): at least
     * three words of four or more letters, all capitalised, and not all in capitals.
     */
    public List<Quote> extract(String text, String title) {
        List<Paragraph> paragraphs = paragraphs(text);
        List<Raw> found = new ArrayList<>(doubleQuotes(text, paragraphs));
        found.addAll(singleQuotes(text, paragraphs, found));
        String titleKey = TextNormalizer.comparisonKey(title).strip();
        List<Raw> raws = new ArrayList<>();
        for (Raw raw : found) {
            if (!titleCase(raw.text) && !headlineLine(text, paragraphs.get(raw.openPara), titleKey)) {
                raws.add(raw);
            }
        }
        raws.sort(Comparator.comparingInt((Raw r) -> r.begin).thenComparingInt(r -> r.openMark));
        List<Tok> tokens = clauseTokens(text);
        List<Done> done = new ArrayList<>();
        for (Raw raw : raws) {
            done.add(attribute(text, raw, raws, tokens, paragraphs, done));
        }
        return done.stream().map(Done::quote).toList();
    }

    // ---------------------------------------------------------------- headlines

    /** Whether the paragraph repeats the title (perhaps with an outlet name after it) or links to a headline. */
    private static boolean headlineLine(String text, Paragraph p, String titleKey) {
        String key = TextNormalizer.comparisonKey(text.substring(p.begin, p.end)).strip();
        for (String link : LINK_LINES) {
            if (key.startsWith(link)) {
                return true;
            }
        }
        if (titleKey.isEmpty() || !key.startsWith(titleKey)) {
            return false;
        }
        return WordTokenizer.tokenize(key).size() <= WordTokenizer.tokenize(titleKey).size() + 5;
    }

    /** At least three words of four or more letters, every such word capitalised, and some lower-case letter. */
    static boolean titleCase(String quoted) {
        int long4 = 0;
        for (String word : quoted.split("[^\\p{L}]+")) {
            if (word.length() < 4) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            long4++;
        }
        return long4 >= 3 && !quoted.equals(quoted.toUpperCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------- paragraphs and quote marks

    private record Paragraph(int index, int begin, int end) {}

    private static List<Paragraph> paragraphs(String text) {
        List<Paragraph> result = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || isLineBreak(text.charAt(i))) {
                if (!text.substring(start, i).isBlank()) {
                    result.add(new Paragraph(result.size(), start, i));
                }
                start = i + 1;
            }
        }
        return result;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** A quote found by its marks, before attribution. */
    private record Raw(int openMark, int begin, int end, int closeEnd, int openPara, int closePara, String text,
            boolean ownPunct, boolean closedSentence) {}

    private static List<Raw> doubleQuotes(String text, List<Paragraph> paragraphs) {
        List<Raw> result = new ArrayList<>();
        boolean open = false;
        boolean curly = false;
        char opener = 0;
        int openMark = -1;
        int openPara = -1;
        List<Integer> reopened = new ArrayList<>();
        Paragraph previous = null;
        for (Paragraph p : paragraphs) {
            int i = p.begin;
            if (open) {
                int j = skipSpaces(text, p.begin, p.end);
                char c = text.charAt(j);
                boolean sameStyle = curly ? (c == '“' || c == '„' || c == '‟') : c == '"';
                if (sameStyle) {
                    reopened.add(j);
                    i = j + 1;
                } else {
                    if (curly) {
                        emit(text, result, openMark, previous.end, previous.end, openPara, previous.index, reopened);
                    }
                    open = false;
                }
            }
            for (; i < p.end; i++) {
                char c = text.charAt(i);
                if (!open) {
                    boolean startCurly = c == '“' || c == '„' || c == '‟'
                            || (c == '”' && (i == p.begin || Character.isWhitespace(text.charAt(i - 1)))
                                    && i + 1 < p.end && Character.isLetterOrDigit(text.charAt(i + 1)));
                    boolean startStraight = c == '"' && !(i > p.begin && Character.isDigit(text.charAt(i - 1)));
                    if (startCurly || startStraight) {
                        open = true;
                        curly = startCurly;
                        opener = c;
                        openMark = i;
                        openPara = p.index;
                        reopened = new ArrayList<>();
                    }
                } else if (curly) {
                    boolean closes = c == '”' || (c == '“' && opener == '„');
                    if (closes) {
                        emit(text, result, openMark, i, i + 1, openPara, p.index, reopened);
                        open = false;
                    } else if (c == '“' || c == '„') {
                        // a new opening mark before the old one closed: the old one was stray
                        opener = c;
                        openMark = i;
                        openPara = p.index;
                        reopened = new ArrayList<>();
                    }
                } else if (c == '"') {
                    emit(text, result, openMark, i, i + 1, openPara, p.index, reopened);
                    open = false;
                }
            }
            previous = p;
        }
        if (open && curly && previous != null) {
            emit(text, result, openMark, previous.end, previous.end, openPara, previous.index, reopened);
        }
        return result;
    }

    private static int skipSpaces(String text, int from, int to) {
        int j = from;
        while (j < to - 1 && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static void emit(String text, List<Raw> out, int openMark, int contentEnd, int closeEnd, int openPara,
            int closePara, List<Integer> reopened) {
        int b = openMark + 1;
        int e = contentEnd;
        while (b < e && (Character.isWhitespace(text.charAt(b)) || reopened.contains(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (b >= e) {
            return;
        }
        StringBuilder sb = new StringBuilder(e - b);
        for (int k = b; k < e; k++) {
            if (!reopened.contains(k)) {
                sb.append(text.charAt(k));
            }
        }
        char last = text.charAt(e - 1);
        boolean commaAfter = closeEnd < text.length() && text.charAt(closeEnd) == ',';
        boolean ownPunct = ",.!?…;:—–".indexOf(last) >= 0 || commaAfter;
        boolean closedSentence = (last == '.' || last == '…') && !commaAfter;
        out.add(new Raw(openMark, b, e, closeEnd, openPara, closePara, sb.toString(), ownPunct, closedSentence));
    }

    private static List<Raw> singleQuotes(String text, List<Paragraph> paragraphs, List<Raw> doubles) {
        List<Raw> result = new ArrayList<>();
        boolean[] insideDouble = new boolean[text.length()];
        for (Raw r : doubles) {
            java.util.Arrays.fill(insideDouble, r.openMark, Math.min(r.closeEnd, text.length()), true);
        }
        for (Paragraph p : paragraphs) {
            int openAt = -1;
            for (int i = p.begin; i < p.end; i++) {
                if (insideDouble[i]) {
                    continue;
                }
                char c = text.charAt(i);
                char before = i > p.begin ? text.charAt(i - 1) : ' ';
                char after = i + 1 < p.end ? text.charAt(i + 1) : ' ';
                if (openAt < 0) {
                    boolean curlyOpen = (c == '‘' || c == '‛') && !Character.isLetterOrDigit(before)
                            && Character.isLetterOrDigit(after);
                    boolean straightOpen = c == '\'' && (Character.isWhitespace(before) || "([{—–-".indexOf(before) >= 0)
                            && Character.isLetter(after);
                    if (curlyOpen || straightOpen) {
                        openAt = i;
                    }
                } else if ((c == '’' || c == '\'') && !Character.isWhitespace(before) && !Character.isLetterOrDigit(after)) {
                    int words = WordTokenizer.tokenize(text, openAt + 1, i).size();
                    boolean pluralPossessive = before == 's' && Character.isWhitespace(after) && i + 2 < p.end
                            && Character.isLowerCase(text.charAt(i + 2));
                    if (words < 4 && pluralPossessive) {
                        continue;
                    }
                    if (words >= 4) {
                        emit(text, result, openAt, i, i + 1, p.index, p.index, List.of());
                    }
                    openAt = -1;
                } else if (c == '‘' && Character.isLetterOrDigit(after) && !Character.isLetterOrDigit(before)) {
                    openAt = i;
                }
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- clause tokens

    private record Tok(String text, String lower, int begin, int end, boolean word, boolean cap) {
        boolean is(String s) {
            return text.equals(s);
        }

        boolean sentenceEnd() {
            return !word && (text.equals(".") || text.equals("!") || text.equals("?") || text.equals(";")
                    || text.equals("…") || text.equals("..."));
        }
    }

    private static List<Tok> clauseTokens(String text) {
        List<Tok> tokens = new ArrayList<>();
        Matcher m = CLAUSE_TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            boolean word = m.group("punct") == null;
            boolean cap = word && Character.isUpperCase(t.codePointAt(0));
            tokens.add(new Tok(t, WordTokenizer.normalize(t), m.start(), m.end(), word, cap));
        }
        return tokens;
    }

    /** The tokens lying in [from, to), in order. */
    private static List<Tok> slice(List<Tok> tokens, int from, int to) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int j = lo;
        while (j < tokens.size() && tokens.get(j).end <= to) {
            j++;
        }
        return tokens.subList(lo, j);
    }

    // ---------------------------------------------------------------- attribution

    /** A speaker phrase: token indexes [first, last] within its list, and the name run within it. */
    private record Phrase(int first, int last, int begin, int end, int nameBegin, int nameEnd) {
        boolean hasName() {
            return nameBegin >= 0;
        }
    }

    /** Result of pattern matching: a phrase, or a pronoun, plus the verb. */
    private record Found(@Nullable Phrase phrase, @Nullable Tok pronoun, String verb, int end) {}

    /** A quote with everything needed by later quotes. */
    private record Done(Quote quote, int openMark, int closeEnd, int openPara, int closePara, int attrEnd,
            boolean inheritable) {}

    private Done attribute(String text, Raw raw, List<Raw> all, List<Tok> tokens, List<Paragraph> paragraphs,
            List<Done> done) {
        boolean scare = WordTokenizer.tokenize(raw.text).size() < 3;
        Found found = null;
        if (!scare || raw.ownPunct) {
            List<Tok> after = afterContext(raw, all, tokens, paragraphs.get(raw.closePara));
            found = after(after, raw.closedSentence);
            if (found == null) {
                found = before(beforeContext(raw, all, tokens, paragraphs.get(raw.openPara)));
            }
        }
        if (found != null && found.phrase != null) {
            Phrase ph = found.phrase;
            Quote q = quote(text, raw, ph.begin, ph.end, ph.nameBegin, ph.nameEnd, found.verb, scare);
            return new Done(q, raw.openMark, raw.closeEnd, raw.openPara, raw.closePara, Math.max(raw.closeEnd, found.end),
                    true);
        }
        if (found != null && found.pronoun != null) {
            Speaker antecedent = RESOLVABLE.contains(found.pronoun.lower)
                    ? resolvePronoun(text, raw, tokens, paragraphs, done)
                    : null;
            Quote q = antecedent == null
                    ? quote(text, raw, -1, -1, -1, -1, found.verb, scare)
                    : new Quote(raw.text, raw.begin, raw.end, antecedent.phrase, found.verb,
                            antecedent.begin, antecedent.end, antecedent.name, scare);
            return new Done(q, raw.openMark, raw.closeEnd, raw.openPara, raw.closePara, Math.max(raw.closeEnd, found.end),
                    antecedent != null);
        }
        if (!scare) {
            Continued same = participleFrom(raw, all, tokens, paragraphs.get(raw.openPara), done);
            if (same != null) {
                Quote p = same.quote;
                Quote q = new Quote(raw.text, raw.begin, raw.end, p.speaker(), same.participle, p.speakerBegin(),
                        p.speakerEnd(), p.speakerName(), false);
                return new Done(q, raw.openMark, raw.closeEnd, raw.openPara, raw.closePara, raw.closeEnd, true);
            }
            Done previous = inheritFrom(raw, tokens, done);
            if (previous != null) {
                Quote p = previous.quote;
                Quote q = new Quote(raw.text, raw.begin, raw.end, p.speaker(), p.verb(), p.speakerBegin(),
                        p.speakerEnd(), p.speakerName(), false);
                return new Done(q, raw.openMark, raw.closeEnd, raw.openPara, raw.closePara, raw.closeEnd, true);
            }
            Found lead = previousSentence(raw, all, tokens, paragraphs.get(raw.openPara));
            if (lead != null && lead.phrase != null) {
                Phrase ph = lead.phrase;
                Quote q = quote(text, raw, ph.begin, ph.end, ph.nameBegin, ph.nameEnd, lead.verb, false);
                return new Done(q, raw.openMark, raw.closeEnd, raw.openPara, raw.closePara, raw.closeEnd, true);
            }
        }
        return new Done(quote(text, raw, -1, -1, -1, -1, null, scare), raw.openMark, raw.closeEnd, raw.openPara,
                raw.closePara, raw.closeEnd, false);
    }

    private static Quote quote(String text, Raw raw, int sb, int se, int nb, int ne, @Nullable String verb,
            boolean scare) {
        return new Quote(raw.text, raw.begin, raw.end, sb < 0 ? null : text.substring(sb, se), verb, sb, se,
                nb < 0 ? null : text.substring(nb, ne), scare);
    }

    private static List<Tok> afterContext(Raw raw, List<Raw> all, List<Tok> tokens, Paragraph para) {
        int to = para.end;
        for (Raw other : all) {
            if (other.openMark >= raw.closeEnd && other.openMark < to) {
                to = other.openMark;
            }
            if (other.openMark < raw.openMark && other.closeEnd > raw.closeEnd && other.end < to) {
                to = other.end; // nested inside another quote: stop at its end
            }
        }
        return slice(tokens, raw.closeEnd, Math.max(raw.closeEnd, to));
    }

    private static List<Tok> beforeContext(Raw raw, List<Raw> all, List<Tok> tokens, Paragraph para) {
        int from = para.begin;
        for (Raw other : all) {
            if (other.closeEnd <= raw.openMark && other.closeEnd > from) {
                from = other.closeEnd;
            }
            if (other.openMark < raw.openMark && other.closeEnd > raw.closeEnd && other.begin > from) {
                from = other.begin;
            }
        }
        List<Tok> b = slice(tokens, from, raw.openMark);
        int cut = 0;
        for (int i = 0; i < b.size(); i++) {
            if (b.get(i).sentenceEnd()) {
                cut = i + 1;
            }
        }
        return b.subList(cut, b.size());
    }

    /**
     * The lead-in sentence: a quote that directly follows a sentence of reported speech with one
     * named speaker ("Rask, who chairs the board, said the road would stay open. “…”") is that
     * speaker's.
     */
    private @Nullable Found previousSentence(Raw raw, List<Raw> all, List<Tok> tokens, Paragraph para) {
        int from = para.begin;
        for (Raw other : all) {
            if (other.closeEnd <= raw.openMark && other.closeEnd > from) {
                from = other.closeEnd;
            }
        }
        List<Tok> b = slice(tokens, from, raw.openMark);
        if (b.isEmpty() || !b.getLast().sentenceEnd() || b.getLast().is(";")) {
            return null;
        }
        int end = b.size() - 1;
        int start = 0;
        for (int i = end - 1; i >= 0; i--) {
            if (b.get(i).sentenceEnd()) {
                start = i + 1;
                break;
            }
        }
        List<Tok> sentence = b.subList(start, end);
        Found only = null;
        for (int v = 0; v < sentence.size(); v++) {
            if (!isVerb(sentence.get(v))) {
                continue;
            }
            Phrase ph = leftPhrase(sentence, 0, v);
            if ((ph == null || !ph.hasName()) && v > 0 && sentence.get(v - 1).is(",")) {
                ph = rightPhrase(sentence, v + 1);
            }
            if (ph == null || !ph.hasName()) {
                continue;
            }
            if (only != null && !only.phrase.equals(ph)) {
                return null; // two speakers: not obvious
            }
            only = new Found(ph, null, sentence.get(v).lower, sentence.get(v).end);
        }
        return only;
    }

    /**
     * An attribution verb, written in lower case: a capitalised form is part of a name ("the United States
     * “does not …”" has no verb "states") or of a title-cased headline.
     */
    private boolean isVerb(Tok t) {
        return t.word && !t.cap && verbs.contains(t.lower);
    }

    /** Patterns with the attribution after the quote. */
    private @Nullable Found after(List<Tok> a, boolean closedSentence) {
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
            if (ph != null && (!closedSentence || endsClause(a, ph.last + 1))) {
                return new Found(ph, null, t.lower, ph.end);
            }
            return null;
        }
        if (t.lower.equals("according") && i + 1 < a.size() && a.get(i + 1).lower.equals("to")) {
            Phrase ph = rightPhrase(a, i + 2);
            return ph == null ? null : new Found(ph, null, "according to", ph.end);
        }
        if (PRONOUNS.contains(t.lower)) {
            int v = i + 1;
            while (v < a.size() && AUX.contains(a.get(v).lower)) {
                v++;
            }
            if (v < a.size() && isVerb(a.get(v)) && (!closedSentence || endsClause(a, v + 1))) {
                return new Found(null, t, a.get(v).lower, a.get(v).end);
            }
            return null;
        }
        int start = i;
        while (start < a.size() && DETERMINERS.contains(a.get(start).lower)) {
            start++;
        }
        for (int v = start; v < Math.min(a.size(), start + 16); v++) {
            Tok x = a.get(v);
            if (!x.word && !x.is(",")) {
                return null;
            }
            if (isVerb(x)) {
                if (closedSentence && !endsClause(a, v + 1)) {
                    return null;
                }
                Phrase ph = leftPhrase(a, start, v);
                if (ph != null && ph.first == start) {
                    return new Found(ph, null, x.lower, x.end);
                }
                if (ph != null && ph.hasName() && roleWords(a, start, ph.first)) {
                    // "coastguard commander Brita Wollan said": unlisted role words before the phrase
                    Phrase extended = new Phrase(start, ph.last, a.get(start).begin, ph.end, ph.nameBegin, ph.nameEnd);
                    return new Found(extended, null, x.lower, x.end);
                }
                Phrase head = rightPhrase(a, start);
                if (head != null && head.hasName() && head.first == start && prepositionalTail(a, head.last + 1, v)) {
                    // "Commander Brita Wollan of the coastguard said"
                    return new Found(head, null, x.lower, x.end);
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
            if (!t.word || t.cap || STOP.contains(t.lower) || CONNECTORS.contains(t.lower)
                    || PLACE_PREPOSITIONS.contains(t.lower) || isVerb(t)) {
                return false;
            }
        }
        return true;
    }

    /** Whether [from, to) is a short prepositional tail after a speaker ("of the Ostmere coastguard"). */
    private boolean prepositionalTail(List<Tok> a, int from, int to) {
        if (from >= to || to - from > 8 || !Set.of("of", "from", "at", "with", "for", "in").contains(a.get(from).lower)) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (!a.get(j).word || isVerb(a.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsClause(List<Tok> a, int index) {
        return index >= a.size() || !a.get(index).word;
    }

    /** Patterns with the attribution before the quote. */
    private @Nullable Found before(List<Tok> b) {
        int end = b.size();
        while (end > 0 && !b.get(end - 1).word
                && (b.get(end - 1).is(":") || b.get(end - 1).is(",") || b.get(end - 1).is("—") || b.get(end - 1).is("–"))) {
            end--;
        }
        if (end > 0 && b.get(end - 1).lower.equals("that")) {
            end--;
        }
        for (int v = end - 1; v >= 0 && v >= end - 10; v--) {
            Tok t = b.get(v);
            if (!t.word) {
                if (t.is(",") || t.is(":")) {
                    continue;
                }
                return null;
            }
            if (t.lower.equals("to") && v > 0 && b.get(v - 1).lower.equals("according")) {
                Phrase ph = rightPhrase(b, v + 1);
                if (ph != null) {
                    return new Found(ph, null, "according to", ph.end);
                }
                return null;
            }
            if (isVerb(t)) {
                int k = v - 1;
                while (k >= 0 && AUX.contains(b.get(k).lower)) {
                    k--;
                }
                if (k >= 0 && PRONOUNS.contains(b.get(k).lower)) {
                    return new Found(null, b.get(k), t.lower, t.end);
                }
                Phrase ph = leftPhrase(b, 0, v);
                if (ph != null) {
                    return new Found(ph, null, t.lower, t.end);
                }
                // a verb without a subject (passive, infinitive): look further left
            }
        }
        return null;
    }

    /** The speaker phrase ending just before the verb at {@code v}, not reaching before {@code lower}. */
    private static @Nullable Phrase leftPhrase(List<Tok> ctx, int lower, int v) {
        int k = v - 1;
        while (k >= lower && AUX.contains(ctx.get(k).lower)) {
            k--;
        }
        if (k < lower) {
            return null;
        }
        if (ctx.get(k).is(",")) {
            int c = k - 1;
            while (c >= lower && !ctx.get(c).is(",")) {
                if (!ctx.get(c).word || k - c > MAX_PARENTHESIS) {
                    return null;
                }
                c--;
            }
            if (c < lower || c == k - 1) {
                return null;
            }
            Phrase segment = exactPhrase(ctx, c + 1, k - 1);
            Phrase head = collectLeft(ctx, lower, c - 1);
            if (segment != null && segment.hasName() && !RELATIVE.contains(ctx.get(c + 1).lower)) {
                if (head != null && !head.hasName()) {
                    return new Phrase(head.first, segment.last, head.begin, segment.end, segment.nameBegin,
                            segment.nameEnd);
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
            if (!t.word) {
                if (!t.is(",")) {
                    return null;
                }
                Tok next = ctx.get(c + 1);
                boolean opens = !next.cap && (DETERMINERS.contains(next.lower) || TITLES.contains(next.lower)
                        || MODIFIERS.contains(next.lower));
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
    private static @Nullable Phrase collectLeft(List<Tok> ctx, int lower, int last) {
        if (last < lower) {
            return null;
        }
        int j = last;
        while (j >= lower && isPhraseWord(ctx, j)) {
            j--;
        }
        if (j >= lower && (PLACE_PREPOSITIONS.contains(ctx.get(j).lower)
                || Set.of("on", "by", "for", "with", "about", "against").contains(ctx.get(j).lower))) {
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
    private static @Nullable Phrase rightPhrase(List<Tok> ctx, int from) {
        int s = from;
        while (s < ctx.size() && DETERMINERS.contains(ctx.get(s).lower)) {
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
            while (r < ctx.size() && r - s < 3 && ctx.get(r).word && !ctx.get(r).cap
                    && !STOP.contains(ctx.get(r).lower) && !CONNECTORS.contains(ctx.get(r).lower)
                    && !PLACE_PREPOSITIONS.contains(ctx.get(r).lower)) {
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
            while (m < ctx.size() && isPhraseWord(ctx, m) && ctx.get(m).cap) {
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
        if (!t.word) {
            return false;
        }
        if (t.cap && !STOP.contains(t.lower)) {
            return true;
        }
        if (TITLES.contains(t.lower) || ORG_NOUNS.contains(t.lower) || MODIFIERS.contains(t.lower) || isPossessive(t)) {
            return !STOP.contains(t.lower);
        }
        return CONNECTORS.contains(t.lower) && j > 0 && j + 1 < ctx.size() && ctx.get(j - 1).cap
                && ctx.get(j + 1).cap && !t.cap;
    }

    private static boolean isPossessive(Tok t) {
        return t.lower.endsWith("'s") && t.lower.length() > 2;
    }

    private static boolean isNameWord(Tok t) {
        return t.word && t.cap && !STOP.contains(t.lower) && !TITLES.contains(t.lower) && !isPossessive(t);
    }

    /** Builds a phrase over [first, last]: must end in a name or a title; the name is the trailing run of name words. */
    private static @Nullable Phrase phrase(List<Tok> ctx, int first, int last) {
        if (first > last) {
            return null;
        }
        // a phrase may not start with a connector or end with a bare modifier or possessive
        while (first <= last && CONNECTORS.contains(ctx.get(first).lower) && !ctx.get(first).cap) {
            first++;
        }
        if (first > last) {
            return null;
        }
        Tok end = ctx.get(last);
        boolean endsWell = isNameWord(end) || TITLES.contains(end.lower) || ORG_NOUNS.contains(end.lower);
        if (!endsWell) {
            return null;
        }
        int n = last;
        while (n >= first && (isNameWord(ctx.get(n))
                || (CONNECTORS.contains(ctx.get(n).lower) && !ctx.get(n).cap && n > first && isNameWord(ctx.get(n - 1)))
                || (n < last && ctx.get(n).cap && isPossessive(ctx.get(n)) && !STOP.contains(ctx.get(n).lower)
                        && n > first && isNameWord(ctx.get(n - 1))))) {
            n--;
        }
        int nameFirst = n + 1;
        boolean hasName = nameFirst <= last;
        return new Phrase(first, last, ctx.get(first).begin, end.end,
                hasName ? ctx.get(nameFirst).begin : -1, hasName ? end.end : -1);
    }

    // ---------------------------------------------------------------- pronouns and continuation

    /** A resolved speaker: phrase text and offsets, and name. */
    private record Speaker(String phrase, int begin, int end, @Nullable String name) {
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

    private @Nullable Speaker resolvePronoun(String text, Raw raw, List<Tok> tokens, List<Paragraph> paragraphs,
            List<Done> done) {
        Paragraph current = paragraphs.get(raw.openPara);
        Resolution r = resolveIn(text, current.index, current.begin, raw.openMark, tokens, done);
        if (r.speaker != null || r.anyCandidate || current.index == 0) {
            return r.speaker;
        }
        Paragraph previous = paragraphs.get(current.index - 1);
        return resolveIn(text, previous.index, previous.begin, previous.end, tokens, done).speaker;
    }

    private Resolution resolveIn(String text, int paragraph, int from, int to, List<Tok> tokens, List<Done> done) {
        Map<String, Candidate> latest = new LinkedHashMap<>();
        for (Candidate c : candidates(text, from, to, tokens, done)) {
            if (!person(c.speaker.name())) {
                continue; // "he" and "she" do not refer to a ministry or a river
            }
            Candidate old = latest.get(c.surname);
            if (old == null || c.priority > old.priority || (c.priority == old.priority && c.position >= old.position)) {
                latest.put(c.surname, c);
            }
        }
        if (latest.size() == 1) {
            return new Resolution(latest.values().iterator().next().speaker, true);
        }
        if (latest.size() > 1) {
            for (int k = done.size() - 1; k >= 0; k--) {
                Done d = done.get(k);
                if (d.closePara == paragraph && d.openMark >= from && person(d.quote.speakerName())) {
                    return new Resolution(Speaker.of(d.quote), true);
                }
            }
        }
        return new Resolution(null, !latest.isEmpty());
    }

    private List<Candidate> candidates(String text, int from, int to, List<Tok> tokens, List<Done> done) {
        List<Candidate> result = new ArrayList<>();
        for (Done d : done) {
            Quote q = d.quote;
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
            if (isVerb(t)) {
                int k = i - 1;
                while (k >= sentenceStart && AUX.contains(window.get(k).lower)) {
                    k--;
                }
                if (k >= sentenceStart && !PRONOUNS.contains(window.get(k).lower)) {
                    ph = leftPhrase(window, sentenceStart, i);
                    priority = 2;
                }
            } else if (TITLES.contains(t.lower) && i + 1 < window.size() && isNameWord(window.get(i + 1))) {
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
                if (p > 0 && Set.of("the", "a", "an").contains(window.get(p).lower)) {
                    p--;
                }
                boolean afterPlacePreposition = p >= 0 && PLACE_PREPOSITIONS.contains(window.get(p).lower);
                boolean person = !afterPlacePreposition && words <= 3 && (words >= 2 || singleNameSubject(window, i));
                for (int x = i; x <= m && person; x++) {
                    person = !NOT_PERSON.contains(window.get(x).lower);
                }
                if (person) {
                    ph = phrase(window, i, m);
                }
            }
            if (ph != null && ph.hasName() && !insideQuote(done, ph.begin)) {
                String name = text.substring(ph.nameBegin, ph.nameEnd);
                result.add(new Candidate(surname(name), ph.begin, priority,
                        new Speaker(text.substring(ph.begin, ph.end), ph.begin, ph.end, name)));
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
                && (w.get(i + 2).lower.equals("who") || w.get(i + 2).lower.equals("whose"));
        if (whoFollows) {
            return true;
        }
        boolean afterBreak = i > 0 && (w.get(i - 1).is(",") || Set.of("and", "but", "while", "as", "when")
                .contains(w.get(i - 1).lower));
        boolean beforeLowerWord = i + 1 < w.size() && w.get(i + 1).word && !w.get(i + 1).cap;
        return afterBreak && beforeLowerWord;
    }

    private static boolean person(@Nullable String name) {
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

    private static boolean insideQuote(List<Done> done, int offset) {
        for (Done d : done) {
            if (d.openMark <= offset && offset < d.closeEnd) {
                return true;
            }
        }
        return false;
    }

    private static String surname(String name) {
        String[] parts = TextNormalizer.comparisonKey(name).split("[\\s]+");
        return parts[parts.length - 1];
    }

    /** The quote whose speaker a participle continues, and the participle. */
    private record Continued(Quote quote, String participle) {}

    /**
     * {@code …announced that “…” of the corridor, reaffirming that “…”}: a quote introduced by a comma and a
     * participle of an attribution verb belongs to the speaker of the previous attributed quote of the same
     * sentence (same paragraph, no sentence end between them).
     */
    private @Nullable Continued participleFrom(Raw raw, List<Raw> all, List<Tok> tokens, Paragraph para,
            List<Done> done) {
        List<Tok> b = beforeContext(raw, all, tokens, para);
        int end = b.size();
        while (end > 0 && (b.get(end - 1).is(",") || b.get(end - 1).is(":"))) {
            end--;
        }
        if (end > 0 && b.get(end - 1).lower.equals("that")) {
            end--;
        }
        if (end < 2 || b.get(end - 1).cap || !PARTICIPLES.contains(b.get(end - 1).lower) || !b.get(end - 2).is(",")) {
            return null;
        }
        for (int k = done.size() - 1; k >= 0; k--) {
            Done d = done.get(k);
            if (d.closeEnd > raw.openMark) {
                continue;
            }
            if (d.closePara != raw.openPara || d.quote.speaker() == null) {
                return null;
            }
            for (Tok t : slice(tokens, d.closeEnd, raw.openMark)) {
                if (t.sentenceEnd()) {
                    return null;
                }
            }
            return new Continued(d.quote, b.get(end - 1).lower);
        }
        return null;
    }

    private @Nullable Done inheritFrom(Raw raw, List<Tok> tokens, List<Done> done) {
        for (int k = done.size() - 1; k >= 0; k--) {
            Done d = done.get(k);
            if (d.closeEnd > raw.openMark) {
                continue; // enclosing quote
            }
            if (d.closePara != raw.openPara) {
                return null;
            }
            if (!d.inheritable || d.quote.speaker() == null) {
                return null;
            }
            List<Tok> between = slice(tokens, d.attrEnd, raw.openMark);
            int start = 0;
            if (d.attrEnd > d.closeEnd) {
                for (int i = 0; i < between.size(); i++) {
                    if (between.get(i).sentenceEnd()) {
                        start = i + 1;
                        break;
                    }
                }
            }
            for (Tok t : between.subList(start, between.size())) {
                if (isVerb(t) || (t.cap && !STOP.contains(t.lower))) {
                    return null;
                }
            }
            return d;
        }
        return null;
    }

    // ---------------------------------------------------------------- resources

    private static Set<String> loadVerbs() {
        try (InputStream in = Objects.requireNonNull(QuoteExtractor.class.getResourceAsStream("attribution-verbs.txt"),
                "attribution-verbs.txt missing from the classpath");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> verbs = new LinkedHashSet<>();
            String line;
            while ((line = r.readLine()) != null) {
                String v = line.strip();
                if (!v.isEmpty() && !v.startsWith("#")) {
                    verbs.add(v.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(verbs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
