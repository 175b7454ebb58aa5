package org.parallax.analysis.ui;

/**
 * One marked range of an article's body.
 *
 * @param key      what it belongs to (a passage, a quote, an actor …): ranges with the same key in other
 *                 articles are its counterparts
 * @param cssClass the class that styles it
 * @param title    the plain-words tooltip ("Quote by Mara Quell (said), in 2 articles")
 */
public record Highlight(HighlightMode mode, long articleId, int begin, int end, String key, String cssClass, String title) {}
