package org.parallax.ingest.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleFlag;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.ParsedArticle;
import org.parallax.ingest.ParsedRecord;

/**
 * An article being put together by a parser, and the rules every format applies when it becomes a record
 * ({@link #toRecord}):
 * <ul>
 *   <li>no title (blank after spaces are normalised): rejected, "no title";</li>
 *   <li>a title longer than {@value #MAX_TITLE_CHARS} characters or a body longer than {@value #MAX_BODY_CHARS}
 *       characters: rejected, with both sizes in the reason;</li>
 *   <li>an empty body: accepted, flagged {@link ArticleFlag#EMPTY_BODY}, with a warning.</li>
 * </ul>
 * Title, byline and language have their spaces normalised; blank optional values become {@code null}.
 */
public final class ArticleDraft {

    /** Longest title kept; a record with a longer one is rejected. */
    public static final int MAX_TITLE_CHARS = 1_000;
    /** Longest body kept; a record with a longer one is rejected. */
    public static final int MAX_BODY_CHARS = 1_000_000;

    private @Nullable String title;
    private String body = "";
    private @Nullable OutletClaim outlet;
    private @Nullable String byline;
    private @Nullable String url;
    private PublishedDate published = PublishedDate.NONE;
    private @Nullable String language;
    private final Set<ArticleFlag> flags = EnumSet.noneOf(ArticleFlag.class);
    private final List<String> warnings = new ArrayList<>();
    private @Nullable String emptyBodyReason;

    public ArticleDraft title(@Nullable String title) {
        this.title = title;
        return this;
    }

    public @Nullable String title() {
        return title;
    }

    /** The body as paragraphs (already plain text). */
    public ArticleDraft paragraphs(List<String> paragraphs) {
        this.body = PlainText.join(paragraphs);
        return this;
    }

    public String body() {
        return body;
    }

    public ArticleDraft outlet(@Nullable OutletClaim outlet) {
        this.outlet = outlet;
        return this;
    }

    public @Nullable OutletClaim outlet() {
        return outlet;
    }

    public ArticleDraft byline(@Nullable String byline) {
        this.byline = byline;
        return this;
    }

    public ArticleDraft url(@Nullable String url) {
        this.url = url;
        return this;
    }

    public @Nullable String url() {
        return url;
    }

    /** The publication time; its warning, if any, goes with the record. */
    public ArticleDraft published(PublishedDate published) {
        this.published = published;
        if (published.warning() != null) {
            warnings.add(published.warning());
        }
        return this;
    }

    public ArticleDraft language(@Nullable String language) {
        this.language = language;
        return this;
    }

    public ArticleDraft flag(ArticleFlag flag, String warning) {
        flags.add(flag);
        warnings.add(warning);
        return this;
    }

    public ArticleDraft warning(String warning) {
        warnings.add(warning);
        return this;
    }

    /** What the empty-body warning says after "empty body: " (default "the record has a title but no text"). */
    public ArticleDraft emptyBodyReason(String reason) {
        this.emptyBodyReason = reason;
        return this;
    }

    /** The record: accepted, or rejected by the rules above; never throws. */
    public ParsedRecord toRecord(String recordName) {
        String problem = problem();
        if (problem != null) {
            return new ParsedRecord.Rejected(recordName, problem);
        }
        Set<ArticleFlag> allFlags = EnumSet.noneOf(ArticleFlag.class);
        allFlags.addAll(flags);
        List<String> allWarnings = new ArrayList<>(warnings);
        if (body.isEmpty() && !allFlags.contains(ArticleFlag.EMPTY_BODY)) {
            allFlags.add(ArticleFlag.EMPTY_BODY);
            allWarnings.add("empty body: " + (emptyBodyReason != null ? emptyBodyReason : "the record has a title but no text"));
        }
        return new ParsedRecord.Accepted(recordName, new ParsedArticle(PlainText.normalizeSpaces(title), body, outlet,
                null, PlainText.clean(byline), PlainText.clean(url), published.at(), published.zone(),
                PlainText.clean(language), allFlags, allWarnings));
    }

    /** Why the draft cannot be an article, or {@code null} when it can. */
    public @Nullable String problem() {
        if (title != null && title.length() > MAX_TITLE_CHARS) {
            String normalized = PlainText.normalizeSpaces(title);
            if (normalized.length() > MAX_TITLE_CHARS) {
                return tooLong("title", normalized.length(), MAX_TITLE_CHARS);
            }
        }
        if (PlainText.isBlank(title)) {
            return "no title";
        }
        if (body.length() > MAX_BODY_CHARS) {
            return tooLong("body", body.length(), MAX_BODY_CHARS);
        }
        return null;
    }

    /** "title too long: 5,000,000 characters (at most 1,000)". */
    public static String tooLong(String field, long chars, long max) {
        return String.format(Locale.ROOT, "%s too long: %,d characters (at most %,d)", field, chars, max);
    }
}
