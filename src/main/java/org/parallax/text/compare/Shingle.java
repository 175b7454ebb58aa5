package org.parallax.text.compare;

/**
 * A hashed word n-gram.
 *
 * @param hash       {@link Shingler#hash(java.util.List) FNV-1a 64} of the n normalised words
 * @param firstToken index of the shingle's first word in the token list it was built from
 * @param begin      offset of the first word's first character, inclusive
 * @param end        offset after the last word's last character, exclusive
 */
public record Shingle(long hash, int firstToken, int begin, int end) implements TextRange {}
