package org.parallax.ingest.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;

/**
 * Hosts of web addresses, as outlet evidence.
 *
 * <ul>
 *   <li>{@link #host}: the host of an {@code http(s)} URL, lower case, without a leading {@code www.},
 *       {@code amp.} or {@code m.} ({@code https://www.harbourledger.example/a} → {@code harbourledger.example}).
 *       Anything that is not an absolute http(s) URL has no host.</li>
 *   <li>{@link #namesHost}: whether a name ("Harbour Ledger") spells the host's first label
 *       ({@code harbourledger}), ignoring case, spaces and punctuation; a name that is the host itself counts
 *       too.</li>
 * </ul>
 */
public final class WebAddress {

    private WebAddress() {}

    /** The host of an http(s) URL without {@code www.}, {@code amp.} or {@code m.}; {@code null} when there is none. */
    public static @Nullable String host(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null || host == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (String prefix : new String[] {"www.", "amp.", "m."}) {
            if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                host = host.substring(prefix.length());
                break;
            }
        }
        return host.isEmpty() ? null : host;
    }

    /** An outlet claim naming the URL's host (evidence {@link OutletEvidence#URL_DOMAIN}), or {@code null}. */
    public static @Nullable OutletClaim hostClaim(@Nullable String url) {
        String host = host(url);
        return host == null ? null : new OutletClaim(host, OutletEvidence.URL_DOMAIN, url.strip());
    }

    /** Whether {@code name} spells the host or its first label, ignoring case, spaces and punctuation. */
    public static boolean namesHost(@Nullable String name, @Nullable String host) {
        if (name == null || host == null) {
            return false;
        }
        String key = letters(name);
        if (key.isEmpty()) {
            return false;
        }
        int dot = host.indexOf('.');
        String label = dot < 0 ? host : host.substring(0, dot);
        return key.equals(letters(label)) || key.equals(letters(host));
    }

    /** Two outlet names are the same when their letters and digits are, ignoring case. */
    public static boolean sameName(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return false;
        }
        String ka = letters(a);
        return !ka.isEmpty() && ka.equals(letters(b));
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }
}
