package org.parallax.text.compare;

// Frozen copy of org.parallax.text.compare.Shingler as of commit 6e3f64f, before the reader-thread optimisation, kept only so
// that the equivalence tests can prove the optimised code computes the same outputs. Do not change it.

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Word n-gram shingles ("w-shingles", Broder 1997, <i>On the resemblance and containment of
 * documents</i>) with a stable 64-bit hash, for finding shared wire copy.
 *
 * <p>For a token list {@code t[0..m)} and size {@code n}, the shingles are the {@code m - n + 1}
 * windows {@code t[i..i+n)} for {@code 0 <= i <= m - n}; a text with fewer than {@code n} words has
 * no shingles. Each shingle's offsets run from the first character of {@code t[i]} to the end of
 * {@code t[i+n-1]} (half-open).
 *
 * <h2>Hash</h2>
 * The hash is <b>FNV-1a, 64 bit</b> (Fowler, Noll, Vo; IETF draft-eastlake-fnv), with offset basis
 * {@code 0xcbf29ce484222325} and prime {@code 0x100000001b3}, over the UTF-8 bytes of the
 * normalised words joined by a single space (U+0020). Normalised words never contain a space, so
 * the encoding is unambiguous. The value depends on nothing but those bytes: it is identical across
 * JVM runs, platforms and versions and may be stored in a database. FNV-1a is not cryptographic;
 * an accidental collision between two distinct 5-grams has probability about 2<sup>-64</sup>.
 */
public final class LegacyShingler {

    /** The default shingle size, five words. */
    public static final int DEFAULT_SIZE = 5;

    static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private final int size;

    /** Shingles of {@link #DEFAULT_SIZE} words. */
    public LegacyShingler() {
        this(DEFAULT_SIZE);
    }

    /** Shingles of {@code size} words, {@code size >= 1}. */
    public LegacyShingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("Shingle size must be at least 1: " + size);
        }
        this.size = size;
    }

    /** The number of words per shingle. */
    public int size() {
        return size;
    }

    /** The shingles of {@code text}, tokenised with {@link LegacyWordTokenizer}. */
    public List<Shingle> shingles(String text) {
        return shingles(LegacyWordTokenizer.tokenize(text));
    }

    /** The shingles of a token list, in order of their first token; empty if there are fewer than {@link #size()} tokens. */
    public List<Shingle> shingles(List<WordToken> tokens) {
        int count = tokens.size() - size + 1;
        if (count <= 0) {
            return List.of();
        }
        List<Shingle> shingles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long h = FNV_OFFSET_BASIS;
            for (int k = 0; k < size; k++) {
                if (k > 0) {
                    h = fnv1a(h, (byte) ' ');
                }
                h = fnv1a(h, tokens.get(i + k).normalized().getBytes(StandardCharsets.UTF_8));
            }
            shingles.add(new Shingle(h, i, tokens.get(i).begin(), tokens.get(i + size - 1).end()));
        }
        return List.copyOf(shingles);
    }

    /**
     * The shingle hash of a sequence of already normalised words: FNV-1a 64 of their UTF-8 bytes
     * joined by single spaces.
     */
    public static long hash(List<String> normalizedWords) {
        return fnv1a64(String.join(" ", normalizedWords));
    }

    /** FNV-1a 64 of the UTF-8 bytes of {@code text}. */
    public static long fnv1a64(String text) {
        return fnv1a(FNV_OFFSET_BASIS, text.getBytes(StandardCharsets.UTF_8));
    }

    private static long fnv1a(long h, byte[] bytes) {
        for (byte b : bytes) {
            h = fnv1a(h, b);
        }
        return h;
    }

    private static long fnv1a(long h, byte b) {
        return (h ^ (b & 0xff)) * FNV_PRIME;
    }
}
