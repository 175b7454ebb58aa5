package org.parallax.ingest.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.OutletClaim;

/**
 * Turns the lines of a block body into clean paragraphs, taking the metadata out as it goes.
 *
 * <p>Paragraphs: consecutive non-blank lines form one paragraph; blank lines and "Share The News" lines separate
 * paragraphs. A paragraph's lines are joined with a space and its spaces normalised (no-break spaces become spaces,
 * runs collapse, ends are trimmed); paragraphs are kept apart. Curly quotes and apostrophes are kept as written.
 *
 * <p>Bullets: a line starting with "•" starts a bullet item, and the indented lines right under it belong to it.
 * <ul>
 *   <li>"• By" with a name on the same line or on the indented line(s) under it: an organisation name is an outlet
 *       claim ({@link org.parallax.ingest.OutletEvidence#BY_LINE}), a person's name is the byline.</li>
 *   <li>"• Source: X": X is the upstream source, never the outlet.</li>
 *   <li>A date or time bullet ("• Today 11:34", "• 3 May 2023"): dropped, with a warning (it is not a full date and time with a zone).</li>
 *   <li>Any other bullet is body text (a photo caption, a list item): its text is kept without the "•", and an
 *       indented line under it that nearly repeats it (the page's second copy of the caption) is dropped.</li>
 * </ul>
 *
 * <p>Paragraphs dropped from the body:
 * <ul>
 *   <li>"The post … appeared first on X." and "First published in X": outlet claims.</li>
 *   <li>A paragraph that only repeats the title (same words, punctuation and spaces ignored): the teaser case.</li>
 *   <li>A paragraph that repeats the paragraph kept just before it, once quotes, apostrophes, dashes and spaces are
 *       folded ({@link DigestText#comparisonKey}): a duplicated photo caption.</li>
 *   <li>A "By X" paragraph first or last in the body: X is the byline (a person) or a
 *       {@link org.parallax.ingest.OutletEvidence#BY_LINE} claim (an organisation). A "By X" in the middle of the
 *       body, or "With reporting by …", stays body text.</li>
 *   <li>A plain (unbulleted) "Source: X" paragraph among the first two or the last two paragraphs, where X looks
 *       like a publication ({@link DigestOutletDetector#sourceLine}): a
 *       {@link org.parallax.ingest.OutletEvidence#SOURCE_LINE} claim. Such a line written as the first line of the
 *       body's first paragraph, or the last line of its last one, is a paragraph of its own. A "Source:" line that
 *       names no publication ("Source: interviews with residents") stays body text.</li>
 * </ul>
 */
final class DigestBodyCleaner {

    private static final Pattern BULLET = Pattern.compile("^[\u2022\u00B7\u25AA\u2023\u25E6]\\s*(?<text>.*)$");
    private static final Pattern BY_BULLET = Pattern.compile("^By(?::|\\s|$)\\s*(?<name>.*)$");
    private static final Pattern SOURCE_BULLET = Pattern.compile(
            "^Source\\s*:\\s*(?<name>.*)$", Pattern.CASE_INSENSITIVE);
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
    private static final String CLOCK = "\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?";
    private static final String AT_CLOCK = "(?:,?\\s+(?:at\\s+)?" + CLOCK + ")?";
    private static final Pattern TIME_BULLET = Pattern.compile("^(?:"
            + "(?:Today|Yesterday)" + AT_CLOCK
            + "|" + CLOCK
            + "|\\d+\\s+(?:minutes?|mins?|hours?|hrs?|days?)\\s+ago"
            + "|(?:\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})"
            + AT_CLOCK
            + ")$", Pattern.CASE_INSENSITIVE);

    /** Longest text compared letter by letter for near-repeats; longer ones must repeat exactly. */
    private static final int MAX_FUZZY_CHARS = 5_000;

    /** One bullet item or one plain paragraph, before interpretation. */
    private static final class Item {
        final boolean bullet;
        String head;
        final List<String> more = new ArrayList<>();

        Item(boolean bullet, String head) {
            this.bullet = bullet;
            this.head = head;
        }
    }

    /** Mutable state of one cleaning. */
    private static final class Result {
        final List<OutletClaim> claims = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        @Nullable String byline;
        @Nullable String upstreamSource;
        boolean repeatedTitle;

        void by(String name) {
            if (name.isEmpty()) {
                return;
            }
            if (DigestOutletDetector.looksLikeOrganisation(name)) {
                claims.add(DigestOutletDetector.byLineClaim(name));
            } else if (byline == null) {
                byline = name;
            }
        }
    }

    private DigestBodyCleaner() {}

    /**
     * Cleans a block body.
     *
     * @param lines  the body lines after the title line, as the splitter gives them
     * @param titles the title as written and, when it has an outlet suffix, without it: a paragraph with the same
     *               words as either is a repeat of the title
     */
    static CleanedBody clean(List<DigestLine> lines, List<String> titles) {
        List<Item> items = new ArrayList<>();
        boolean hadText = group(lines, items);
        splitSourceLines(items);
        Result result = new Result();
        List<String> candidates = new ArrayList<>();
        for (Item item : items) {
            String paragraph = item.bullet ? interpretBullet(item, result) : String.join(" ", item.more);
            if (paragraph != null && !paragraph.isEmpty()) {
                candidates.add(paragraph);
            }
        }
        List<List<String>> titleWords = titles.stream().map(DigestText::wordTokens).filter(w -> !w.isEmpty()).toList();
        List<String> kept = new ArrayList<>();
        for (String paragraph : candidates) {
            OutletClaim footer = DigestOutletDetector.appearedFirstOn(paragraph);
            if (footer == null) {
                footer = DigestOutletDetector.firstPublishedIn(paragraph);
            }
            if (footer != null) {
                result.claims.add(footer);
            } else if (titleWords.contains(DigestText.wordTokens(paragraph))) {
                result.repeatedTitle = true;
            } else if (kept.isEmpty() || !sameText(kept.getLast(), paragraph)) {
                kept.add(paragraph);
            }
        }
        takeByLine(kept, 0, result);
        if (!kept.isEmpty()) {
            takeByLine(kept, kept.size() - 1, result);
        }
        takeSourceLines(kept, result);
        return new CleanedBody(kept, result.claims, result.byline, result.upstreamSource, result.repeatedTitle,
                hadText, result.warnings);
    }

