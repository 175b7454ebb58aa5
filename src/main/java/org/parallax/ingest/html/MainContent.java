package org.parallax.ingest.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.parallax.ingest.support.HtmlText;

/**
 * Finds a page's article text and reads it as paragraphs.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Elements that never hold article text go: {@link HtmlText#UNSAFE} (scripts, styles, forms, frames…).</li>
 *   <li>Clutter goes: {@value #CLUTTER} elements, and elements whose {@code class} or {@code id} has a word that
 *       suggests clutter ({@link #CLUTTER_WORDS}: share, social, related, newsletter, cookie, banner, comments,
 *       advert, promo, breadcrumb, ad/ads…; words are split at {@code -}, {@code _} and camelCase, so
 *       "commentary" is not "comment"). An element that is, or holds, an {@code article}, a {@code main} or an
 *       {@code [itemprop=articleBody]} is kept whatever its class: a page-wide class such as
 *       "has-cookie-banner" must not take the article with it.</li>
 *   <li>The container is the first of these that has paragraph text: the {@code article} element (the one with
 *       the most paragraph text when there are several), the {@code [itemprop=articleBody]} element,
 *       {@code main}; else the element whose child {@code p}s hold the most text (text density); else
 *       {@code body}.</li>
 *   <li>The container's paragraphs are read by {@link HtmlText#articleParagraphs}; figure captions are not
 *       article text and go too.</li>
 * </ol>
 */
final class MainContent {

    static final String CLUTTER = "nav, header, footer, aside, figcaption, [role=navigation], [role=banner],"
            + " [role=contentinfo], [role=complementary], [hidden], [aria-hidden=true]";

    /** Words of a class or id that mark clutter. */
    static final Set<String> CLUTTER_WORDS = Set.of("share", "shares", "sharing", "sharebar", "social", "related",
            "newsletter", "newsletters", "subscribe", "cookie", "cookies", "consent", "banner", "banners", "comment",
            "comments", "advert", "adverts", "advertisement", "advertising", "ad", "ads", "sponsored", "promo",
            "promos", "promotion", "promoted", "breadcrumb", "breadcrumbs", "outbrain", "taboola");

    private static final String PROTECTED = "article, main, [itemprop=articleBody]";
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

    private MainContent() {}

    /** The article's paragraphs (the document is changed: clutter is removed from it). */
    static List<String> paragraphs(Document doc) {
        Element body = doc.body();
        HtmlText.removeUnsafe(body);
        removeClutter(body);
        return HtmlText.articleParagraphs(container(body));
    }

    private static void removeClutter(Element body) {
        for (Element e : body.select(CLUTTER)) {
            if (e.parent() != null && !holdsArticle(e)) {
                e.remove();
            }
        }
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() != null && e != body && isClutter(e) && !holdsArticle(e)) {
                e.remove();
            }
        }
    }

    private static boolean holdsArticle(Element e) {
        return !e.select(PROTECTED).isEmpty();
    }

    /** Whether the element's class or id has a clutter word. */
    static boolean isClutter(Element e) {
        return hasClutterWord(e.className()) || hasClutterWord(e.id());
    }

    private static boolean hasClutterWord(String attribute) {
        if (attribute.isEmpty()) {
            return false;
        }
        for (String word : WORD_BREAK.split(attribute)) {
            if (CLUTTER_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Element container(Element body) {
        Element best = mostText(body.select("article"));
        if (best == null) {
            best = mostText(body.select("[itemprop=articleBody]"));
        }
        if (best == null) {
            best = mostText(body.select("main"));
        }
        if (best == null) {
            best = densest(body);
        }
        return best != null ? best : body;
    }

    /** The element with the most paragraph text, or {@code null} when none has any. */
    private static @Nullable Element mostText(Elements candidates) {
        Element best = null;
        int bestChars = 0;
        for (Element e : candidates) {
            int chars = HtmlText.articleParagraphs(e).stream().mapToInt(String::length).sum();
            if (chars > bestChars) {
                best = e;
                bestChars = chars;
            }
        }
        return best;
    }

    /** The element whose child paragraphs hold the most text, or {@code null} when the page has no {@code p}. */
    private static @Nullable Element densest(Element body) {
        Map<Element, Integer> score = new HashMap<>();
        Element best = null;
        int bestChars = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int chars = score.merge(parent, p.text().length(), Integer::sum);
            if (chars > bestChars) {
                best = parent;
                bestChars = chars;
            }
        }
        return best;
    }
}
