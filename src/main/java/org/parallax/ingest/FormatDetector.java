package org.parallax.ingest;

import org.parallax.ingest.digest.DigestSniffer;

/** Tells an input's format from its content (the file name is only used in messages). */
final class FormatDetector {

    private FormatDetector() {}

    static ImportFormat detect(String sample, String sourceName) {
        if (DigestSniffer.looksLikeDigest(sample)) {
            return ImportFormat.DIGEST;
        }
        if (UrlListSniffer.looksLikeUrlList(sample)) {
            return ImportFormat.URLS;
        }
        throw new UnreadableInputException("Parallax cannot tell what format '" + sourceName + "' is in: it is none of "
                + ImportFormat.describeAll() + " (a digest needs a \"Selected Articles\" line near the top).");
    }
}