    /** Groups lines into bullet items and plain paragraphs; tells whether there was any text line at all. */
    private static boolean group(List<DigestLine> lines, List<Item> items) {
        boolean hadText = false;
        Item current = null;
        for (DigestLine line : lines) {
            String raw = line.text();
            if (line.isBlank() || DigestText.isMarker(raw, DigestText.SHARE_MARKER)) {
                current = null;
                continue;
            }
            hadText = true;
            String text = DigestText.normalizeSpaces(raw);
            Matcher bullet = BULLET.matcher(text);
            if (bullet.matches()) {
                current = new Item(true, bullet.group("text"));
                items.add(current);
            } else if (current != null && (!current.bullet || DigestText.indentation(raw) > 0)) {
                current.more.add(text);
            } else {
                current = new Item(false, "");
                current.more.add(text);
                items.add(current);
            }
        }
        return hadText;
    }

    /**
     * Gives a "Source: X" line its own paragraph when it is the first line of the first plain paragraph or the last
     * line of the last one (a credit written right above or under the text, without a blank line).
     */
    private static void splitSourceLines(List<Item> items) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).bullet) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (last >= 0 && items.get(last).more.size() > 1
                && DigestOutletDetector.sourceLine(items.get(last).more.getLast()) != null) {
            Item line = new Item(false, "");
            line.more.add(items.get(last).more.removeLast());
            items.add(last + 1, line);
        }
        if (first >= 0 && items.get(first).more.size() > 1
                && DigestOutletDetector.sourceLine(items.get(first).more.getFirst()) != null) {
            Item line = new Item(false, "");
            line.more.add(items.get(first).more.removeFirst());
            items.add(first, line);
        }
    }

    /** Takes "Source: X" paragraphs naming a publication out of the first two and last two paragraphs. */
    private static void takeSourceLines(List<String> kept, Result result) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            boolean nearAnEnd = i < 2 || i >= kept.size() - 2;
            OutletClaim claim = nearAnEnd ? DigestOutletDetector.sourceLine(kept.get(i)) : null;
            if (claim != null) {
                kept.remove(i);
                result.claims.add(claim);
            }
        }
    }

    /** Takes the metadata out of a bullet item; returns the body text it contributes, or {@code null}. */
    private static @Nullable String interpretBullet(Item item, Result result) {
        if (item.head.isEmpty() && !item.more.isEmpty()) {
            item.head = item.more.removeFirst();
        }
        String head = item.head;
        Matcher by = BY_BULLET.matcher(head);
        if (by.matches()) {
            String name = by.group("name").isEmpty() ? String.join(" ", item.more) : by.group("name");
            result.by(DigestText.normalizeSpaces(name));
            return null;
        }
        Matcher source = SOURCE_BULLET.matcher(head);
        if (source.matches()) {
            String name = source.group("name").isEmpty() ? String.join(" ", item.more) : source.group("name");
            if (result.upstreamSource == null && !name.isBlank()) {
                result.upstreamSource = DigestText.normalizeSpaces(name);
            }
            return null;
        }
        if (TIME_BULLET.matcher(head).matches()) {
            result.warnings.add("publication time \"" + head + "\" not used: it is not a full date and time with a zone");
            return null;
        }
        StringBuilder text = new StringBuilder(head);
        for (String line : item.more) {
            if (!nearlySame(head, line)) {
                text.append(' ').append(line);
            }
        }
        return text.toString();
    }

    /** Takes a "By X" paragraph at {@code index} out of the body, as a byline or an outlet claim. */
    private static void takeByLine(List<String> kept, int index, Result result) {
        if (kept.isEmpty()) {
            return;
        }
        String name = DigestOutletDetector.byLineName(kept.get(index));
        if (name != null) {
            kept.remove(index);
            result.by(name);
        }
    }

    /** Equal once quotes, apostrophes, dashes, ellipses and spaces are folded. */
    static boolean sameText(String a, String b) {
        return DigestText.comparisonKey(a).equals(DigestText.comparisonKey(b));
    }

    /**
     * Equal once folded, or, letter case ignored, within a few edits of each other (at most a tenth of the longer
     * text, and at least 3): the second copy of a photo caption may differ by a word.
     */
    static boolean nearlySame(String a, String b) {
        String ka = DigestText.comparisonKey(a).toLowerCase(java.util.Locale.ROOT);
        String kb = DigestText.comparisonKey(b).toLowerCase(java.util.Locale.ROOT);
        if (ka.equals(kb)) {
            return true;
        }
        int longer = Math.max(ka.length(), kb.length());
        if (longer > MAX_FUZZY_CHARS) {
            return false;
        }
        int threshold = Math.max(3, longer / 10);
        if (Math.abs(ka.length() - kb.length()) > threshold) {
            return false;
        }
        return new LevenshteinDistance(threshold).apply(ka, kb) >= 0;
    }
}
