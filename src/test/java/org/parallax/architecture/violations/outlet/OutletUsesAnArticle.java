package org.parallax.architecture.violations.outlet;

/** A deliberate violation for ArchitectureTest: outlets using articles (articles use outlets, not the reverse). */
class OutletUsesAnArticle {
    org.parallax.article.ArticleSummary field;
}
