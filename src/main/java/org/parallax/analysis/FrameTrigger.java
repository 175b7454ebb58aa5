package org.parallax.analysis;

/**
 * A word that suggested a policy frame (Boydstun et al. 2014) in an article.
 *
 * @param frame the frame's label
 * @param cue   the dictionary cue that matched
 */
public record FrameTrigger(String frame, String cue, int begin, int end) {}
