package org.parallax.text.compare;

/** How one copy of a shared passage relates to the passage's main form; see {@link PassageAligner}. */
public enum CopyKind {
    /** The same words as the main form (after normalisation), from first to last. */
    VERBATIM,
    /** The same passage with changes: at least {@link PassageAligner#FULL_COPY_SHARE} of the main form's words aligned. */
    EDITED,
    /** Only part of the passage, such as one phrase: fewer than that share of its words aligned. */
    PARTIAL
}
