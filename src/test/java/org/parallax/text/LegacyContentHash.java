package org.parallax.text;

// Frozen copy of org.parallax.text.ContentHash as of commit 6e3f64f, before the reader-thread optimisation, kept only so
// that the equivalence tests can prove the optimised code computes the same outputs. Do not change it.

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text's {@link LegacyTextNormalizer#comparisonKey comparison key}, as 64 hex digits. */
public final class LegacyContentHash {

    private LegacyContentHash() {}

    public static String of(String title, String body) {
        return sha256Hex(LegacyTextNormalizer.comparisonKey(title) + "\n" + LegacyTextNormalizer.comparisonKey(body));
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
