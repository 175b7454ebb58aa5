package org.parallax.text.compare;

import org.parallax.text.compare.QuoteMarks.Raw;

/**
 * A quote with everything needed by later quotes: the offsets of its marks, its first and last paragraph,
 * where its attribution ends and whether a following quote may inherit its speaker.
 */
record ExtractedQuote(Quote quote, int openMark, int closeEnd, int openPara, int closePara, int attrEnd,
        boolean inheritable) {

    /** {@code quote}, found by its marks as {@code raw}, with its attribution ending at {@code attrEnd}. */
    static ExtractedQuote of(Quote quote, Raw raw, int attrEnd, boolean inheritable) {
        return new ExtractedQuote(quote, raw.openMark(), raw.closeEnd(), raw.openPara(), raw.closePara(), attrEnd,
                inheritable);
    }
}
