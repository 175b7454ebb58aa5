package org.parallax.analysis.ui;

/** The kinds of passages a reader can mark in the side-by-side columns. */
public enum HighlightMode {
    SHARED("Shared passages", "Text that also appears in another article: solid underline when copied word for word, dashed when edited, "
            + "dotted when only a phrase of the passage."),
    UNIQUE("Unique passages", "Sentences no other article of the event carries, even in part."),
    QUOTES("Quotes", "Direct quotations; the same quote in different outlets is one quote."),
    ACTORS("Actors", "People, organisations and places named, merged across their forms."),
    LABELS("Contested labels", "Competing names for the same thing, from the lexicon (Artsakh / Nagorno-Karabakh, blockade / checkpoint)."),
    HEDGES("Hedges and attribution", "Doubt markers (allegedly, so-called), intensifiers, and attribution verbs (said, claimed, admitted) in the outlet's own voice.");

    private final String label;
    private final String description;

    HighlightMode(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The CSS class of the legend swatch and of the marks. */
    public String cssClass() {
        return "px-hl-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The element id of the mode's toggle. */
    public String toggleId() {
        return "mode-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
