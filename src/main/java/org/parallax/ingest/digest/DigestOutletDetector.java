package org.parallax.ingest.digest;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;

/**
 * Finds who published a digest article, from the few places where the digest says so. Each finding is an
 * {@link OutletClaim} with the kind of evidence and the snippet that carried it.
 *
 * <p>Rules (each applies to a <em>whole</em> paragraph or bullet, never to running text, so that an outlet named in
 * passing, as in "told Some News" or "according to Some Agency" or "With reporting by X and Y", is never taken):
 * <ul>
 *   <li>{@link OutletEvidence#FIRST_PUBLISHED_IN}: a paragraph "First published in X" (also "on"/"by", an optional
 *       final period, an optional trailing date "on 3 May 2023").</li>
 *   <li>{@link OutletEvidence#APPEARED_FIRST_ON}: the WordPress feed footer "The post &lt;title&gt; appeared first
 *       on X."</li>
 *   <li>{@link OutletEvidence#BY_LINE}: "By X" (a "• By" bullet with the name on the next, indented line, or a
 *       "By X" paragraph at the top or the end of the body) where X {@linkplain #looksLikeOrganisation looks like an
 *       organisation}; when X looks like a person it is a byline, not an outlet.</li>
 *   <li>{@link OutletEvidence#SOURCE_LINE}: a plain paragraph "Source: X" (also "Source - X", "Source – X",
 *       "SOURCE: X", an optional trailing ", 3 May 2023") among the first two or last two paragraphs of the body
 *       ({@link #sourceLine}); X must look like a publication name (see there). "Sources: …" (several credits) and
 *       "Source: interviews" are not outlets.</li>
 *   <li>{@link OutletEvidence#TITLE_SUFFIX}: a title ending in " – X", " — X", " - X" or " | X" where X looks like
 *       an outlet name: one to five capitalised words (short connectors such as "of" or "in" allowed inside), not a
 *       generic label such as "Live Updates" or "Part 2".</li>
 * </ul>
 * When several claims exist, the strongest wins: the earliest in the order of {@link OutletEvidence}, and among
 * claims of one kind, the first found ({@link #strongest}).
 */
final class DigestOutletDetector {

    /** A title suffix naming an outlet, and the title without it. */
    record TitleSuffix(String outlet, String strippedTitle, String snippet) {
        OutletClaim claim() {
            return new OutletClaim(outlet, OutletEvidence.TITLE_SUFFIX, snippet);
        }
    }

    private static final Pattern FIRST_PUBLISHED = Pattern.compile(
            "^(?:this (?:article|story|piece|report) was )?first published (?:in|on|by) (?<name>.+?)"
                    + "(?:,? on [^ ]*\\d.*|,? on [A-Z][a-z]+ \\d.*)?\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPEARED_FIRST_ON = Pattern.compile(
            "^The post (?<title>.+) appeared first on (?<name>.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("^By:?\\s+(?<name>.+?)\\.?$");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^source\\s*(?::|\\s[\\-\\u2013\\u2014])\\s*(?<name>.+?)"
                    + "(?:,\\s*(?:on\\s+)?(?:\\d|[A-Z][a-z]+\\.?\\s+\\d).*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST_NAME = Pattern.compile("(?i)^(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}$");
    private static final Pattern TITLE_SUFFIX = Pattern.compile(
            "^(?<head>.*\\S)\\s+[\\-\\u2013\\u2014|]\\s+(?<name>\\S.*)$");

    /** Lower-case words allowed inside a capitalised name. */
    private static final Set<String> CONNECTORS = Set.of(
            "of", "the", "and", "for", "in", "on", "at", "de", "du", "des", "la", "le", "el", "al", "bin", "ibn",
            "van", "von", "der", "da", "di", "y", "&");

    /** Words that make a name an organisation rather than a person. */
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "news", "times", "post", "press", "weekly", "daily", "journal", "agency", "media", "network", "radio",
            "tv", "television", "herald", "tribune", "gazette", "telegraph", "guardian", "observer", "monitor",
            "review", "magazine", "online", "english", "service", "services", "staff", "desk", "bureau", "wire",
            "focus", "report", "insider", "today", "express", "chronicle", "courier", "mail", "channel",
            "broadcasting", "corporation", "institute", "foundation", "group", "editorial", "newsroom", "editors",
            "team", "center", "centre", "council", "ministry", "office", "committee", "association", "union",
            "international", "global", "world", "digest", "briefing", "bulletin", "dispatch", "outlook", "voice",
            "reuters", "bloomberg", "xinhua", "politico", "axios", "interfax", "anadolu", "sputnik", "euronews",
            "afp", "ap", "tass", "irna", "bbc", "cnn", "dpa", "efe", "ansa");

