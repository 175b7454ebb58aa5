package org.parallax.ingest;

import org.parallax.ingest.digest.DigestSniffer;

/** Tells an input's format from its content (the file name is only a hint for messages). */
final class FormatDetector {

    private FormatDetector() {}

    static ImportFormat detect(String sample, String sourceName) {
        if (DigestSniffer.looksLikeDigest(sample)) {
            return ImportFormat.DIGEST;
        }
        throw new UnreadableInputException("Parallax cannot tell what format '" + sourceName + "' is in: it is not a "
                + "digest (no \"Selected Articles\" line near the top). Supported formats: " + ImportFormat.describeAll() + ".");
    }
}
