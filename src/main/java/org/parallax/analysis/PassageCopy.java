package org.parallax.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One copy of a {@link SharedPassage} in one article: a half-open {@code [begin, end)} range of characters
 * in the article's stored body, and how it relates to the passage's main form.
 *
 * @param articleId the article
 * @param begin     offset of the copy's first character, inclusive
 * @param end       offset after its last character, exclusive
 * @param kind      verbatim, edited or partial (in JSON: {@code "verbatim"}, {@code "edited"}, {@code "partial"})
 * @param words     its length in words
 * @param coverage  the share of the main form's words this copy carries, 0 to 1 (1 for a verbatim copy)
 * @param mainForm  whether this copy is the passage's main form, whose words are the passage's text
 */
public record PassageCopy(long articleId, int begin, int end, Kind kind, int words, double coverage, boolean mainForm) {

    public PassageCopy {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Bad range [" + begin + ", " + end + ")");
        }
    }

    /** How a copy relates to the passage's main form. */
    public enum Kind {
        /** The same words as the main form. */
        VERBATIM("word for word"),
        /** The same passage with changes: most of the main form's words, some changed, cut or added. */
        EDITED("with edits"),
        /** Only part of the passage, such as one phrase of it. */
        PARTIAL("in part");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind in plain words, as the views show it ("word for word", "with edits", "in part"). */
        public String label() {
            return label;
        }

        /** The JSON and CSV name: {@code verbatim}, {@code edited} or {@code partial}. */
        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether this is a full copy (verbatim or edited) rather than a part. */
    public boolean full() {
        return kind != Kind.PARTIAL;
    }

    /** The copy as evidence, for the views that open sentences. */
    public Evidence evidence() {
        return new Evidence(articleId, begin, end);
    }
}
