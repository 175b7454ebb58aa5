package org.parallax.text.compare;

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
public final class Shingler {

    /** The default shingle size, five words. */
    public static final int DEFAULT_SIZE = 5;

    static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private final int size;

    /** Shingles of {@link #DEFAULT_SIZE} words. */
    public Shingler() {
        this(DEFAULT_SIZE);
    }

    /** Shingles of {@code size} words, {@code size >= 1}. */
    public Shingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("Shingle size must be at least 1: " + size);
        }
        this.size = size;
    }

    /** The number of words per shingle. */
    public int size() {
        return size;
    }

    /** The shingles of {@code text}, tokenised with {@link WordTokenizer}. */
    public List<Shingle> shingles(String text) {
        return shingles(WordTokenizer.tokenize(text));
    }

    /** The shingles of a token list, in order of their first token; empty if there are fewer than {@link #size()} tokens. */
    public List<Shingle> shingles(List<WordToken> tokens) {
        long[] hashes = hashes(tokens);
        List<Shingle> shingles = new ArrayList<>(hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            shingles.add(new Shingle(hashes[i], i, tokens.get(i).begin(), tokens.get(i + size - 1).end()));
        }
        return List.copyOf(shingles);
    }

    /**
     * The hashes of {@link #shingles(List) the shingles} of a token list, in the same order (shingle {@code i}
     * starts at token {@code i}), without building {@link Shingle}s; empty if there are fewer than {@link #size()}
     * tokens.
     *
     * <p>Each word is encoded once and fed to the (up to {@link #size()}) shingles that contain it, whose hashes
     * are running side by side: the same bytes in the same order per shingle, so the same values, but independent
     * multiplications the processor can overlap.
     */
    public long[] hashes(List<WordToken> tokens) {
        int n = tokens.size();
        int count = n - size + 1;
        if (count <= 0) {
            return new long[0];
        }
        long[] hashes = new long[count];
        long[] running = new long[size];
        for (int j = 0; j < n; j++) {
            byte[] word = tokens.get(j).normalized().getBytes(StandardCharsets.UTF_8);
            int oldest = Math.max(0, j - size + 1);
            int newest = Math.min(j, count - 1);
            for (int s = oldest; s <= newest; s++) {
                int slot = s % size;
                long h = s == j ? FNV_OFFSET_BASIS : fnv1a(running[slot], (byte) ' ');
                for (byte b : word) {
                    h = fnv1a(h, b);
                }
                running[slot] = h;
            }
            if (j >= size - 1) {
                hashes[j - size + 1] = running[(j - size + 1) % size];
            }
        }
        return hashes;
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
