package org.parallax.ingest;

/** Kinds of evidence for an article's outlet, strongest first. */
public enum OutletEvidence {
    /** An explicit outlet field or column in the input. */
    EXPLICIT_FIELD,
    /** Publisher metadata of a web page (og:site_name, JSON-LD publisher). */
    PUBLISHER_METADATA,
    /** "First published in X" at the end of a digest body. */
    FIRST_PUBLISHED_IN,
    /** "The post … appeared first on X." (WordPress feed footer) in a digest body. */
    APPEARED_FIRST_ON,
    /** A "By" bullet naming an organisation near the top of a digest body. */
    BY_LINE,
    /** A plain "Source: X" line (no bullet, no "By" credit above it) first or last in a digest body. */
    SOURCE_LINE,
    /** A title ending in " – X" (or " - X", " | X"). */
    TITLE_SUFFIX,
    /** The domain of the article's URL. */
    URL_DOMAIN
}
