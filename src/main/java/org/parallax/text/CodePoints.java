package org.parallax.text;

/**
 * Unicode general-category tests on code points, exactly as {@link java.util.regex.Pattern} applies
 * {@code \p{L}}, {@code \p{N}}, {@code \p{M}}, {@code \p{Lu}} and {@code \p{Ll}} (by
 * {@link Character#getType(int)}), for the hand-written scanners that replace regular expressions on hot
 * paths. An unpaired surrogate is none of these.
 */
public final class CodePoints {

    private static final int LETTER = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
            | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER);
    private static final int NUMBER = (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.LETTER_NUMBER)
            | (1 << Character.OTHER_NUMBER);
    private static final int MARK = (1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
            | (1 << Character.COMBINING_SPACING_MARK);

    private CodePoints() {}

    /** {@code \p{L}}. */
    public static boolean isLetter(int cp) {
        return is(cp, LETTER);
    }

    /** {@code \p{M}}. */
    public static boolean isMark(int cp) {
        return is(cp, MARK);
    }

    /** {@code [\p{L}\p{N}]}. */
    public static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return is(cp, LETTER | NUMBER);
    }

    /** {@code [\p{L}\p{M}\p{N}]}. */
    public static boolean isLetterMarkOrNumber(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return is(cp, LETTER | MARK | NUMBER);
    }

    /** {@code \p{Lu}}. */
    public static boolean isUpperCaseLetter(int cp) {
        return Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    /** {@code \p{Ll}}. */
    public static boolean isLowerCaseLetter(int cp) {
        return Character.getType(cp) == Character.LOWERCASE_LETTER;
    }

    /**
     * The code point at {@code i} as a regular expression confined to {@code [.., limit)} reads it: -1 (which has no
     * category) when {@code i >= limit} or when a surrogate pair would straddle {@code limit}.
     */
    public static int at(CharSequence text, int i, int limit) {
        if (i >= limit) {
            return -1;
        }
        int cp = Character.codePointAt(text, i);
        return i + Character.charCount(cp) <= limit ? cp : -1;
    }

    private static boolean is(int cp, int mask) {
        return ((mask >> Character.getType(cp)) & 1) != 0;
    }
}
