package org.parallax.text;

/**
 * One mention of a named actor in a text.
 *
 * @param surface the text as written, {@code text.substring(begin, end)}, e.g. "Prime Minister Nikol Pashinyan"
 * @param key the normalised form used for matching: diacritics removed, lower case, apostrophes and
 *     dots dropped, other punctuation a single space ("Al-Mayadeen" → "al mayadeen", "U.S." → "us")
 * @param begin start of the mention in the original text (inclusive)
 * @param end end of the mention in the original text (exclusive): a half-open {@code [begin, end)} range
 */
public record Mention(String surface, String key, int begin, int end) {

    public Mention {
        if (surface.isEmpty() || key.isEmpty()) {
            throw new IllegalArgumentException("Empty mention");
        }
        if (begin < 0 || end - begin != surface.length()) {
            throw new IllegalArgumentException("Span [" + begin + ", " + end + ") does not fit \"" + surface + "\"");
        }
    }

    /** A mention of {@code surface} at {@code begin}, keyed as {@link ActorExtractor} keys its mentions. */
    public static Mention of(String surface, int begin) {
        return new Mention(surface, NameWords.key(surface), begin, begin + surface.length());
    }

    /** The mention's character range. */
    public Span span() {
        return new Span(begin, end);
    }
}
