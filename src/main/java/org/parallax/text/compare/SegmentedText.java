package org.parallax.text.compare;

import java.util.List;

/**
 * A text with its sentence spans, as produced by a sentence splitter elsewhere.
 *
 * @param text      the original text
 * @param sentences half-open {@code [begin, end)} sentence spans into {@code text}, in any order;
 *                  they need not cover the whole text
 */
public record SegmentedText(String text, List<Span> sentences) {

    public SegmentedText {
        sentences = List.copyOf(sentences);
        for (Span s : sentences) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("Sentence " + s + " ends after the text (" + text.length() + ")");
            }
        }
    }

    /** A text that is one sentence from start to end. */
    public static SegmentedText whole(String text) {
        return new SegmentedText(text, List.of(new Span(0, text.length())));
    }
}
