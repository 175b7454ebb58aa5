package org.parallax.ingest.feed;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.support.MarkupStart;

/**
 * Tells whether a text looks like an RSS or Atom feed, from its first kilobytes, for format detection.
 *
 * <p>Rule: after a byte-order mark, spaces, the XML declaration, processing instructions (an
 * {@code xml-stylesheet}), comments and a DOCTYPE, the root element is {@code <rss …>}, an Atom
 * {@code <feed …>} whose start tag declares {@code xmlns="http://www.w3.org/2005/Atom"}, or an RSS 1.0
 * {@code <rdf:RDF …>} whose start tag declares {@code xmlns="http://purl.org/rss/1.0/"}.
 */
public final class FeedSniffer {

    /** The Atom 1.0 namespace. */
    public static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
    /** The RSS 1.0 namespace. */
    public static final String RSS_1_NAMESPACE = "http://purl.org/rss/1.0/";

    private FeedSniffer() {}

    /** @param sample the start of the input, decoded; {@code null} or empty is not a feed */
    public static boolean looksLikeFeed(@Nullable String sample) {
        if (sample == null) {
            return false;
        }
        int start = MarkupStart.firstMarkup(sample, true);
        if (start < 0) {
            return false;
        }
        if (MarkupStart.tagAt(sample, start, "<rss")) {
            return true;
        }
        if (MarkupStart.tagAt(sample, start, "<feed")) {
            return startTag(sample, start).contains("xmlns=\"" + ATOM_NAMESPACE.toLowerCase(Locale.ROOT) + "\"")
                    || startTag(sample, start).contains("xmlns='" + ATOM_NAMESPACE.toLowerCase(Locale.ROOT) + "'");
        }
        if (MarkupStart.tagAt(sample, start, "<rdf:rdf")) {
            return startTag(sample, start).contains(RSS_1_NAMESPACE);
        }
        return false;
    }

    /** The start tag at {@code start}, lower case, with spaces around '=' removed. */
    private static String startTag(String sample, int start) {
        int end = sample.indexOf('>', start);
        String tag = end < 0 ? sample.substring(start) : sample.substring(start, end);
        return tag.toLowerCase(Locale.ROOT).replaceAll("\\s*=\\s*", "=");
    }
}
