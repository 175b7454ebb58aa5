package org.parallax.outlet;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The identity key of an outlet name: one outlet per key. Case, accents, punctuation and a
 * leading "The" do not distinguish outlets ("The Tehran Times", "tehran times", "Tehran Times."
 * are one outlet).
 */
public final class OutletNames {

    private OutletNames() {}

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /**
     * The key of a web host: lower case, without a leading {@code www.}, {@code amp.} or
     * {@code m.}, so "www.example.org" and "amp.example.org" resolve to one outlet.
     */
    public static String hostKey(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        while (h.startsWith("www.") || h.startsWith("amp.") || h.startsWith("m.")) {
            h = h.substring(h.indexOf('.') + 1);
        }
        return key(h);
    }

    /** Whitespace-normalised display form of a name as found in text. */
    public static String display(String name) {
        return name.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
