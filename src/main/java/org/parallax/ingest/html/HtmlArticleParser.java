package org.parallax.ingest.html;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.ingest.ArticleParser;
import org.parallax.ingest.ImportFormat;
import org.parallax.ingest.OutletClaim;
import org.parallax.ingest.OutletEvidence;
import org.parallax.ingest.ParsedRecord;
import org.parallax.ingest.UnreadableInputException;
import org.parallax.ingest.support.ArticleDraft;
import org.parallax.ingest.support.CappedText;
import org.parallax.ingest.support.HtmlText;
import org.parallax.ingest.support.PlainText;
import org.parallax.ingest.support.PublishedDate;
import org.parallax.ingest.support.WebAddress;

/**
 * Reads a saved article web page: one page, one record, named by the page's URL (or "the page" when it gives
 * none). A page is a whole document, so it is read into memory, up to a cap (default
 * {@value #DEFAULT_MAX_INPUT_CHARS} characters; a larger input is unreadable).
 *
 * <p>Metadata, strongest source first:
 * <ul>
 *   <li>Title: JSON-LD {@code headline} ({@link JsonLdArticle}), {@code og:title}, {@code <title>}, the first
 *       {@code h1}. A {@code " | X"}, {@code " - X"}, {@code " – X"} or {@code " — X"} suffix is cut from
 *       {@code og:title} and {@code <title>} when X names the outlet (or the URL's host).</li>
 *   <li>Outlet: JSON-LD {@code publisher.name}, {@code og:site_name} (evidence
 *       {@link OutletEvidence#PUBLISHER_METADATA}); else a title suffix naming the URL's host
 *       ({@link OutletEvidence#TITLE_SUFFIX}); else the URL's host ({@link OutletEvidence#URL_DOMAIN}).</li>
 *   <li>URL: {@code og:url}, {@code <link rel=canonical>} (absolute http(s) only).</li>
 *   <li>Published: JSON-LD {@code datePublished}, {@code article:published_time} (offset kept,
 *       {@link PublishedDate}).</li>
 *   <li>Byline: JSON-LD {@code author}, {@code article:author} (unless it is a profile URL),
 *       {@code <meta name=author>}.</li>
 *   <li>Language: {@code <html lang>}, JSON-LD {@code inLanguage}, {@code og:locale}.</li>
 * </ul>
 * Body: {@link MainContent}. Scripts, styles and attributes never reach the text. A page without any title is
 * rejected ("no title"); a page with a title but no article text is accepted and flagged empty. Input that is
 * empty, or has no HTML tag at all, is not a page ({@link UnreadableInputException}).
 */
public final class HtmlArticleParser implements ArticleParser {

