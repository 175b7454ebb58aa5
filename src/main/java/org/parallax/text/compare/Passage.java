package org.parallax.text.compare;

/**
 * A maximal run of words shared with another text.
 *
 * @param begin      offset of the run's first character in the text it was found in, inclusive
 * @param end        offset after its last character, exclusive
 * @param tokenCount number of words in the run
 */
public record Passage(int begin, int end, int tokenCount) implements TextRange {}
