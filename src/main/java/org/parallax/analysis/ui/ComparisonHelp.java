package org.parallax.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** "How is this computed?": each measure in plain words, with its reference. */
public class ComparisonHelp extends Div {

    /** One measure: its name, how it is computed, and where the method comes from. */
    public record Entry(String measure, String how, String reference) {}

    public static final List<Entry> ENTRIES = List.of(
            new Entry("Similarity",
                    "Each article becomes a list of word weights: a word counts more the more often the article uses it "
                            + "(1 + log of its count) and the rarer it is in the whole collection (log of documents / documents "
                            + "with the word). The similarity of two articles is the cosine of the angle between their lists: 1 for "
                            + "the same words in the same proportions, 0 for no word in common. Words are stemmed and common words "
                            + "left out (Lucene's English analyzer).",
                    "Salton and Buckley 1988, Term-weighting approaches in automatic text retrieval."),
            new Entry("Shared passages and sentence status",
                    "Every run of five consecutive words is hashed. Runs that two articles have in common are joined in the "
                            + "database and merged into the longest stretches they cover, bridging an edit of up to three words "
                            + "but never a paragraph break; a stretch of eight words or more is shared text. A shared passage is "
                            + "built around its longest full copy (its main form); each other copy is word for word (the same "
                            + "words), with edits (at least half of the main form's words, some changed) or in part (a phrase "
                            + "of it). Copies are compared with the main form only, so a phrase two passages have in common "
                            + "never joins them. A sentence "
                            + "is shared word for word when another article has all of its words in order, shared with edits "
                            + "when another article shares at least half of its words, unique otherwise.",
                    "Broder 1997, On the resemblance and containment of documents; Clough et al. 2002, METER: measuring text reuse; "
                            + "Abouelhoda and Ohlebusch 2005, Chaining algorithms for multiple genome comparison."),
            new Entry("Quotes and who is quoted",
                    "Text between straight or curly quotation marks, with the speaker and the verb found in the clause "
                            + "around it (\u201c…,\u201d said X; X told reporters: \u201c…\u201d; he added). Two quotes are the same "
                            + "quote when at least 80% of the shorter one's words are in the other. Scare quotes of one or two "
                            + "words are not counted as speech, and neither are headlines: the title repeated in the body, "
                            + "\u201cRead more:\u201d lines and title-cased quoted titles.",
                    "Pouliquen, Steinberger and Best 2007, Automatic detection of quotations in multilingual news."),
            new Entry("Actors",
                    "Capitalised names, with titles and roles stripped (\u201cArmenian Prime Minister Nikol Pashinyan\u201d becomes "
                            + "Nikol Pashinyan); a surname or first name joins the one full name it is part of, but a country "
                            + "never joins an organisation or a longer name that contains it (Azerbaijan is not the Azerbaijan "
                            + "Red Crescent Society). Nationalities (Armenian, Azerbaijani-controlled) and sentence adverbs "
                            + "(Consequently) are not actors.",
                    "A rule-based approach in the spirit of Steinberger and Pouliquen 2007, Cross-lingual named entity recognition."),
            new Entry("Omissions",
                    "A fact (shared passage, quote, actor or number) carried by more than half of the event's articles is "
                            + "listed for each article that does not carry it. Articles with an empty body or a teaser of fewer "
                            + "than 40 words are left out, since they would seem to omit everything.",
                    "Coverage comparison as in media-monitoring practice; read an omission as a question, not as proof."),
            new Entry("Distinctive words",
                    "For each outlet, every word's log-odds of being used by this outlet rather than by the others, shrunk "
                            + "towards its frequency in the whole collection so that rare words do not dominate, and divided by "
                            + "its standard error: the z-score. Above 1.96 a difference this large is unlikely to be chance.",
                    "Monroe, Colaresi and Quinn 2008, Fightin' Words (weighted log-odds ratio with informative Dirichlet prior)."),
            new Entry("Contested labels, hedges, report verbs and loaded words",
                    "Words from the lexicon (editable under Lexicons): competing names for one thing, hedges, intensifiers, "
                            + "verbs that introduce speech (neutral, doubt, emphasis, concession), factive, assertive and "
                            + "implicative verbs, and loaded labels. Headlines are read too (marked \u201cheadline\u201d). Inside a "
                            + "quotation they are someone else's words and are counted apart from the outlet's own voice.",
                    "Entman 1993, Framing; Hyland 2005 (hedges); Hooper 1975 and Karttunen 1971 (factive, assertive, implicative "
                            + "verbs); Recasens, Danescu-Niculescu-Mizil and Jurafsky 2013 (intensifiers, report verbs, one-sided "
                            + "terms). The starter lists are written for Parallax."),
            new Entry("Frames",
                    "Cue words for each of the 15 frames of the Policy Frames Codebook, counted per 1,000 words. An indicative "
                            + "suggestion from a small dictionary written for Parallax: open a figure to see what triggered it.",
                    "Boydstun, Card, Gross, Resnik and Smith 2014, Tracking the development of media frames within and across policy issues."));

    public ComparisonHelp() {
        addClassName("px-help");
        setId("comparison-help");
        for (Entry e : ENTRIES) {
            add(new H4(e.measure()), new Paragraph(e.how()));
            Paragraph ref = new Paragraph("Reference: " + e.reference());
            ref.addClassName("px-hint");
            add(ref);
        }
        add(new Paragraph("Every figure is a button: open it to read the sentences it counts. All offsets are character "
                + "positions in the stored text, the same as in the JSON and CSV exports."));
    }
}
