package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleFeatureExtractor;
import org.parallax.text.ContentHash;
import org.parallax.text.WordCounter;

/**
 * Prepares a parsed record for storing, on the import's reader thread: takes the page's URL when the
 * record has none, removes NUL characters, warns of text that could not be decoded, refuses a record
 * with a field over its limit or that reads as binary data ({@link BinaryRecord}), and computes the
 * content hash, word count and text features.
 */
final class RecordPreparer {

    private final ImportLimits limits;
    private final ArticleFeatureExtractor extractor;

    RecordPreparer(ImportLimits limits, ArticleFeatureExtractor extractor) {
        this.limits = limits;
        this.extractor = extractor;
    }

    /**
     * The record ready to store ({@link ImportItem.Prepared}, holding the failure when its features could not be
     * computed), or the reason it is refused ({@link ImportItem.Problem}).
     */
    ImportItem prepare(RecordOrigin origin, ParsedRecord.Accepted accepted) {
        String record = origin.prefix() + accepted.record();
        ParsedArticle a = accepted.article();
        if (a.url() == null && origin.url() != null) {
            a = withUrl(a, origin.url());
        }
        a = withoutNul(a);
        String undecodable = undecodableWarning(a, origin.charset());
        if (undecodable != null) {
            a = withWarning(a, undecodable);
        }
        Optional<String> refused = fieldTooLong(a).or(() -> BinaryRecord.reason(accepted.article().title(), accepted.article().body()));
        if (refused.isPresent()) {
            return new ImportItem.Problem(new RecordProblem(record, refused.get()));
        }
        try {
            return new ImportItem.Prepared(record, a, ContentHash.of(a.title(), a.body()), WordCounter.count(a.body()),
                    extractor.extract(a.title(), a.body()), null);
        } catch (RuntimeException e) {
            return new ImportItem.Prepared(record, a, "", 0, null, e);
        }
    }

    private Optional<String> fieldTooLong(ParsedArticle a) {
        if (a.title().length() > limits.maxTitleChars()) {
            return Optional.of("title longer than " + limits.maxTitleChars() + " characters (parallax.import.max-title-chars)");
        }
        if (a.body().length() > limits.maxBodyChars()) {
            return Optional.of("text longer than " + limits.maxBodyChars() + " characters (parallax.import.max-body-chars)");
        }
        for (String field : new String[] {a.url(), a.byline(), a.upstreamSource(), a.language(),
                a.outlet() == null ? null : a.outlet().name()}) {
            if (field != null && field.length() > limits.maxFieldChars()) {
                return Optional.of("a field is longer than " + limits.maxFieldChars()
                        + " characters (parallax.import.max-field-chars): " + field.substring(0, 60) + "…");
            }
        }
        return Optional.empty();
    }

    /** The record without NUL characters (a JSON {@code \\u0000} escape, say), which PostgreSQL cannot store. */
    private static ParsedArticle withoutNul(ParsedArticle a) {
        if (!hasNul(a.title()) && !hasNul(a.body()) && !hasNul(a.url()) && !hasNul(a.byline())
                && !hasNul(a.upstreamSource()) && !hasNul(a.language()) && !hasNul(a.publishedZone())) {
            return a;
        }
        return new ParsedArticle(a.title().replace("\u0000", ""), a.body().replace("\u0000", ""), a.outlet(), noNul(a.upstreamSource()),
                noNul(a.byline()), noNul(a.url()), a.publishedAt(), noNul(a.publishedZone()), noNul(a.language()),
                a.flags(), a.warnings());
    }

    private static boolean hasNul(@Nullable String s) {
        return s != null && s.indexOf('\u0000') >= 0;
    }

    private static @Nullable String noNul(@Nullable String s) {
        return s == null ? null : s.replace("\u0000", "");
    }

    /** The warning for a record whose text holds U+FFFD (bytes the decoder could not read), or {@code null}. */
    private static @Nullable String undecodableWarning(ParsedArticle a, @Nullable String charset) {
        long replaced = a.title().chars().filter(c -> c == '\uFFFD').count() + a.body().chars().filter(c -> c == '\uFFFD').count();
        if (replaced == 0) {
            return null;
        }
        return replaced + (replaced == 1 ? " character" : " characters") + " could not be decoded"
                + (charset == null ? "" : " as " + charset) + " and " + (replaced == 1 ? "was" : "were")
                + " replaced by \uFFFD: check the text against the original";
    }

    private static ParsedArticle withWarning(ParsedArticle a, String warning) {
        List<String> warnings = new ArrayList<>(a.warnings());
        warnings.add(warning);
        return new ParsedArticle(a.title(), a.body(), a.outlet(), a.upstreamSource(), a.byline(), a.url(), a.publishedAt(),
                a.publishedZone(), a.language(), a.flags(), warnings);
    }

    private static ParsedArticle withUrl(ParsedArticle a, String url) {
        return new ParsedArticle(a.title(), a.body(), a.outlet(), a.upstreamSource(), a.byline(), url, a.publishedAt(),
                a.publishedZone(), a.language(), a.flags(), a.warnings());
    }
}