    /** Suffix words that label a kind of article rather than name an outlet. */
    private static final Set<String> GENERIC_WORDS = Set.of(
            "live", "updates", "update", "latest", "breaking", "analysis", "opinion", "op-ed", "editorial", "video",
            "videos", "watch", "photos", "photo", "pictures", "gallery", "exclusive", "interview", "explainer",
            "explained", "report", "review", "podcast", "timeline", "factbox", "full", "text", "transcript",
            "statement", "news", "the", "and", "of", "in", "on", "for");

    /**
     * Words that, first in a "Source:" credit, name where facts came from rather than who published the article:
     * "Source: Interviews With Residents", "Source: Official Figures", "Source: Telegram".
     */
    private static final Set<String> NOT_PUBLICATION_FIRST_WORDS = Set.of(
            "interview", "interviews", "agencies", "staff", "data", "figures", "statistics", "stats", "archive",
            "archives", "photo", "photos", "image", "images", "file", "files", "wikipedia", "social", "survey",
            "census", "estimates", "own", "various", "multiple", "official", "officials", "government", "witnesses",
            "residents", "unknown", "none", "n/a", "twitter", "telegram", "facebook", "youtube", "instagram",
            "tiktok", "google", "satellite", "compiled", "adapted", "translated", "translation", "handout",
            "documents", "author", "authors", "correspondent", "correspondents", "our", "sources", "source");

    /**
     * Words that, making up all of a "Source:" credit, are a kind of source rather than a publication:
     * "Source: News Agencies", "Source: Local Media", "Source: Wire Services", "Source: Police".
     */
    private static final Set<String> NOT_PUBLICATION_WORDS = Set.of(
            "news", "press", "media", "wire", "wires", "service", "services", "agency", "agencies", "report",
            "reports", "reporting", "local", "online", "web", "internet", "public", "open", "osint", "un", "who",
            "army", "military", "police", "court", "ministry", "x", "na", "maps", "map", "graphic", "graphics",
            "video", "videos", "staff", "official", "officials", "various", "multiple", "sources", "source",
            "state", "western", "foreign", "international", "regional", "national", "other");

    /** Longest publication name a "Source:" line may carry. */
    static final int MAX_SOURCE_NAME_CHARS = 60;
    /** Most words a publication name in a "Source:" line may have. */
    static final int MAX_SOURCE_NAME_WORDS = 6;

    private static final Set<String> SERIES_WORDS = Set.of("part", "episode", "chapter", "day", "vol", "volume", "no");

    private static final int MAX_SNIPPET = 300;

    private DigestOutletDetector() {}

    /** A claim from a "First published in X" paragraph, or {@code null} when the paragraph is something else. */
    static @Nullable OutletClaim firstPublishedIn(String paragraph) {
        Matcher m = FIRST_PUBLISHED.matcher(paragraph);
        if (!m.matches()) {
            return null;
        }
        String name = cleanName(m.group("name"));
        return isPlausibleName(name, 10) ? claim(name, OutletEvidence.FIRST_PUBLISHED_IN, paragraph) : null;
    }

    /** A claim from a "The post … appeared first on X." footer, or {@code null} when the paragraph is something else. */
    static @Nullable OutletClaim appearedFirstOn(String paragraph) {
        Matcher m = APPEARED_FIRST_ON.matcher(paragraph);
        if (!m.matches()) {
            return null;
        }
        String name = cleanName(m.group("name"));
        return isPlausibleName(name, 10) ? claim(name, OutletEvidence.APPEARED_FIRST_ON, paragraph) : null;
    }

    /**
     * The name of a "By X" paragraph (X a capitalised name of up to eight words), or {@code null} when the paragraph
     * is not a byline, e.g. "By the end of the day, …".
     */
    static @Nullable String byLineName(String paragraph) {
        Matcher m = BY.matcher(paragraph);
        if (!m.matches()) {
            return null;
        }
        String name = cleanName(m.group("name"));
        return isCapitalisedName(name, 8) ? name : null;
    }

    /**
     * A claim from a plain "Source: X" paragraph (or {@code null} when the paragraph is something else). X is taken
     * when it looks like the name of a publication: a web host ("dailyharbour.example"), or one to
     * {@value #MAX_SOURCE_NAME_WORDS} capitalised words ({@link #isCapitalisedName}) of at most
     * {@value #MAX_SOURCE_NAME_CHARS} characters whose first word, and not all of whose words, name where facts come
     * from ("Interviews", "Official Figures", "Social Media", "Staff Reporting"). "Sources: A, B" is a list of
     * credits, never an outlet; a sentence after "Source:" fails the capitalised-words test.
     */
    static @Nullable OutletClaim sourceLine(String paragraph) {
        if (paragraph.length() > 12 + 2 * MAX_SOURCE_NAME_CHARS) {
            return null;
        }
        Matcher m = SOURCE_LINE.matcher(paragraph);
        if (!m.matches()) {
            return null;
        }
        String name = cleanName(m.group("name"));
        if (name.isEmpty() || name.length() > MAX_SOURCE_NAME_CHARS) {
            return null;
        }
        if (HOST_NAME.matcher(name).matches()) {
            return claim(name.toLowerCase(Locale.ROOT), OutletEvidence.SOURCE_LINE, paragraph);
        }
        if (!isCapitalisedName(name, MAX_SOURCE_NAME_WORDS) || isNotPublication(name)) {
            return null;
        }
        return claim(name, OutletEvidence.SOURCE_LINE, paragraph);
    }

