package org.parallax.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.jspecify.annotations.Nullable;
import org.parallax.article.ArticleFlag;
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
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome: one record per item, named "item N" (N counts items from
 * 1, in feed order).
 *
 * <p><b>Memory.</b> Rome builds the feed's XML tree before the first item can be read, so a feed is not
 * streamed: it is read whole, up to a cap (constructor argument, default {@value #DEFAULT_MAX_INPUT_CHARS}
 * characters; a larger input is unreadable). Records still go to the sink one by one.
 *
 * <p><b>Safety.</b> The XML parser is Rome's: DOCTYPE declarations are refused (no external entities, no entity
 * expansion: no XXE), and external DTDs are never loaded. A feed that declares a DOCTYPE is unreadable.
 *
 * <p>Per item:
 * <ul>
 *   <li>Title: the item's title (markup and entities removed). None: rejected, "no title".</li>
 *   <li>URL: the item's link, else its id (guid) when that is an http(s) URL.</li>
 *   <li>Published: {@code pubDate}, {@code published}, {@code dc:date}, {@code updated}, read from the XML as
 *       written so the offset is kept ({@link PublishedDate}); when only Rome can read the date, it is kept in
 *       UTC with no zone.</li>
 *   <li>Byline: the item's authors ({@code author}, {@code dc:creator}, Atom {@code author/name}), joined by
 *       ", "; an RSS {@code author} "jo@example.org (Jo Name)" gives "Jo Name".</li>
 *   <li>Body: the full content ({@code content:encoded}, Atom {@code content}), HTML turned into plain-text
 *       paragraphs ({@link HtmlText#fragmentParagraphs}). When the item has only a description or summary, the
 *       body is that summary, flagged {@link ArticleFlag#SUMMARY_ONLY} with the warning
 *       "{@value #SUMMARY_ONLY_WARNING}".</li>
 *   <li>Outlet ({@link OutletEvidence#PUBLISHER_METADATA}): the item's {@code source} when it names one, else the
 *       feed's title (cut to its first part when that part names the host of the feed's link: "Harbour Ledger -
 *       World" → "Harbour Ledger"); with neither, the host of the item's link ({@link OutletEvidence#URL_DOMAIN}).</li>
 *   <li>Language: the item's {@code xml:lang}, else the feed's {@code language} or {@code xml:lang}.</li>
 * </ul>
 * Input that is empty, not well-formed XML (the message gives the line and column), not a feed, or too large is
 * unreadable ({@link UnreadableInputException}).
 */
public final class FeedParser implements ArticleParser {

    /** Default cap on the characters of one feed: 50 MiB. */
    public static final long DEFAULT_MAX_INPUT_CHARS = 50L * 1024 * 1024;

    static final String SUMMARY_ONLY_WARNING = "summary only: the feed gives no full text";

    private static final List<String> DATE_ELEMENTS =
            List.of("pubDate", "published", "issued", "date", "created", "updated", "modified");
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|\\-–—:]\\s+|:\\s+");

    private final long maxInputChars;

    public FeedParser() {
        this(DEFAULT_MAX_INPUT_CHARS);
    }

    /** @param maxInputChars the most characters one feed may have */
    public FeedParser(long maxInputChars) {
        if (maxInputChars <= 0) {
            throw new IllegalArgumentException("maxInputChars must be positive");
        }
        this.maxInputChars = maxInputChars;
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.FEED;
    }

    /**
     * {@inheritDoc}
     *
     * @throws UnreadableInputException when the input is empty, not well-formed XML, not RSS or Atom, declares a
     *                                  DOCTYPE, or is larger than the cap
     */
    @Override
    public void parse(Reader reader, Consumer<ParsedRecord> sink) throws IOException {
        String xml = CappedText.read(reader, maxInputChars, "the feed");
        if (PlainText.isBlank(xml)) {
            throw new UnreadableInputException("the input is empty: it is not a feed");
        }
        Document document = xmlDocument(xml);
        SyndFeed feed = syndFeed(document);
        List<Element> itemElements = itemElements(document);
        List<SyndEntry> entries = feed.getEntries();
        FeedContext context = FeedContext.of(feed, document);
        for (int i = 0; i < entries.size(); i++) {
            Element element = itemElements.size() == entries.size() ? itemElements.get(i) : null;
            sink.accept(read("item " + (i + 1), entries.get(i), element, context));
        }
    }

    private static Document xmlDocument(String xml) {
        try (Reader in = new XmlFixerReader(new StringReader(xml))) {
            return new SecureXml().builder().build(in);
        } catch (JDOMParseException e) {
            throw new UnreadableInputException(notWellFormed(e));
        } catch (JDOMException | IOException e) {
            throw new UnreadableInputException("the feed could not be read as XML: " + e.getMessage());
        }
    }

    private static String notWellFormed(JDOMParseException e) {
        String problem = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : e.getMessage();
        String where = e.getLineNumber() > 0
                ? " at line " + e.getLineNumber() + (e.getColumnNumber() > 0 ? ", column " + e.getColumnNumber() : "")
                : "";
        if (problem != null && problem.contains("disallow-doctype-decl")) {
            return "the feed declares a DOCTYPE" + where + ", which Parallax refuses: a DOCTYPE can make an XML"
                    + " parser read local files or other web addresses";
        }
        return "the input is not well-formed XML" + where + ": " + problem;
    }

    private static SyndFeed syndFeed(Document document) {
        Element root = document.getRootElement();
        String rootName = root.getName();
        if (!(rootName.equals("rss") || rootName.equals("feed") || rootName.equals("RDF"))) {
            throw new UnreadableInputException("the XML is not an RSS or Atom feed: its root element is <"
                    + root.getQualifiedName() + ">, not <rss> or <feed>");
        }
        if (rootName.equals("rss") && children(root, "channel").isEmpty()) {
            throw new UnreadableInputException("the RSS feed has no <channel> element: there is nothing to read");
        }
        try {
            return new SyndFeedInput().build(document);
        } catch (IllegalArgumentException | FeedException e) {
            throw new UnreadableInputException("the XML is not an RSS or Atom feed Parallax can read: its <"
                    + root.getQualifiedName() + "> root is not of a known RSS or Atom version or namespace ("
                    + e.getMessage() + ")");
        } catch (RuntimeException e) {
            throw new UnreadableInputException("the feed could not be read (<" + root.getQualifiedName()
                    + "> root): the feed library failed with " + e);
        }
    }

    /** The XML elements of the items, in order, to read what Rome does not keep (dates as written, xml:lang). */
    private static List<Element> itemElements(Document document) {
        Element root = document.getRootElement();
        List<Element> out = new ArrayList<>();
        switch (root.getName()) {
            case "feed" -> out.addAll(children(root, "entry"));
            case "RDF" -> out.addAll(children(root, "item"));
            default -> {
                for (Element channel : children(root, "channel")) {
                    out.addAll(children(channel, "item"));
                }
            }
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        return parent.getChildren().stream().filter(e -> e.getName().equals(name)).toList();
    }

    /** One item's record; never throws. */
    static ParsedRecord read(String name, SyndEntry entry, @Nullable Element element, FeedContext feed) {
        try {
            String url = link(entry);
            ArticleDraft draft = new ArticleDraft()
                    .title(title(entry))
                    .url(url)
                    .byline(byline(entry))
                    .published(published(entry, element))
                    .language(language(element, feed));
            body(entry, draft);
            draft.outlet(outlet(entry, feed, url));
            return draft.toRecord(name);
        } catch (RuntimeException e) {
            return new ParsedRecord.Rejected(name, "could not read this item: " + e);
        }
    }

    private static @Nullable String title(SyndEntry entry) {
        SyndContent titleEx = entry.getTitleEx();
        String title = titleEx != null && titleEx.getValue() != null ? titleEx.getValue() : entry.getTitle();
        if (title == null) {
            return null;
        }
        boolean plain = titleEx != null && "text".equalsIgnoreCase(titleEx.getType());
        return plain ? PlainText.normalizeSpaces(title) : HtmlText.inlineText(title);
    }

    private static @Nullable String link(SyndEntry entry) {
        if (WebAddress.host(entry.getLink()) != null) {
            return entry.getLink().strip();
        }
        if (WebAddress.host(entry.getUri()) != null) {
            return entry.getUri().strip();
        }
        return null;
    }

    private static @Nullable String byline(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            String name = person.getName() != null ? person.getName() : person.getEmail();
            addName(names, name);
        }
        if (names.isEmpty()) {
            addName(names, entry.getAuthor());
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addName(Set<String> names, @Nullable String raw) {
        String name = PlainText.clean(HtmlText.inlineText(raw));
        if (name == null) {
            return;
        }
        Matcher m = EMAIL_WITH_NAME.matcher(name);
        names.add(m.matches() ? m.group(1).strip() : name);
    }

    private static PublishedDate published(SyndEntry entry, @Nullable Element element) {
        PublishedDate written = PublishedDate.NONE;
        if (element != null) {
            for (String name : DATE_ELEMENTS) {
                String text = element.getChildren().stream().filter(e -> e.getName().equals(name))
                        .map(Element::getTextNormalize).filter(t -> !t.isEmpty()).findFirst().orElse(null);
                if (text != null) {
                    written = PublishedDate.parse(text);
                    break;
                }
            }
        }
        if (written.at() != null) {
            return written;
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            return new PublishedDate(OffsetDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC), null, null);
        }
        return written;
    }

    private static @Nullable String language(@Nullable Element element, FeedContext feed) {
        String lang = element == null ? null : PlainText.clean(element.getAttributeValue("lang", Namespace.XML_NAMESPACE));
        return lang != null ? lang : feed.language();
    }

    private static void body(SyndEntry entry, ArticleDraft draft) {
        for (SyndContent content : entry.getContents()) {
            List<String> paragraphs = paragraphs(content);
            if (!paragraphs.isEmpty()) {
                draft.paragraphs(paragraphs);
                return;
            }
        }
        List<String> summary = paragraphs(entry.getDescription());
        if (!summary.isEmpty()) {
            draft.paragraphs(summary).flag(ArticleFlag.SUMMARY_ONLY, SUMMARY_ONLY_WARNING);
        } else {
            draft.emptyBodyReason("the item has no content, description or summary");
        }
    }

    /** Plain-text paragraphs of a content or description: plain text when its type says so, else HTML. */
    private static List<String> paragraphs(@Nullable SyndContent content) {
        if (content == null || content.getValue() == null) {
            return List.of();
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain")
                ? PlainText.paragraphs(content.getValue())
                : HtmlText.fragmentParagraphs(content.getValue());
    }

    private static @Nullable OutletClaim outlet(SyndEntry entry, FeedContext feed, @Nullable String url) {
        SyndFeed source = entry.getSource();
        String sourceTitle = source == null ? null : PlainText.clean(HtmlText.inlineText(source.getTitle()));
        if (sourceTitle != null) {
            return new OutletClaim(sourceTitle, OutletEvidence.PUBLISHER_METADATA, "item source: " + sourceTitle);
        }
        if (feed.outlet() != null) {
            return feed.outlet();
        }
        return WebAddress.hostClaim(url);
    }

    /** What the feed says about all its items. */
    record FeedContext(@Nullable OutletClaim outlet, @Nullable String language) {

        static FeedContext of(SyndFeed feed, Document document) {
            String title = PlainText.clean(HtmlText.inlineText(feed.getTitle()));
            OutletClaim outlet = null;
            if (title != null) {
                String name = title;
                String host = WebAddress.host(feed.getLink());
                String[] parts = TITLE_PARTS.split(title, 2);
                if (parts.length == 2 && WebAddress.namesHost(parts[0], host)) {
                    name = parts[0].strip();
                }
                outlet = new OutletClaim(name, OutletEvidence.PUBLISHER_METADATA, "feed title: " + title);
            }
            String language = PlainText.clean(feed.getLanguage());
            if (language == null) {
                language = PlainText.clean(document.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE));
            }
            return new FeedContext(outlet, language);
        }
    }

    /** Rome's own SAX builder set-up: DOCTYPEs refused, external entities and DTDs off. */
    private static final class SecureXml extends WireFeedInput {
        org.jdom2.input.SAXBuilder builder() {
            return createSAXBuilder();
        }
    }
}
