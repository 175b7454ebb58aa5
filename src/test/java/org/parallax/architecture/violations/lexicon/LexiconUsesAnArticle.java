package org.parallax.architecture.violations.lexicon;

/** A deliberate violation for ArchitectureTest: lexicons using the corpus. */
class LexiconUsesAnArticle {
    org.parallax.article.ArticleSummary field;
}