    private static boolean isNotPublication(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s/,&]+");
        if (NOT_PUBLICATION_FIRST_WORDS.contains(words[0])) {
            return true;
        }
        for (String word : words) {
            if (!word.isEmpty() && !NOT_PUBLICATION_WORDS.contains(word) && !CONNECTORS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** A {@link OutletEvidence#BY_LINE} claim for an organisation named in a "By" line. */
    static OutletClaim byLineClaim(String organisation) {
        return claim(organisation, OutletEvidence.BY_LINE, "By " + organisation);
    }

    /**
     * Whether a name after "By" is an organisation rather than a person. Organisation when: it has a word typical of
     * media or institutions ("News", "Times", "Weekly", "English", "Agency", "Staff", …, or a known agency such as
     * "Reuters"); or an all-capitals word of two letters or more ("BBC", "RFE/RL"); or it is a single word (people
     * sign with at least two names); or it starts with "The"; or it starts with "Al"/"Al-" (the Arabic article, as in
     * "Al Mayadeen"). Otherwise it is taken for a person (or several: "Jane Doe and John Roe").
     */
    static boolean looksLikeOrganisation(String name) {
        String[] words = name.split(" ");
        if (words.length == 1 || words[0].equals("The") || words[0].equals("Al") || words[0].startsWith("Al-")) {
            return true;
        }
        for (String word : name.split("[^\\p{L}\\p{N}/&]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (ORGANISATION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (word.length() >= 2 && word.codePoints().filter(Character::isLetter).count() >= 2
                    && word.equals(word.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The outlet a title names in its suffix (" – X", " — X", " - X", " | X", the last such separator), with the title
     * stripped of it and of a dangling "…" before it; {@code null} when there is no separator, the suffix does not
     * look like an outlet name, or nothing would be left of the title.
     *
     * @param title the whitespace-normalised title
     */
    static @Nullable TitleSuffix titleSuffix(String title) {
        Matcher m = TITLE_SUFFIX.matcher(title);
        if (!m.matches()) {
            return null;
        }
        String name = cleanName(m.group("name"));
        if (!isCapitalisedName(name, 5) || isGenericLabel(name)) {
            return null;
        }
        String head = StringUtils.stripEnd(m.group("head"), " \u2026.");
        if (!DigestText.hasRealText(head)) {
            return null;
        }
        return new TitleSuffix(name, head, title);
    }

    /** The strongest claim: earliest {@link OutletEvidence}, then first found; {@code null} for none. */
    static @Nullable OutletClaim strongest(List<OutletClaim> claims) {
        return claims.stream().min(Comparator.comparing(OutletClaim::evidence)).orElse(null);
    }

    /** Whether two outlet names are the same outlet (spaces, quotes, dashes and letter case ignored). */
    static boolean sameOutlet(String a, String b) {
        return DigestText.comparisonKey(a).equalsIgnoreCase(DigestText.comparisonKey(b));
    }

    private static OutletClaim claim(String name, OutletEvidence evidence, String snippet) {
        return new OutletClaim(name, evidence, StringUtils.abbreviate(snippet, "…", MAX_SNIPPET));
    }

    /** Trims spaces, a final period and surrounding quotes or brackets from a name. */
    private static String cleanName(String raw) {
        String name = DigestText.normalizeSpaces(raw);
        name = StringUtils.stripEnd(name, " .");
        name = StringUtils.strip(name, " \"'\u201C\u201D\u2018\u2019()[]");
        return name;
    }

    /** A name of up to {@code maxWords} words with a letter, short enough to be a name rather than a sentence. */
    private static boolean isPlausibleName(String name, int maxWords) {
        return !name.isEmpty() && name.length() <= 100 && DigestText.hasRealText(name)
                && DigestText.wordCount(name) <= maxWords && StringUtils.containsNone(name, "?!;");
    }

    /**
     * One to {@code maxWords} words, the first capitalised (or a digit), the others capitalised or a short connector;
     * only name-like characters (letters, digits, . ' ’ - &amp; / , and brackets).
     */
    static boolean isCapitalisedName(String name, int maxWords) {
        if (name.isEmpty() || name.length() > 100) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length > maxWords) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && " .'\u2019-&/,()".indexOf(c) < 0) {
                return false;
            }
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            int first = word.codePointAt(0);
            boolean capitalised = Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first);
            boolean connector = i > 0 && CONNECTORS.contains(word.toLowerCase(Locale.ROOT)) && !capitalised;
            if (!capitalised && !connector) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGenericLabel(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        if (SERIES_WORDS.contains(StringUtils.stripEnd(words[0], "."))) {
            return true;
        }
        for (String word : words) {
            if (!GENERIC_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
