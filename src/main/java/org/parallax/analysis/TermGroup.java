package org.parallax.analysis;

import java.util.List;

/**
 * A group compared in the framing measures: one outlet's articles in the event (or one article of an
 * unknown outlet).
 *
 * @param key   {@link ComparedArticle#groupKey()}
 * @param label the outlet's name
 */
public record TermGroup(String key, String label, List<Long> articleIds) {}
