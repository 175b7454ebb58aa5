package org.parallax.text.compare;

/** How much of a sentence other texts share; see {@link SentenceOverlap}. */
public enum OverlapStatus {
    /** Word for word the same (after normalisation) as a sentence of another text. */
    VERBATIM,
    /** Largely shared with a sentence of another text, but changed. */
    EDITED,
    /** Neither. */
    UNIQUE
}
