package org.parallax.ingest.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to plain text, with jsoup. Output is always plain text: markup, scripts and attributes (event handlers
 * included) never reach it, entities are decoded and spaces normalised ({@link PlainText#normalizeSpaces}).
 *
 * <ul>
 *   <li>{@link #removeUnsafe} drops elements whose content is never article text: {@value #UNSAFE}.</li>
 *   <li>{@link #articleParagraphs}: the paragraphs of an article container are its {@code p}, {@code h2},
 *       {@code h3}, {@code li} and {@code blockquote} elements, innermost first (a {@code blockquote} holding
 *       {@code p}s gives those paragraphs). A container with none of them but with text is read as a
 *       fragment.</li>
 *   <li>{@link #fragmentParagraphs}: an HTML fragment (a feed item's content) splits into paragraphs at
 *       block elements and at two or more {@code br} in a row; a single {@code br} is a space. A fragment
 *       without any tag is plain text: entities decoded, split by {@link PlainText#paragraphs}.</li>
 * </ul>
 */
public final class HtmlText {

    /** Elements removed before any text is read. */
    public static final String UNSAFE =
            "script, style, noscript, template, iframe, frame, object, embed, applet, form, input, button, select,"
                    + " textarea, svg, canvas, audio, video, source, track, map, link, meta, base";

    private static final String PARAGRAPHS = "p, h2, h3, li, blockquote";

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside",
            "nav", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "table", "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "hr", "address", "details",
            "summary", "center");

    private HtmlText() {}

    /** Removes {@value #UNSAFE} from the element and everything under it. */
    public static void removeUnsafe(Element root) {
        root.select(UNSAFE).remove();
    }

    /** The paragraphs of an article's main container (call {@link #removeUnsafe} and drop the clutter first). */
    public static List<String> articleParagraphs(Element container) {
        List<String> out = new ArrayList<>();
        for (Element e : container.select(PARAGRAPHS)) {
            if (e.select(PARAGRAPHS).size() > 1) {
                continue; // holds other paragraphs: those are read instead
            }
            String text = PlainText.normalizeSpaces(e.text());
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        if (out.isEmpty()) {
            return blockParagraphs(container);
        }
        return out;
    }

    /** The paragraphs of an HTML fragment such as a feed item's content; never {@code null}. */
    public static List<String> fragmentParagraphs(@Nullable String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Document doc = Jsoup.parseBodyFragment(html);
        Element body = doc.body();
        if (body.children().isEmpty() && doc.head().children().isEmpty()) {
            // no tag at all: plain text (entities decoded), paragraphs at blank lines or line breaks
            return PlainText.paragraphs(body.wholeText());
        }
        removeUnsafe(body);
        return blockParagraphs(body);
    }

    /** One line of text from HTML that may carry markup or entities (a title, a name). */
    public static String inlineText(@Nullable String html) {
        if (html == null) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return PlainText.normalizeSpaces(html);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        removeUnsafe(body);
        return PlainText.normalizeSpaces(body.text());
    }

    /** Paragraphs at block boundaries and at runs of two or more {@code br}. */
    static List<String> blockParagraphs(Element root) {
        Paragraphs paragraphs = new Paragraphs();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    paragraphs.text(text.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        paragraphs.lineBreak();
                    } else if (BLOCKS.contains(e.normalName())) {
                        paragraphs.flush();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraphs.flush();
                }
            }
        }, root);
        paragraphs.flush();
        return paragraphs.out;
    }

    /** Collects text into paragraphs. */
    private static final class Paragraphs {
        final List<String> out = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        boolean afterBreak;

        void text(String text) {
            current.append(text);
            if (!PlainText.isBlank(text)) {
                afterBreak = false;
            }
        }

        void lineBreak() {
            if (afterBreak) {
                flush();
            } else {
                current.append(' ');
                afterBreak = true;
            }
        }

        void flush() {
            String p = PlainText.normalizeSpaces(current.toString());
            if (!p.isEmpty()) {
                out.add(p);
            }
            current.setLength(0);
            afterBreak = false;
        }
    }
}
