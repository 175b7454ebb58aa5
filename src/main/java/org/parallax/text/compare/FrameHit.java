package org.parallax.text.compare;

/**
 * One cue word found in a text.
 *
 * @param frame the frame the cue belongs to
 * @param cue   the cue as written in the dictionary ({@code "econom*"})
 * @param begin offset of the matched words, inclusive
 * @param end   offset after them, exclusive
 */
public record FrameHit(Frame frame, String cue, int begin, int end) implements TextRange {}
