package org.parallax.ui.chart;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A small SVG writer that escapes every text and attribute value it is given, so that labels
 * from imported text ({@code <script>}, quotes, {@code &}) stay text. Element and attribute
 * names are fixed by the chart code and checked against a plain-name pattern; only values vary.
 *
 * <p>The root element has a {@code viewBox} of {@code 0 0 width height} in user units (1 unit =
 * 1 CSS pixel at natural size) and no width or height, so it scales to its container; an inline
 * {@code max-width} keeps it from growing past its natural size.
 */
final class Svg {

    private static final AtomicLong IDS = new AtomicLong();
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:-]*");

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();

    /**
     * Starts a chart.
     *
     * @param interactive whether the chart holds evidence links: then it is a {@code group}
     *     (whose links assistive technology can reach), otherwise an {@code img}
     */
    Svg(double width, double height, String kind, String title, String description, boolean interactive) {
        String id = "px-chart-" + IDS.incrementAndGet();
        open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + num(width) + " " + num(height),
                "class", "px-chart px-chart-" + kind, "role", interactive ? "group" : "img",
                "aria-labelledby", id + "-title " + id + "-desc", "style", "max-width:" + num(width) + "px",
                "font-size", "12");
        element("title", title, "id", id + "-title");
        element("desc", description, "id", id + "-desc");
    }

    /**
     * A chart with nothing to draw: the title, and a sentence saying why it is empty and what
     * would fill it. An {@code img}, since it holds no links.
     */
    static SvgMarkup nothingToShow(String kind, String title, String description, String message) {
        double width = Math.max(320, textWidth(message, 13) + 48);
        Svg svg = new Svg(width, 64, kind + " px-chart-empty", title, description + " " + message, false);
        svg.empty("rect", "class", "px-chart-empty-frame", "x", "1", "y", "1", "width", num(width - 2), "height", "62",
                "rx", "6", "fill", "none", "stroke", ChartColors.hex(ChartColors.GRID), "stroke-dasharray", "4 3");
        svg.text(message, "x", num(width / 2), "y", "37", "text-anchor", "middle", "font-size", "13",
                "fill", ChartColors.hex(ChartColors.SECONDARY_TEXT));
        return svg.finish();
    }

    /** Opens an element, to be closed by {@link #close()}. Attributes are name, value pairs. */
    Svg open(String tag, String... attributes) {
        start(tag, attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element. */
    Svg close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** An element without children: {@code <tag a="v"/>}. */
    Svg empty(String tag, String... attributes) {
        start(tag, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text: {@code <tag a="v">text</tag>}, the text escaped. */
    Svg element(String tag, String text, String... attributes) {
        start(tag, attributes);
        out.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** A {@code <text>} element. */
    Svg text(String text, String... attributes) {
        return element("text", text, attributes);
    }

    /** A tooltip for the enclosing element (and its accessible description in most browsers). */
    Svg tooltip(String text) {
        return element("title", text);
    }

    /**
     * Opens an evidence link, to be closed by {@link #close()}: {@code <a href="?evidence=KEY"
     * data-evidence="KEY" tabindex="0" aria-label="…">}. The key is URL-encoded in the href.
     */
    Svg link(String evidenceKey, String ariaLabel, String cssClass) {
        return open("a", "href", "?evidence=" + URLEncoder.encode(evidenceKey, StandardCharsets.UTF_8),
                "data-evidence", evidenceKey, "tabindex", "0", "class", "px-chart-link " + cssClass,
                "aria-label", ariaLabel);
    }

    /** Opens an evidence link when there is a key, else a plain group; close with {@link #close()}. */
    Svg linkOrGroup(@Nullable String evidenceKey, String ariaLabel, String cssClass) {
        return evidenceKey == null ? open("g", "class", cssClass) : link(evidenceKey, ariaLabel, cssClass);
    }

    /** Closes every open element and returns the markup. */
    SvgMarkup finish() {
        while (!open.isEmpty()) {
            close();
        }
        return new SvgMarkup(out.toString());
    }

    private void start(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(name(tag));
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(name(attributes[i])).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an XML name: " + name);
        }
        return name;
    }

    /**
     * Escapes text for XML content and attribute values ({@code & < > " '}) and drops what XML
     * 1.0 cannot hold at all (control characters other than tab, line feed and carriage return,
     * unpaired surrogates, U+FFFE and U+FFFF).
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** A coordinate: at most two decimals, a dot, no trailing zeros ({@code 12}, {@code 12.5}). */
    static String num(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0+$", "");
    }

    /**
     * The label cut to at most {@code maxChars} code points, ending in "…" when cut; whitespace
     * runs collapse to one space.
     */
    static String truncate(String label, int maxChars) {
        String clean = label.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) <= maxChars) {
            return clean;
        }
        int end = clean.offsetByCodePoints(0, Math.max(1, maxChars - 1));
        return clean.substring(0, end).stripTrailing() + "…";
    }

    /** Rough width in user units of a text in a sans-serif font of the given size (0.58 em per character). */
    static double textWidth(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * 0.58;
    }
}
