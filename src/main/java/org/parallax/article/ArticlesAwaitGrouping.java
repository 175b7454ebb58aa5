package org.parallax.article;

/**
 * Published when articles were stored but could not be grouped (the database went away between
 * storing and grouping them) and the database answers again: grouping then places every article that
 * is in no event.
 */
public record ArticlesAwaitGrouping() {}
