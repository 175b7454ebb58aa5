package org.parallax.text.compare;

/**
 * The overlap status of one sentence.
 *
 * @param sentence      index of the sentence in its {@link SegmentedText#sentences()}
 * @param begin         the sentence's begin offset, inclusive
 * @param end           the sentence's end offset, exclusive
 * @param status        verbatim, edited or unique
 * @param similarity    shingle Jaccard with the best-matching sentence; {@code 1.0} for
 *                      {@link OverlapStatus#VERBATIM}; {@code 0.0} when nothing matched
 * @param otherText     index of the text holding the best-matching sentence, or {@code -1}
 * @param otherSentence index of that sentence in its text, or {@code -1}
 */
public record SentenceMatch(int sentence, int begin, int end, OverlapStatus status, double similarity,
        int otherText, int otherSentence) implements TextRange {

    /** Whether another text has a matching sentence ({@code status != UNIQUE}). */
    public boolean matched() {
        return otherText >= 0;
    }
}
