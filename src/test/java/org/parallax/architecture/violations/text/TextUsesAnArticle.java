package org.parallax.architecture.violations.text;

/** A deliberate violation for ArchitectureTest: the pure text package using an article record. */
class TextUsesAnArticle {
    org.parallax.article.ArticleSummary field;
}
