package org.parallax.ingest.digest;

import org.parallax.ingest.support.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.lang3.StringUtils;

/**
 * Small text rules shared by the digest classes.
 *
 * <ul>
 *   <li><b>Spaces.</b> The digest is copied from web pages, so it carries no-break spaces (U+00A0, U+2007,
 *       U+202F), zero-width characters and byte-order marks. {@link #normalizeSpaces} turns every kind of
 *       space into a plain space, drops the invisible characters, collapses runs and trims.</li>
 *   <li><b>Marker lines.</b> "Selected Articles" and "Share The News" are recognised on a whole line,
 *       whatever the spaces around or inside them and whatever the letter case ({@link #isMarker}).</li>
 *   <li><b>Comparison key.</b> Two paragraphs "say the same" when they are equal after spaces are normalised
 *       and typographic variants are folded: curly quotes and apostrophes to straight ones, every dash to
 *       "-", "…" to "..." ({@link #comparisonKey}). Stored text keeps its curly quotes: only comparisons fold them.</li>
 * </ul>
 */
final class DigestText {

    /** The line that starts every block. */
    static final String BLOCK_MARKER = "Selected Articles";
    /** The share-button label that follows the title and usually ends the block. */
    static final String SHARE_MARKER = "Share The News";

    private static final String SINGLE_QUOTES = "\u2018\u2019\u201A\u201B\u2032\u0060\u00B4";
    private static final String DOUBLE_QUOTES = "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB";
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

    private DigestText() {}

    /** Whether {@code c} is any kind of space, including no-break spaces (see {@link PlainText#isSpace}). */
    static boolean isSpace(char c) {
        return PlainText.isSpace(c);
    }

    /** Invisible characters dropped outright (see {@link PlainText#isInvisible}). */
    static boolean isInvisible(char c) {
        return PlainText.isInvisible(c);
    }

    /** Every kind of space becomes one plain space, invisible characters go, runs collapse, ends are trimmed. */
    static String normalizeSpaces(String text) {
        return PlainText.normalizeSpaces(text);
    }

    /** A line with nothing but spaces (of any kind) and invisible characters. */
    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isSpace(c) && !isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line, spaces normalised, is the marker (letter case ignored). */
    static boolean isMarker(String line, String marker) {
        // Cheap length guard first: a marker line is short even with generous padding.
        return line.length() <= marker.length() * 4 && normalizeSpaces(line).equalsIgnoreCase(marker);
    }

    /** Whether the text has a letter or a digit, i.e. is more than punctuation and spaces. */
    static boolean hasRealText(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Number of leading space characters (any kind) of a raw line: its indentation. */
    static int indentation(String line) {
        int i = 0;
        while (i < line.length() && (isSpace(line.charAt(i)) || isInvisible(line.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** The text with spaces normalised and quotes, apostrophes, dashes and ellipses folded, for comparisons only. */
    static String comparisonKey(String text) {
        String folded = StringUtils.replaceChars(text, SINGLE_QUOTES, "'".repeat(SINGLE_QUOTES.length()));
        folded = StringUtils.replaceChars(folded, DOUBLE_QUOTES, "\"".repeat(DOUBLE_QUOTES.length()));
        folded = StringUtils.replaceChars(folded, DASHES, "-".repeat(DASHES.length()));
        folded = folded.replace("\u2026", "...");
        return normalizeSpaces(folded);
    }

    /** The lower-cased runs of letters and digits of the text, ignoring all punctuation (apostrophes split words). */
    static List<String> wordTokens(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Number of space-separated words of a normalised text. */
    static int wordCount(String normalized) {
        return normalized.isEmpty() ? 0 : StringUtils.countMatches(normalized, ' ') + 1;
    }

    /** A short quotation of the text for warnings and reasons: spaces normalised, cut at 60 characters. */
    static String snippet(String text) {
        return StringUtils.abbreviate(normalizeSpaces(text), "…", 60);
    }
}
