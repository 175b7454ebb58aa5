package org.parallax.ui.chart;

/**
 * SVG markup made by one of this package's builders, every text escaped. Only the builders can
 * make one (the constructor is package-private), so {@link SvgChart} never receives markup from
 * elsewhere, such as imported text.
 */
public final class SvgMarkup {

    private final String markup;

    SvgMarkup(String markup) {
        this.markup = markup;
    }

    /** The {@code <svg>…</svg>} element as a string, e.g. to embed in an HTML export. */
    public String markup() {
        return markup;
    }

    @Override
    public String toString() {
        return markup;
    }
}
