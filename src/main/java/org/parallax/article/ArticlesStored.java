package org.parallax.article;

import java.util.List;

/**
 * Published (synchronously) when articles and their derived features have been stored together,
 * in ascending id order: inside the storing transaction, or for an import (which stores many per
 * transaction) in a transaction of its own right after the storing one commits. Other features react to it (grouping puts the articles into events) without the
 * storing code knowing them.
 *
 * @param articles the stored articles, each with its publication time and stored terms
 */
public record ArticlesStored(List<ArticleStored> articles) {

    public ArticlesStored {
        articles = List.copyOf(articles);
    }
}
