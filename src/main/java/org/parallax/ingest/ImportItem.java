package org.parallax.ingest;

import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleTextFeatures;

/** What an import's reader thread hands to its storing thread, in input order. */
sealed interface ImportItem {

    /** A record ready to store: parsed, checked, hashed and with its text features computed (or why they could not be). */
    record Prepared(String record, ParsedArticle article, String contentHash, int wordCount,
                    @Nullable ArticleTextFeatures features, @Nullable RuntimeException failure) implements ImportItem {}

    /** A record or input part rejected before storing. */
    record Problem(RecordProblem problem) implements ImportItem {}

    /** The end of a page fetched from a URL list: what was read so far is stored without waiting for more. */
    enum PageEnd implements ImportItem { INSTANCE }

    /** The end of the input: cleanly ({@code failure == null}) or with what stopped reading. */
    record End(@Nullable Throwable failure) implements ImportItem {}
}
