package org.parallax.text.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Finds the passages several texts share (wire copy, press releases, copied paragraphs) and says of
 * every copy whether it is word for word, edited, or only a part of the passage.
 *
 * <p>Words are {@link WordTokenizer} tokens compared by their normalised form; {@code n} is the shingle
 * size ({@value Shingler#DEFAULT_SIZE} by default); positions are token indexes, ranges half-open.
 *
 * <h2>1. Seeds and maximal runs, per pair of texts</h2>
 * A <em>seed</em> of texts A and B is a pair {@code (i, j)} with the n-word shingle of A at {@code i} equal
 * to the shingle of B at {@code j} (same 64-bit {@link Shingler hash}). Seeds on one diagonal
 * {@code i - j} with {@code i' <= i + n} merge into a <em>run</em> {@code A[a0, a1) = B[b0, b1)}: a maximal
 * common word sequence of at least n words (the maximal exact matches of sequence alignment; Gusfield 1997,
 * <i>Algorithms on Strings, Trees and Sequences</i>, §7).
 *
 * <h2>2. Paragraph breaks</h2>
 * A break after word k of a text is a line break ({@code \n}) between words k and k + 1. A break inside a
 * run in only one of the two texts cuts it into pieces; pieces of fewer than n words at either end of
 * the run are dropped: a copy does not run across a paragraph break into text that differs after a few
 * words ("… each journey. ¶ The roads agency" against "… each journey. The agency"). Longer pieces
 * are the same words in both texts and stay in the run.
 *
 * <h2>3. Chaining runs into alignments (edits)</h2>
 * Runs of one pair, in order of {@code a0}, are chained when they follow each other in both texts:
 * run r joins chain c when the gaps {@code gA = r.a0 - c.a1} and {@code gB = r.b0 - c.b1} both lie in
 * {@code [-(n - 1), }{@value #MAX_EDIT_GAP}{@code ]} and neither gap holds a paragraph break (an edited,
 * inserted or deleted word removes the n shingles containing it and leaves a gap of about one word);
 * among several chains the one with the smallest {@code max(gA, gB)} wins. A chain is an
 * <em>alignment</em> of A[a0, a1) with B[b0, b1); its aligned words are the union of its runs. Alignments
 * with fewer than {@value #MIN_PASSAGE_WORDS} aligned words are set phrases, not reuse, and are dropped.
 * This is the co-linear chaining of local alignments (Abouelhoda and Ohlebusch 2005, <i>Chaining
 * algorithms for multiple genome comparison</i>), greedy, over shingle seeds (Broder 1997, <i>On the
 * resemblance and containment of documents</i>; for news, Clough et al. 2002, <i>METER</i>).
 *
 * <h2>4. Passages: a main form and its copies</h2>
 * Repeatedly, the longest side of an alignment not yet used (ties: earlier text, then earlier
 * position) is taken as the main form M = X[r0, r1) of a new passage, {@code |M| = r1 - r0} words.
 * Every alignment of X with another text Y whose runs fall in M contributes the part of Y aligned with
 * M (runs clipped to M) when that part has at least {@value #MIN_PASSAGE_WORDS} words. The
 * contributions of one Y that follow each other in both texts, with no paragraph break between them in
 * Y, form one <em>copy</em> Y[y0, y1) (a middle section rewritten by more than {@value #MAX_EDIT_GAP}
 * words still leaves one copy). With {@code α} the set of M's words aligned with the copy, the copy's
 * <em>coverage</em> is {@code c = |α| / |M|} and its kind
 * <ul>
 *   <li><b>{@link CopyKind#VERBATIM verbatim}</b> if Y[y0, y1) has exactly M's normalised words (then c = 1);</li>
 *   <li><b>{@link CopyKind#EDITED edited}</b> otherwise if {@code c >= }{@value #FULL_COPY_SHARE}: most
 *       of the passage is there, changed, cut or added to;</li>
 *   <li><b>{@link CopyKind#PARTIAL partial}</b> otherwise: a phrase or a part of it. A partial copy made
 *       of several contributions is listed as one copy per contribution, so that the unaligned words
 *       between them are not marked.</li>
 * </ul>
 * The full (verbatim and edited) copies are then grouped by their exact wording; when another wording
 * is carried by more copies than M's (ties: the longer wording, then the earlier text), that copy
 * becomes the main form and the copies are worked out again around it. So the main form is the longest
 * full copy, except that a wording two outlets carry word for word is not displaced by a third outlet's
 * longer rewrite of it (which would hide that the two are identical).
 *
 * <p>Copies join a passage only through their alignment with the main form, never from copy to copy:
 * a short phrase that a further text shares with one copy never links two passages into one (no
 * transitive chaining), and never makes that text a full copy. The passage's alignments are then used:
 * those with the main form's text having at least half of their words there inside M, and those
 * between two other texts whose aligned words lie at least half inside copies of this passage. The loop
 * ends when every alignment is used. The main form itself is listed as a verbatim copy with c = 1.
 *
 * <h2>Cost</h2>
 * Only shingles that {@code shared} accepts are indexed (the caller passes the hashes its SQL join found
 * in two or more texts). With p<sub>h</sub> the positions of hash h, seeding costs
 * {@code O(Σ_h p_h²)}, chaining {@code O(R · C)} for R runs and C chains of a pair, and grouping
 * {@code O(P · L)} for P passages and L alignments: all bounded by the shared text of the texts at hand.
 */
public final class PassageAligner {

    /** Longest gap, in words, between two runs of one alignment: a word or three edited. */
    public static final int MAX_EDIT_GAP = 3;
    /** Fewest aligned words for an alignment or a copy to count as shared text. */
    public static final int MIN_PASSAGE_WORDS = 8;
    /** Least coverage of the main form for a copy to be a full (edited) copy rather than a partial one. */
    public static final double FULL_COPY_SHARE = 0.5;

    private final Shingler shingler;
    private final int n;

    /** Five-word shingles. */
    public PassageAligner() {
        this(new Shingler());
    }

    public PassageAligner(Shingler shingler) {
        this.shingler = shingler;
        this.n = shingler.size();
    }

    /** The passages of the texts, every shingle considered. */
    public List<AlignedPassage> align(List<String> texts) {
        return align(texts, h -> true);
    }

    /**
     * The passages the texts share.
     *
     * @param texts  the texts; {@link AlignedCopy#text()} indexes this list
     * @param shared which shingle hashes to consider (those found in two or more texts); others are skipped
     * @return the passages, ordered by their main form's text index and position
     */
    public List<AlignedPassage> align(List<String> texts, LongPredicate shared) {
        return align(texts, texts.stream().map(WordTokenizer::tokenize).toList(), shared);
    }

    /**
     * As {@link #align(List, LongPredicate)}, for texts already tokenised.
     *
     * @param tokens per text, its {@link WordTokenizer#tokenize(CharSequence) tokens}
     */
    public List<AlignedPassage> align(List<String> texts, List<List<WordToken>> tokens, LongPredicate shared) {
        if (tokens.size() != texts.size()) {
            throw new IllegalArgumentException(texts.size() + " texts but " + tokens.size() + " token lists");
        }
        List<Doc> docs = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            docs.add(new Doc(i, texts.get(i), tokens.get(i)));
        }
        List<Alignment> alignments = new ArrayList<>();
        seeds(docs, shared).forEach((pair, seeds) -> {
            Doc a = docs.get((int) (pair >>> 32));
            Doc b = docs.get((int) (long) pair);
            alignments.addAll(chain(a, b, runs(a, b, seeds)));
        });
        alignments.sort(Comparator.comparingInt((Alignment x) -> x.a.index).thenComparingInt(x -> x.b.index)
                .thenComparingInt(x -> x.a0));
        List<AlignedPassage> passages = new ArrayList<>();
        boolean[] used = new boolean[alignments.size()];
        while (true) {
            Side main = longestUnused(alignments, used);
            if (main == null) {
                break;
            }
            passages.add(passage(main, alignments, used));
        }
        passages.sort(Comparator.comparingInt((AlignedPassage p) -> p.mainForm().text())
                .thenComparingInt(p -> p.mainForm().begin()));
        return List.copyOf(passages);
    }

    // ---- 1. seeds and runs

    /** Per pair of texts (key: first index in the high 32 bits, second in the low ones), the seeds (i, j). */
    private Map<Long, List<int[]>> seeds(List<Doc> docs, LongPredicate shared) {
        Map<Long, List<int[]>> postings = new HashMap<>();
        for (Doc d : docs) {
            long[] hashes = shingler.hashes(d.tokens);
            for (int i = 0; i < hashes.length; i++) {
                if (shared.test(hashes[i])) {
                    postings.computeIfAbsent(hashes[i], k -> new ArrayList<>()).add(new int[] {d.index, i});
                }
            }
        }
        Map<Long, List<int[]>> seeds = new HashMap<>();
        for (List<int[]> list : postings.values()) {
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    int[] p = list.get(x);
                    int[] q = list.get(y);
                    if (p[0] != q[0]) {
                        long key = ((long) p[0] << 32) | q[0];
                        seeds.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {p[1], q[1]});
                    }
                }
            }
        }
        return seeds;
    }

    /** Maximal runs of a pair's seeds, trimmed at one-sided paragraph breaks, ordered by a0 then b0. */
    private List<Run> runs(Doc a, Doc b, List<int[]> seeds) {
        seeds.sort(Comparator.comparingInt((int[] s) -> s[0] - s[1]).thenComparingInt(s -> s[0]));
        List<Run> runs = new ArrayList<>();
        int a0 = -1;
        int a1 = -1;
        int diagonal = 0;
        for (int[] s : seeds) {
            if (a0 >= 0 && s[0] - s[1] == diagonal && s[0] <= a1) {
                a1 = Math.max(a1, s[0] + n);
            } else {
                if (a0 >= 0) {
                    addTrimmed(runs, a, b, a0, a1, a0 - diagonal);
                }
                a0 = s[0];
                a1 = s[0] + n;
                diagonal = s[0] - s[1];
            }
        }
        if (a0 >= 0) {
            addTrimmed(runs, a, b, a0, a1, a0 - diagonal);
        }
        runs.sort(Comparator.comparingInt(Run::a0).thenComparingInt(Run::b0));
        return runs;
    }

    /** Adds the run A[a0, a1) = B[b0, …) without the short end pieces beyond a break in one text only. */
    private void addTrimmed(List<Run> runs, Doc a, Doc b, int a0, int a1, int b0) {
        int offset = b0 - a0;
        List<Integer> cuts = new ArrayList<>();
        for (int k = a0; k < a1 - 1; k++) {
            if (a.breakAfter.get(k) != b.breakAfter.get(k + offset)) {
                cuts.add(k + 1);
            }
        }
        int from = a0;
        int to = a1;
        for (int cut : cuts) {
            if (cut - from < n) {
                from = cut;
            } else {
                break;
            }
        }
        for (int i = cuts.size() - 1; i >= 0; i--) {
            int cut = cuts.get(i);
            if (cut <= from) {
                break;
            }
            if (to - cut < n) {
                to = cut;
            } else {
                break;
            }
        }
        if (to - from >= n) {
            runs.add(new Run(from, to, from + offset));
        }
    }

    // ---- 3. chaining

    private List<Alignment> chain(Doc a, Doc b, List<Run> runs) {
        List<Alignment> chains = new ArrayList<>();
        for (Run r : runs) {
            Alignment best = null;
            int bestGap = Integer.MAX_VALUE;
            for (Alignment c : chains) {
                int gapA = r.a0 - c.a1;
                int gapB = r.b0 - c.b1;
                if (gapA < 1 - n || gapB < 1 - n || gapA > MAX_EDIT_GAP || gapB > MAX_EDIT_GAP
                        || r.b0 < c.b0 || breakBetween(a, c.a1, r.a0) || breakBetween(b, c.b1, r.b0)) {
                    continue;
                }
                int gap = Math.max(gapA, gapB);
                if (gap < bestGap) {
                    best = c;
                    bestGap = gap;
                }
            }
            if (best == null) {
                chains.add(new Alignment(a, b, r));
            } else {
                best.add(r);
            }
        }
        return chains.stream().filter(c -> c.alignedA.cardinality() >= MIN_PASSAGE_WORDS).toList();
    }

    /** Whether the text has a break between word {@code end - 1} (the last of a run) and word {@code next}. */
    private static boolean breakBetween(Doc d, int end, int next) {
        for (int k = Math.max(0, end - 1); k < next; k++) {
            if (d.breakAfter.get(k)) {
                return true;
            }
        }
        return false;
    }

    // ---- 4. passages

    private static @Nullable Side longestUnused(List<Alignment> alignments, boolean[] used) {
        Side best = null;
        for (int i = 0; i < alignments.size(); i++) {
            if (used[i]) {
                continue;
            }
            Alignment x = alignments.get(i);
            for (Side s : List.of(new Side(x.a, x.a0, x.a1, i), new Side(x.b, x.b0, x.b1, i))) {
                if (best == null || s.longerThan(best)) {
                    best = s;
                }
            }
        }
        return best;
    }

    /**
     * The passage around the longest unused side: its copies, then, if another wording of the full copies
     * is carried by more texts, the copies again around that wording; its alignments are then used.
     */
    private AlignedPassage passage(Side longest, List<Alignment> alignments, boolean[] used) {
        List<Copy> copies = copies(longest.doc, longest.from, longest.to, alignments);
        Copy main = mainForm(copies);
        if (!main.main) {
            copies = copies(main.doc, main.from, main.to, alignments);
        }
        Copy form = copies.getFirst();
        for (int i = 0; i < alignments.size(); i++) {
            Alignment al = alignments.get(i);
            BitSet xSide = al.a == form.doc ? al.alignedA : al.b == form.doc ? al.alignedB : null;
            if (xSide != null) {
                used[i] |= 2 * xSide.get(form.from, form.to).cardinality() >= xSide.cardinality();
            } else {
                used[i] |= insideCopies(al.a, al.alignedA, copies) && insideCopies(al.b, al.alignedB, copies);
            }
        }
        used[longest.alignment] = true;
        List<AlignedCopy> result = copies.stream()
                .map(c -> new AlignedCopy(c.doc.index, c.doc.begin(c.from), c.doc.end(c.to), c.to - c.from, c.coverage,
                        c.kind, c.main))
                .sorted(Comparator.comparingInt(AlignedCopy::text).thenComparingInt(AlignedCopy::begin))
                .toList();
        return new AlignedPassage(result.stream().filter(AlignedCopy::mainForm).findFirst().orElseThrow(), result);
    }

    /**
     * The main form: among the full (verbatim or edited) copies, the wording the most copies share word
     * for word; ties go to the longer wording, then to the copy in the earlier text.
     */
    private static Copy mainForm(List<Copy> copies) {
        Map<String, Integer> carriers = new HashMap<>();
        for (Copy c : copies) {
            if (c.kind != CopyKind.PARTIAL) {
                carriers.merge(c.wording(), 1, Integer::sum);
            }
        }
        Copy best = copies.getFirst();
        for (Copy c : copies) {
            if (c.kind == CopyKind.PARTIAL) {
                continue;
            }
            int byCarriers = Integer.compare(carriers.get(c.wording()), carriers.get(best.wording()));
            int byLength = Integer.compare(c.to - c.from, best.to - best.from);
            if (byCarriers > 0 || (byCarriers == 0 && (byLength > 0 || (byLength == 0 && c.doc.index < best.doc.index)))) {
                best = c;
            }
        }
        return best;
    }

    /** The main form X[r0, r1) first, then its copies in the other texts. */
    private List<Copy> copies(Doc x, int r0, int r1, List<Alignment> alignments) {
        List<Piece> pieces = new ArrayList<>();
        for (Alignment al : alignments) {
            boolean xIsA = al.a == x;
            if (!xIsA && al.b != x) {
                continue;
            }
            BitSet inMain = new BitSet();
            int y0 = Integer.MAX_VALUE;
            int y1 = -1;
            for (Run r : al.runs) {
                int rx0 = xIsA ? r.a0 : r.b0;
                int ry0 = xIsA ? r.b0 : r.a0;
                int len = r.a1 - r.a0;
                int cx0 = Math.max(rx0, r0);
                int cx1 = Math.min(rx0 + len, r1);
                if (cx1 > cx0) {
                    inMain.set(cx0, cx1);
                    y0 = Math.min(y0, ry0 + cx0 - rx0);
                    y1 = Math.max(y1, ry0 + cx1 - rx0);
                }
            }
            if (inMain.cardinality() >= MIN_PASSAGE_WORDS) {
                pieces.add(new Piece(xIsA ? al.b : al.a, y0, y1, inMain));
            }
        }
        pieces.sort(Comparator.comparingInt((Piece p) -> p.y.index).thenComparingInt(p -> p.inMain.nextSetBit(0)));
        List<Copy> copies = new ArrayList<>();
        copies.add(new Copy(x, r0, r1, 1.0, CopyKind.VERBATIM, true));
        List<Piece> group = new ArrayList<>();
        for (Piece p : pieces) {
            if (!group.isEmpty()) {
                Piece last = group.getLast();
                boolean follows = p.y == last.y && p.y0 > last.y1 - n && p.inMain.nextSetBit(0) > last.inMain.length() - n
                        && !breakBetween(p.y, last.y1, p.y0);
                if (!follows) {
                    addCopies(copies, x, r0, r1, group);
                    group.clear();
                }
            }
            group.add(p);
        }
        if (!group.isEmpty()) {
            addCopies(copies, x, r0, r1, group);
        }
        return copies;
    }

    /** One copy from a group of pieces of the same text, or one partial copy per piece. */
    private static void addCopies(List<Copy> copies, Doc x, int r0, int r1, List<Piece> group) {
        Doc y = group.getFirst().y;
        int y0 = group.getFirst().y0;
        int y1 = group.stream().mapToInt(Piece::y1).max().orElseThrow();
        BitSet aligned = new BitSet();
        group.forEach(p -> aligned.or(p.inMain));
        double coverage = (double) aligned.cardinality() / (r1 - r0);
        CopyKind kind = Arrays.equals(y.words, y0, y1, x.words, r0, r1) ? CopyKind.VERBATIM
                : coverage >= FULL_COPY_SHARE ? CopyKind.EDITED : CopyKind.PARTIAL;
        if (kind != CopyKind.PARTIAL || group.size() == 1) {
            copies.add(new Copy(y, y0, y1, coverage, kind, false));
            return;
        }
        for (Piece p : group) {
            copies.add(new Copy(y, p.y0, p.y1, (double) p.inMain.cardinality() / (r1 - r0), CopyKind.PARTIAL, false));
        }
    }

    /** Whether at least half of the aligned words lie inside the copies of their text. */
    private static boolean insideCopies(Doc d, BitSet aligned, List<Copy> copies) {
        int inside = 0;
        for (Copy c : copies) {
            if (c.doc == d) {
                inside += aligned.get(c.from, c.to).cardinality();
            }
        }
        return 2 * inside >= aligned.cardinality();
    }

    // ---- data

    /** A text with its words and the paragraph breaks after them. */
    private static final class Doc {
        final int index;
        final List<WordToken> tokens;
        final String[] words;
        final BitSet breakAfter = new BitSet();

        Doc(int index, String text, List<WordToken> tokens) {
            this.index = index;
            this.tokens = tokens;
            this.words = tokens.stream().map(WordToken::normalized).toArray(String[]::new);
            for (int k = 0; k + 1 < tokens.size(); k++) {
                if (text.substring(tokens.get(k).end(), tokens.get(k + 1).begin()).indexOf('\n') >= 0) {
                    breakAfter.set(k);
                }
            }
        }

        int begin(int token) {
            return tokens.get(token).begin();
        }

        int end(int tokenEnd) {
            return tokens.get(tokenEnd - 1).end();
        }
    }

    /** A maximal common word sequence A[a0, a1) = B[b0, b0 + a1 - a0). */
    private record Run(int a0, int a1, int b0) {}

    /** A chain of runs of one pair. */
    private static final class Alignment {
        final Doc a;
        final Doc b;
        final List<Run> runs = new ArrayList<>();
        final BitSet alignedA = new BitSet();
        final BitSet alignedB = new BitSet();
        int a0;
        int a1;
        int b0;
        int b1;

        Alignment(Doc a, Doc b, Run first) {
            this.a = a;
            this.b = b;
            this.a0 = first.a0;
            this.b0 = first.b0;
            add(first);
        }

        void add(Run r) {
            runs.add(r);
            int len = r.a1 - r.a0;
            a1 = Math.max(a1, r.a1);
            b1 = Math.max(b1, r.b0 + len);
            alignedA.set(r.a0, r.a1);
            alignedB.set(r.b0, r.b0 + len);
        }
    }

    /** One side of an alignment (the {@code alignment}-th): words [from, to) of a text. */
    private record Side(Doc doc, int from, int to, int alignment) {
        boolean longerThan(Side o) {
            if (to - from != o.to - o.from) {
                return to - from > o.to - o.from;
            }
            return doc.index != o.doc.index ? doc.index < o.doc.index : from < o.from;
        }
    }

    /** A copy: words [from, to) of a text. */
    private record Copy(Doc doc, int from, int to, double coverage, CopyKind kind, boolean main) {
        String wording() {
            return String.join(" ", Arrays.asList(doc.words).subList(from, to));
        }
    }

    /** The part of text y aligned with the main form by one alignment. */
    private record Piece(Doc y, int y0, int y1, BitSet inMain) {}
}