    /** Default cap on the characters of one page: 50 MiB. */
    public static final long DEFAULT_MAX_INPUT_CHARS = 50L * 1024 * 1024;

    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.+?)\\s+[|\\-–—]\\s+([^|\\-–—]+)$");

    private final long maxInputChars;

    public HtmlArticleParser() {
        this(DEFAULT_MAX_INPUT_CHARS);
    }

    /** @param maxInputChars the most characters one page may have */
    public HtmlArticleParser(long maxInputChars) {
        if (maxInputChars <= 0) {
            throw new IllegalArgumentException("maxInputChars must be positive");
        }
        this.maxInputChars = maxInputChars;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.HTML;
    }

    /**
     * {@inheritDoc}
     *
     * @throws UnreadableInputException when the input is empty, has no HTML tag, or is larger than the cap
     */
    @Override
    public void parse(Reader reader, Consumer<ParsedRecord> sink) throws IOException {
        String html = CappedText.read(reader, maxInputChars, "the page");
        if (PlainText.isBlank(html)) {
            throw new UnreadableInputException("the input is empty: it is not a web page");
        }
        Document doc = Jsoup.parse(html);
        if (doc.body().children().isEmpty() && doc.head().children().isEmpty()) {
            throw new UnreadableInputException("the input has no HTML tags: it is not a web page");
        }
        sink.accept(read(doc));
    }

    /** The page's record; never throws. */
    static ParsedRecord read(Document doc) {
        String name = "the page";
        try {
            PageMetadata meta = PageMetadata.of(doc);
            if (meta.url() != null) {
                name = meta.url();
            }
            List<String> paragraphs = MainContent.paragraphs(doc);
            ArticleDraft draft = new ArticleDraft()
                    .url(meta.url())
                    .byline(meta.byline())
                    .language(meta.language())
                    .published(PublishedDate.parse(meta.published()))
                    .paragraphs(paragraphs)
                    .emptyBodyReason("the page has a title but no article text");
            meta.warnings().forEach(draft::warning);
            titleAndOutlet(meta, draft);
            return draft.toRecord(name);
        } catch (RuntimeException e) {
            return new ParsedRecord.Rejected(name, "could not read this page: " + e);
        }
    }

    private static void titleAndOutlet(PageMetadata meta, ArticleDraft draft) {
        String host = WebAddress.host(meta.url());
        OutletClaim outlet = null;
        if (meta.jsonLdPublisher() != null) {
            outlet = new OutletClaim(meta.jsonLdPublisher(), OutletEvidence.PUBLISHER_METADATA,
                    "JSON-LD publisher: " + meta.jsonLdPublisher());
        } else if (meta.siteName() != null) {
            outlet = new OutletClaim(meta.siteName(), OutletEvidence.PUBLISHER_METADATA,
                    "og:site_name: " + meta.siteName());
        }

        String title = meta.jsonLdHeadline();
        if (title == null) {
            String fromTag = meta.ogTitle() != null ? meta.ogTitle() : meta.titleTag();
            if (fromTag != null) {
                Matcher m = TITLE_SUFFIX.matcher(fromTag);
                if (m.matches()) {
                    String suffix = m.group(2).strip();
                    if (outlet != null ? WebAddress.sameName(suffix, outlet.name()) || WebAddress.namesHost(suffix, host)
                            : WebAddress.namesHost(suffix, host)) {
                        if (outlet == null) {
                            outlet = new OutletClaim(suffix, OutletEvidence.TITLE_SUFFIX, fromTag);
                        }
                        fromTag = m.group(1);
                    }
                }
                title = fromTag;
            } else {
                title = meta.h1();
            }
        }
        if (outlet == null) {
            outlet = WebAddress.hostClaim(meta.url());
        }
        draft.title(title).outlet(outlet);
    }

    /** The page's metadata, read before the body is cleaned. */
    record PageMetadata(
            @Nullable String jsonLdHeadline,
            @Nullable String ogTitle,
            @Nullable String titleTag,
            @Nullable String h1,
            @Nullable String jsonLdPublisher,
            @Nullable String siteName,
            @Nullable String url,
            @Nullable String published,
            @Nullable String byline,
            @Nullable String language,
            List<String> warnings) {

        static PageMetadata of(Document doc) {
            JsonLdArticle ld = JsonLdArticle.of(doc);
            String url = firstNonNull(absoluteUrl(meta(doc, "og:url")),
                    absoluteUrl(doc.select("link[rel~=(?i)(^|\\s)canonical(\\s|$)][href]").attr("href")));
            String articleAuthor = meta(doc, "article:author");
            if (articleAuthor != null && WebAddress.host(articleAuthor) != null) {
                articleAuthor = null; // a profile URL, not a name
            }
            Element h1 = doc.selectFirst("h1");
            Element title = doc.selectFirst("head > title");
            if (title == null) {
                title = doc.selectFirst("title");
            }
            return new PageMetadata(
                    ld.headline(),
                    inline(meta(doc, "og:title")),
                    title == null ? null : inline(title.text()),
                    h1 == null ? null : inline(h1.text()),
                    ld.publisher(),
                    inline(meta(doc, "og:site_name")),
                    url,
                    firstNonNull(ld.datePublished(), meta(doc, "article:published_time")),
                    firstNonNull(ld.author(), inline(articleAuthor), inline(meta(doc, "author"))),
                    firstNonNull(PlainText.clean(doc.select("html[lang]").attr("lang")), ld.language(),
                            locale(meta(doc, "og:locale"))),
                    ld.warnings());
        }

        /** The content of {@code <meta property=key>} or {@code <meta name=key>}. */
        private static @Nullable String meta(Document doc, String key) {
            for (Element e : doc.select("meta[content]")) {
                if (key.equalsIgnoreCase(e.attr("property")) || key.equalsIgnoreCase(e.attr("name"))) {
                    String content = PlainText.clean(e.attr("content"));
                    if (content != null) {
                        return content;
                    }
                }
            }
            return null;
        }

        private static @Nullable String inline(@Nullable String text) {
            if (text == null) {
                return null;
            }
            String s = HtmlText.inlineText(text);
            return s.isEmpty() ? null : s;
        }

        private static @Nullable String absoluteUrl(@Nullable String url) {
            return WebAddress.host(url) == null ? null : url.strip();
        }

        /** og:locale "en_GB" → "en-GB". */
        private static @Nullable String locale(@Nullable String locale) {
            return locale == null ? null : locale.replace('_', '-');
        }

        @SafeVarargs
        private static <T> @Nullable T firstNonNull(@Nullable T... values) {
            for (T v : values) {
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }
}
