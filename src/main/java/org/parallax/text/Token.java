package org.parallax.text;

/**
 * One analysed token: the index term it became and where it came from.
 *
 * @param term the term after analysis (lower-cased, possessive removed, Porter-stemmed), e.g. "negoti"
 * @param begin start of the token in the original text (inclusive)
 * @param end end of the token in the original text (exclusive): {@code [begin, end)}, so that
 *     {@code text.substring(begin, end)} is the surface word, e.g. "Negotiations" or "Pashinyan's"
 */
public record Token(String term, int begin, int end) {

    public Token {
        if (term.isEmpty()) {
            throw new IllegalArgumentException("Empty term");
        }
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Not a span: [" + begin + ", " + end + ")");
        }
    }

    /** The surface word, {@code source.substring(begin, end)}. */
    public String text(String source) {
        return source.substring(begin, end);
    }

    /** The token's character range. */
    public Span span() {
        return new Span(begin, end);
    }
}
