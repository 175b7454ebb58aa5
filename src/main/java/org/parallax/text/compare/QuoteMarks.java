package org.parallax.text.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parallax.text.TextNormalizer;

/**
 * Quotations found by their marks, before attribution.
 *
 * <ul>
 *   <li>Double quotes: curly {@code “…”} (also German {@code „…“}) and straight {@code "…"},
 *       paired within a paragraph (a line). A straight {@code "} right after a digit does not open a
 *       quote (inches).</li>
 *   <li>Paragraph continuation, the typographic convention: a quote still open at the end of a
 *       paragraph continues when the next paragraph opens with an opening mark of the same style;
 *       the re-opening mark is left out of {@link Quote#text()}. A curly quote that is never closed
 *       ends at the end of its last paragraph; an unclosed straight quote is ignored (it cannot be
 *       told apart from a stray mark).</li>
 *   <li>Single quotes {@code ‘…’} and {@code '…'} only outside double quotes and only when they
 *       hold at least four words, so that apostrophes are not mistaken for quotes. A closing
 *       {@code ’} must follow a non-space and must not be followed by a letter or digit; a plural
 *       possessive ({@code farmers’ union}) that would close a quote of fewer than four words is
 *       skipped.</li>
 * </ul>
 *
 * <p>Headlines are never quotes: quoted words in a line that repeats the article's title or links to
 * another article ("Read more: …"), and quoted titles of works, which are title-cased ({@link #titleCase}).
 */
final class QuoteMarks {

    /** Opening words of a line that links to another article's headline ("Read more: …"). */
    private static final List<String> LINK_LINES = List.of("read more", "read also", "also read", "see also",
            "related:", "more:", "recommended:");

    private QuoteMarks() {}

    /**
     * Every quotation in {@code text}, ordered by where its words begin, leaving out headlines (see
     * {@link QuoteExtractor#extract(String, String)}).
     */
    static List<Raw> quotes(String text, List<Paragraph> paragraphs, String title) {
        List<Raw> found = new ArrayList<>(doubleQuotes(text, paragraphs));
        found.addAll(singleQuotes(text, paragraphs, found));
        String titleKey = TextNormalizer.comparisonKey(title).strip();
        List<Raw> raws = new ArrayList<>();
        for (Raw raw : found) {
            if (!titleCase(raw.text()) && !headlineLine(text, paragraphs.get(raw.openPara()), titleKey)) {
                raws.add(raw);
            }
        }
        raws.sort(Comparator.comparingInt((Raw r) -> r.begin()).thenComparingInt(r -> r.openMark()));
        return raws;
    }

    /** Whether the paragraph repeats the title (perhaps with an outlet name after it) or links to a headline. */
    private static boolean headlineLine(String text, Paragraph p, String titleKey) {
        String key = TextNormalizer.comparisonKey(text.substring(p.begin(), p.end())).strip();
        for (String link : LINK_LINES) {
            if (key.startsWith(link)) {
                return true;
            }
        }
        if (titleKey.isEmpty() || !key.startsWith(titleKey)) {
            return false;
        }
        return WordTokenizer.tokenize(key).size() <= WordTokenizer.tokenize(titleKey).size() + 5;
    }

    /** At least three words of four or more letters, every such word capitalised, and some lower-case letter. */
    static boolean titleCase(String quoted) {
        int long4 = 0;
        for (String word : quoted.split("[^\\p{L}]+")) {
            if (word.length() < 4) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            long4++;
        }
        return long4 >= 3 && !quoted.equals(quoted.toUpperCase(Locale.ROOT));
    }

