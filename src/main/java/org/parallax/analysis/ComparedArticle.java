package org.parallax.analysis;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One column of the comparison: an article of the event with the text all offsets refer to.
 *
 * @param outletId null when no outlet could be attributed
 * @param outlet   the outlet's name, or null
 */
public record ComparedArticle(long id, @Nullable Long outletId, @Nullable String outlet, String title,
        @Nullable OffsetDateTime publishedAt, int words, @Nullable String url, String body) {

    /** The outlet's name, or a stand-in naming the article when the outlet is unknown. */
    public String source() {
        return outlet != null ? outlet : "Unknown outlet (article " + id + ")";
    }

    /**
     * The key of the article's group in the framing measures: its outlet, or the article itself when
     * the outlet is unknown (so unattributed articles are never lumped together).
     */
    public String groupKey() {
        return outletId != null ? "outlet-" + outletId : "article-" + id;
    }
}
