package org.parallax.article;

/**
 * Published (synchronously, inside the storing transaction) when an article and its derived
 * features have been stored. Other features react to it (grouping puts the article into an event)
 * without the storing code knowing them.
 */
public record ArticleStored(long articleId) {}
