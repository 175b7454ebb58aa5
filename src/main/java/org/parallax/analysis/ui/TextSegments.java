package org.parallax.analysis.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a text into paragraphs and each paragraph into segments at every highlight boundary, so that
 * overlapping highlights (a quote inside a shared passage) can be drawn together as plain text nodes.
 */
public final class TextSegments {

    /** A stretch of text and the highlights covering all of it (empty when unmarked). */
    public record Segment(int begin, int end, List<Highlight> highlights) {

        /** The innermost highlight: the shortest one covering the segment, which a click selects. */
        public Highlight innermost() {
            return highlights.stream().min(java.util.Comparator.comparingInt(h -> h.end() - h.begin())).orElseThrow();
        }
    }

    /** A paragraph's range. */
    public record Paragraph(int begin, int end) {}

    private TextSegments() {}

    /** The paragraphs of a text: runs between line breaks, without surrounding whitespace, empty ones left out. */
    public static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int b = start;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                paragraphs.add(new Paragraph(b, e));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return paragraphs;
    }

    /** The segments of {@code [from, to)} given the highlights (in any order; those outside are ignored). */
    public static List<Segment> segments(int from, int to, List<Highlight> highlights) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Highlight h : highlights) {
            if (h.end() > from && h.begin() < to) {
                cuts.add(Math.max(from, h.begin()));
                cuts.add(Math.min(to, h.end()));
            }
        }
        List<Segment> segments = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int b = previous;
                List<Highlight> covering = highlights.stream().filter(h -> h.begin() <= b && h.end() >= cut).toList();
                segments.add(new Segment(b, cut, covering));
            }
            previous = cut;
        }
        return segments;
    }
}
