package org.parallax.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text's {@link TextNormalizer#comparisonKey comparison key}, as 64 hex digits. */
public final class ContentHash {

    private ContentHash() {}

    public static String of(String title, String body) {
        return sha256Hex(TextNormalizer.comparisonKey(title) + "\n" + TextNormalizer.comparisonKey(body));
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