    record Paragraph(int index, int begin, int end) {}

    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> result = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || isLineBreak(text.charAt(i))) {
                if (!text.substring(start, i).isBlank()) {
                    result.add(new Paragraph(result.size(), start, i));
                }
                start = i + 1;
            }
        }
        return result;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** A quote found by its marks, before attribution. */
    record Raw(int openMark, int begin, int end, int closeEnd, int openPara, int closePara, String text,
            boolean ownPunct, boolean closedSentence) {}

    private static List<Raw> doubleQuotes(String text, List<Paragraph> paragraphs) {
        List<Raw> result = new ArrayList<>();
        boolean open = false;
        boolean curly = false;
        char opener = 0;
        int openMark = -1;
        int openPara = -1;
        List<Integer> reopened = new ArrayList<>();
        Paragraph previous = null;
        for (Paragraph p : paragraphs) {
            int i = p.begin();
            if (open) {
                int j = skipSpaces(text, p.begin(), p.end());
                char c = text.charAt(j);
                boolean sameStyle = curly ? (c == '“' || c == '„' || c == '‟') : c == '"';
                if (sameStyle) {
                    reopened.add(j);
                    i = j + 1;
                } else {
                    if (curly) {
                        emit(text, result, openMark, previous.end(), previous.end(), openPara, previous.index(),
                                reopened);
                    }
                    open = false;
                }
            }
            for (; i < p.end(); i++) {
                char c = text.charAt(i);
                if (!open) {
                    boolean startCurly = c == '“' || c == '„' || c == '‟'
                            || (c == '”' && (i == p.begin() || Character.isWhitespace(text.charAt(i - 1)))
                                    && i + 1 < p.end() && Character.isLetterOrDigit(text.charAt(i + 1)));
                    boolean startStraight = c == '"' && !(i > p.begin() && Character.isDigit(text.charAt(i - 1)));
                    if (startCurly || startStraight) {
                        open = true;
                        curly = startCurly;
                        opener = c;
                        openMark = i;
                        openPara = p.index();
                        reopened = new ArrayList<>();
                    }
                } else if (curly) {
                    boolean closes = c == '”' || (c == '“' && opener == '„');
                    if (closes) {
                        emit(text, result, openMark, i, i + 1, openPara, p.index(), reopened);
                        open = false;
                    } else if (c == '“' || c == '„') {
                        // a new opening mark before the old one closed: the old one was stray
                        opener = c;
                        openMark = i;
                        openPara = p.index();
                        reopened = new ArrayList<>();
                    }
                } else if (c == '"') {
                    emit(text, result, openMark, i, i + 1, openPara, p.index(), reopened);
                    open = false;
                }
            }
            previous = p;
        }
        if (open && curly && previous != null) {
            emit(text, result, openMark, previous.end(), previous.end(), openPara, previous.index(), reopened);
        }
        return result;
    }

    private static int skipSpaces(String text, int from, int to) {
        int j = from;
        while (j < to - 1 && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static void emit(String text, List<Raw> out, int openMark, int contentEnd, int closeEnd, int openPara,
            int closePara, List<Integer> reopened) {
        int b = openMark + 1;
        int e = contentEnd;
        while (b < e && (Character.isWhitespace(text.charAt(b)) || reopened.contains(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (b >= e) {
            return;
        }
        StringBuilder sb = new StringBuilder(e - b);
        for (int k = b; k < e; k++) {
            if (!reopened.contains(k)) {
                sb.append(text.charAt(k));
            }
        }
        char last = text.charAt(e - 1);
        boolean commaAfter = closeEnd < text.length() && text.charAt(closeEnd) == ',';
        boolean ownPunct = ",.!?…;:—–".indexOf(last) >= 0 || commaAfter;
        boolean closedSentence = (last == '.' || last == '…') && !commaAfter;
        out.add(new Raw(openMark, b, e, closeEnd, openPara, closePara, sb.toString(), ownPunct, closedSentence));
    }

    private static List<Raw> singleQuotes(String text, List<Paragraph> paragraphs, List<Raw> doubles) {
        List<Raw> result = new ArrayList<>();
        boolean[] insideDouble = new boolean[text.length()];
        for (Raw r : doubles) {
            java.util.Arrays.fill(insideDouble, r.openMark(), Math.min(r.closeEnd(), text.length()), true);
        }
        for (Paragraph p : paragraphs) {
            int openAt = -1;
            for (int i = p.begin(); i < p.end(); i++) {
                if (insideDouble[i]) {
                    continue;
                }
                char c = text.charAt(i);
                char before = i > p.begin() ? text.charAt(i - 1) : ' ';
                char after = i + 1 < p.end() ? text.charAt(i + 1) : ' ';
                if (openAt < 0) {
                    boolean curlyOpen = (c == '‘' || c == '‛') && !Character.isLetterOrDigit(before)
                            && Character.isLetterOrDigit(after);
                    boolean straightOpen = c == '\''
                            && (Character.isWhitespace(before) || "([{—–-".indexOf(before) >= 0)
                            && Character.isLetter(after);
                    if (curlyOpen || straightOpen) {
                        openAt = i;
                    }
                } else if ((c == '’' || c == '\'') && !Character.isWhitespace(before)
                        && !Character.isLetterOrDigit(after)) {
                    int words = WordTokenizer.tokenize(text, openAt + 1, i).size();
                    boolean pluralPossessive = before == 's' && Character.isWhitespace(after) && i + 2 < p.end()
                            && Character.isLowerCase(text.charAt(i + 2));
                    if (words < 4 && pluralPossessive) {
                        continue;
                    }
                    if (words >= 4) {
                        emit(text, result, openAt, i, i + 1, p.index(), p.index(), List.of());
                    }
                    openAt = -1;
                } else if (c == '‘' && Character.isLetterOrDigit(after) && !Character.isLetterOrDigit(before)) {
                    openAt = i;
                }
            }
        }
        return result;
    }
}
