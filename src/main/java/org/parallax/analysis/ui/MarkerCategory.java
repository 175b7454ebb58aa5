package org.parallax.analysis.ui;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A category of marker words as the Framing tab explains it: a column title, one plain-language
 * line, and the method with its source (shown one click further). The starter lexicon's categories
 * are known; any other class a user defines gets a generic explanation.
 *
 * @param label       the column title
 * @param explanation what the words do, in one line
 * @param method      how they are counted and where the category comes from
 */
public record MarkerCategory(String label, String explanation, String method) {

    private static final String OWN_VOICE = " Counted in the outlet's own voice only, not inside quotations; matched by "
            + "whole words and phrases, ignoring case, with simple plurals and verb forms.";

    private static final Map<String, MarkerCategory> KNOWN = Map.ofEntries(
            Map.entry("hedges", new MarkerCategory("Hedges",
                    "Words that soften or distance the writer from a claim (allegedly, so-called, reportedly).",
                    "Hedges as defined in Hyland 2005, Metadiscourse (hedges withhold full commitment to a proposition); "
                            + "the list is written for Parallax." + OWN_VOICE)),
            Map.entry("intensifiers", new MarkerCategory("Intensifiers",
                    "Subjective words that strengthen or colour a description (brutal, staggering, disastrous).",
                    "Subjective intensifiers, one of the framing-bias cues of Recasens, Danescu-Niculescu-Mizil and "
                            + "Jurafsky 2013, Linguistic Models for Analyzing and Detecting Biased Language; the list is written "
                            + "for Parallax." + OWN_VOICE)),
            Map.entry("neutral", new MarkerCategory("Report verbs: neutral",
                    "Verbs that report speech without judging it (said, told, added).",
                    "Report verbs by the stance they lend to what is reported, after Recasens et al. 2013 (report verbs as a "
                            + "bias cue) and the reporting-verb literature; the classes are written for Parallax." + OWN_VOICE)),
            Map.entry("doubt", new MarkerCategory("Report verbs: doubt",
                    "Verbs that report speech while casting doubt on it (claimed, alleged, insisted).",
                    "Report verbs by stance, after Recasens et al. 2013; assertive verbs of weak commitment (Hooper 1975)."
                            + OWN_VOICE)),
            Map.entry("emphasis", new MarkerCategory("Report verbs: emphasis",
                    "Verbs that report speech as forceful (warned, stressed, declared).",
                    "Report verbs by stance, after Recasens et al. 2013." + OWN_VOICE)),
            Map.entry("concession", new MarkerCategory("Report verbs: concession",
                    "Verbs that report speech as an admission (admitted, conceded, acknowledged).",
                    "Report verbs by stance, after Recasens et al. 2013; many are factive (Hooper 1975): they present what "
                            + "was said as true." + OWN_VOICE)),
            Map.entry("factive", new MarkerCategory("Factive verbs",
                    "Verbs that present what follows as an established fact (revealed, exposed, realized).",
                    "Factive verbs presuppose the truth of their complement (Kiparsky and Kiparsky 1970; Hooper 1975); a "
                            + "bias cue in Recasens et al. 2013. The list is written for Parallax." + OWN_VOICE)),
            Map.entry("assertive", new MarkerCategory("Assertive verbs",
                    "Verbs that put a claim forward with more or less certainty, without taking it as fact (suggested, "
                            + "maintained, contended).",
                    "Assertive verbs (Hooper 1975): their complement is asserted, with the degree of certainty the verb "
                            + "lends; a bias cue in Recasens et al. 2013. The list is written for Parallax." + OWN_VOICE)),
            Map.entry("implicative", new MarkerCategory("Implicative verbs",
                    "Verbs that imply whether something happened and how (failed to, managed to, refused to).",
                    "Implicative verbs (Karttunen 1971) entail the truth or falsity of their complement; a bias cue in "
                            + "Recasens et al. 2013. The list is written for Parallax." + OWN_VOICE)),
            Map.entry("loaded", new MarkerCategory("Loaded labels",
                    "One-sided words that take a side in how they name or describe (witch hunt, job-killing, slammed).",
                    "One-sided terms, the framing-bias cue of Recasens et al. 2013 (Linguistic Models for Analyzing and "
                            + "Detecting Biased Language); the list is written for Parallax, from US political coverage "
                            + "conventions." + OWN_VOICE)));

    /** The known category of this name, or a generic one named after it. */
    public static MarkerCategory of(@Nullable String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        MarkerCategory known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        String label = key.isEmpty() ? "Other" : Character.toUpperCase(key.charAt(0)) + key.substring(1);
        return new MarkerCategory(label, "Words of the lexicon class \u201c" + (name == null ? "" : name.strip()) + "\u201d.",
                "A class defined in the lexicon (see Lexicons)." + OWN_VOICE);
    }
}
