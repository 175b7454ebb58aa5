package org.parallax.ingest;

import org.parallax.ingest.digest.DigestSniffer;
import org.parallax.ingest.feed.FeedSniffer;
import org.parallax.ingest.html.HtmlSniffer;
import org.parallax.ingest.tabular.CsvSniffer;
import org.parallax.ingest.tabular.JsonLinesSniffer;

/**
 * Tells an input's format from its content (the file name is only a hint for messages). Sniffers are asked in
 * this order, the most specific first: digest ("Selected Articles" near the top), feed (an {@code <rss>} or Atom
 * {@code <feed>} root), HTML ({@code <!doctype html>} or {@code <html>}), JSON Lines (the first line is a JSON
 * object), CSV (a header with title and body/text/url columns).
 */
final class FormatDetector {

    private FormatDetector() {}

    static ImportFormat detect(String sample, String sourceName) {
        if (DigestSniffer.looksLikeDigest(sample)) {
            return ImportFormat.DIGEST;
        }
        if (FeedSniffer.looksLikeFeed(sample)) {
            return ImportFormat.FEED;
        }
        if (HtmlSniffer.looksLikeHtml(sample)) {
            return ImportFormat.HTML;
        }
        if (JsonLinesSniffer.looksLikeJsonLines(sample)) {
            return ImportFormat.JSONL;
        }
        if (CsvSniffer.looksLikeCsv(sample)) {
            return ImportFormat.CSV;
        }
        if (UrlListSniffer.looksLikeUrlList(sample)) {
            return ImportFormat.URLS;
        }
        throw new UnreadableInputException("Parallax cannot tell what format '" + sourceName + "' is in: it is not a "
                + "digest (no \"Selected Articles\" line near the top), an RSS or Atom feed, an HTML page, JSON Lines "
                + "(a JSON object on the first line) CSV (a header row with title and body, text or url columns) or a list of URLs. "
                + "Supported formats: " + ImportFormat.describeAll() + ".");
    }
}
