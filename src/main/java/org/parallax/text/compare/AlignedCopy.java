package org.parallax.text.compare;

/**
 * One copy of an {@link AlignedPassage}: a half-open {@code [begin, end)} character range of one text.
 *
 * @param text     index of the text in the list handed to {@link PassageAligner#align}
 * @param begin    offset of the copy's first character, inclusive
 * @param end      offset after its last character, exclusive
 * @param words    its number of words
 * @param coverage the share of the main form's words aligned with this copy, in {@code [0, 1]}; 1 for the main form
 * @param kind     verbatim, edited or partial
 * @param mainForm whether this copy is the passage's main form (its longest full copy)
 */
public record AlignedCopy(int text, int begin, int end, int words, double coverage, CopyKind kind, boolean mainForm)
        implements TextRange {}
