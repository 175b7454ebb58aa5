package org.parallax.architecture.violations.article;

/** A deliberate violation for ArchitectureTest: articles using events (grouping uses articles, not the reverse). */
class ArticleUsesAnEvent {
    org.parallax.event.EventSummary field;
}
